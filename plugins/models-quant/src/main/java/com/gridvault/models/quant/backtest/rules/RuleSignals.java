package com.gridvault.models.quant.backtest.rules;

import com.gridvault.models.quant.backtest.Signals;
import com.gridvault.models.quant.series.BarAccess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates validated {@link CustomRules} bar by bar. Each distinct operand becomes one stream,
 * updated once per bar whether or not a condition reads it (so indicator state never skips a
 * bar); conditions compare the current and previous values of their two streams.
 */
public final class RuleSignals implements Signals {

    private final OperandStream[] streams;
    private final double[] current;
    private final double[] previous;
    private final Group longEntry;
    private final Group longExit;
    private final Group shortEntry;
    private final Group shortExit;

    private RuleSignals(List<OperandStream> streams, Group le, Group lx, Group se, Group sx) {
        this.streams = streams.toArray(OperandStream[]::new);
        this.current = new double[this.streams.length];
        this.previous = new double[this.streams.length];
        Arrays.fill(current, Double.NaN);
        this.longEntry = le;
        this.longExit = lx;
        this.shortEntry = se;
        this.shortExit = sx;
    }

    /**
     * Compiles validated rules.
     *
     * @param rules the rules (see {@link RulesValidator})
     * @param barsPerYear bars per year for VOLATILITY operands
     * @return fresh signal state
     */
    public static RuleSignals compile(CustomRules rules, double barsPerYear) {
        Compiler compiler = new Compiler(barsPerYear);
        Group le = compiler.group(rules.longEntry());
        Group lx = compiler.group(rules.longExit());
        Group se = compiler.group(rules.shortEntry());
        Group sx = compiler.group(rules.shortExit());
        return new RuleSignals(compiler.streams, le, lx, se, sx);
    }

    @Override
    public int next(BarAccess bars, int index) {
        for (int s = 0; s < streams.length; s++) {
            previous[s] = current[s];
            current[s] = streams[s].next(bars, index);
        }
        return (longEntry.holds(this) ? LONG_ENTRY : 0)
                | (longExit.holds(this) ? LONG_EXIT : 0)
                | (shortEntry.holds(this) ? SHORT_ENTRY : 0)
                | (shortExit.holds(this) ? SHORT_EXIT : 0);
    }

    private record Test(int left, Operator op, int right) {

        boolean holds(RuleSignals s) {
            double l = s.current[left];
            double r = s.current[right];
            return switch (op) {
                case GREATER_THAN -> l > r;
                case LESS_THAN -> l < r;
                case CROSSES_ABOVE -> l > r && s.previous[left] <= s.previous[right];
                case CROSSES_BELOW -> l < r && s.previous[left] >= s.previous[right];
            };
        }
    }

    private record Group(List<Test> all, List<Test> any, List<Group> allGroups, List<Group> anyGroups) {

        static final Group NEVER = new Group(List.of(), List.of(), List.of(), List.of());

        boolean holds(RuleSignals s) {
            if (this == NEVER) {
                return false;
            }
            for (Test t : all) {
                if (!t.holds(s)) {
                    return false;
                }
            }
            for (Group g : allGroups) {
                if (!g.holds(s)) {
                    return false;
                }
            }
            if (any.isEmpty() && anyGroups.isEmpty()) {
                return true;
            }
            for (Test t : any) {
                if (t.holds(s)) {
                    return true;
                }
            }
            for (Group g : anyGroups) {
                if (g.holds(s)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Compiler {

        private final double barsPerYear;
        private final List<OperandStream> streams = new ArrayList<>();
        private final Map<Operand, Integer> slots = new HashMap<>();

        Compiler(double barsPerYear) {
            this.barsPerYear = barsPerYear;
        }

        Group group(RuleGroup group) {
            if (group == null) {
                return Group.NEVER;
            }
            return new Group(
                    tests(group.all()), tests(group.any()), groups(group.allGroups()), groups(group.anyGroups()));
        }

        private List<Test> tests(List<Condition> conditions) {
            List<Test> out = new ArrayList<>();
            if (conditions != null) {
                for (Condition c : conditions) {
                    out.add(new Test(slot(c.left()), c.op(), slot(c.right())));
                }
            }
            return out;
        }

        private List<Group> groups(List<RuleGroup> groups) {
            List<Group> out = new ArrayList<>();
            if (groups != null) {
                for (RuleGroup g : groups) {
                    out.add(group(g));
                }
            }
            return out;
        }

        private int slot(Operand operand) {
            return slots.computeIfAbsent(operand, o -> {
                streams.add(OperandStream.of(o, barsPerYear));
                return streams.size() - 1;
            });
        }
    }
}
