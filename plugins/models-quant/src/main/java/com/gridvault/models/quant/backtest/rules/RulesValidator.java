package com.gridvault.models.quant.backtest.rules;

import static com.gridvault.models.quant.series.SeriesChecks.period;

import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.List;

/** Validates {@link CustomRules}, naming every bad field, e.g. {@code strategy.rules.longEntry.all[0].left.period}. */
public final class RulesValidator {

    /** The deepest nesting of groups accepted. */
    public static final int MAX_DEPTH = 8;

    private RulesValidator() {}

    /**
     * Validates rules.
     *
     * @param errors the collector
     * @param path the path of the rules, e.g. {@code strategy.rules}
     * @param rules the rules, possibly null
     * @param barCount the series length, the longest allowed period
     */
    public static void validate(FieldErrors errors, String path, CustomRules rules, int barCount) {
        if (rules == null) {
            errors.add(path, "is required for CUSTOM_RULES");
            return;
        }
        if (rules.longEntry() == null && rules.shortEntry() == null) {
            errors.add(path, "needs a longEntry or a shortEntry rule");
        }
        group(errors, path + ".longEntry", rules.longEntry(), barCount, 1, true);
        group(errors, path + ".longExit", rules.longExit(), barCount, 1, true);
        group(errors, path + ".shortEntry", rules.shortEntry(), barCount, 1, true);
        group(errors, path + ".shortExit", rules.shortExit(), barCount, 1, true);
    }

    private static void group(FieldErrors errors, String path, RuleGroup group, int bars, int depth, boolean optional) {
        if (group == null) {
            errors.check(optional, path, "is required");
            return;
        }
        if (depth > MAX_DEPTH) {
            errors.add(path, "nests groups deeper than " + MAX_DEPTH + " levels");
            return;
        }
        if (size(group.all()) + size(group.any()) + size(group.allGroups()) + size(group.anyGroups()) == 0) {
            errors.add(path, "must contain at least one condition or group");
        }
        conditions(errors, path + ".all", group.all(), bars);
        conditions(errors, path + ".any", group.any(), bars);
        groups(errors, path + ".allGroups", group.allGroups(), bars, depth);
        groups(errors, path + ".anyGroups", group.anyGroups(), bars, depth);
    }

    private static void groups(FieldErrors errors, String path, List<RuleGroup> groups, int bars, int depth) {
        for (int i = 0; groups != null && i < groups.size(); i++) {
            group(errors, path + "[" + i + "]", groups.get(i), bars, depth + 1, false);
        }
    }

    private static void conditions(FieldErrors errors, String path, List<Condition> conditions, int bars) {
        for (int i = 0; conditions != null && i < conditions.size(); i++) {
            String at = path + "[" + i + "]";
            Condition c = conditions.get(i);
            if (c == null) {
                errors.add(at, "is required");
                continue;
            }
            errors.notNull(at + ".op", c.op());
            operand(errors, at + ".left", c.left(), bars);
            operand(errors, at + ".right", c.right(), bars);
        }
    }

    private static void operand(FieldErrors errors, String path, Operand o, int bars) {
        if (o == null) {
            errors.add(path, "is required");
            return;
        }
        int kinds = (o.indicator() != null ? 1 : 0) + (o.price() != null ? 1 : 0) + (o.value() != null ? 1 : 0);
        if (kinds != 1) {
            errors.add(path, "must set exactly one of indicator, price or value");
            return;
        }
        if (o.value() != null) {
            errors.finite(path + ".value", o.value());
        }
        RuleIndicator indicator = o.indicator();
        if (indicator == null) {
            return;
        }
        if (indicator.isMacd()) {
            period(errors, path + ".fastPeriod", o.fastPeriod(), 12, 1, bars);
            period(errors, path + ".slowPeriod", o.slowPeriod(), 26, 1, bars);
            period(errors, path + ".signalPeriod", o.signalPeriod(), 9, 1, bars);
            return;
        }
        int min = indicator == RuleIndicator.VOLATILITY ? 2 : 1;
        period(errors, path + ".period", o.period(), indicator.defaultPeriod(), min, bars);
        if (indicator.isBollinger() && o.multiplier() != null) {
            errors.positive(path + ".multiplier", o.multiplier());
        }
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
