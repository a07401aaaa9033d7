package com.gridvault.excel.autonomy;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.excel.action.ActionKind;
import com.gridvault.excel.autonomy.Fixtures.Target;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every level x action kind x target state, with the expected outcome written out by hand from
 * the rules in {@link AutonomyPolicy}'s documentation (A = apply, ? = ask, R = refuse).
 * Columns: EMPTY target, target with VALUES, target with FORMULAS, TOO_MANY cells.
 */
class AutonomyPolicyTableTest {

    private static final String TABLE =
            """
            0 WRITE_VALUES   R R R R
            0 WRITE_FORMULAS R R R R
            0 FORMAT         R R R R
            0 INSERT_ROWS    R R R R
            0 INSERT_COLUMNS R R R R
            0 ADD_SHEET      R R R R
            0 ADD_CHART      R R R R
            1 WRITE_VALUES   ? ? ? ?
            1 WRITE_FORMULAS ? ? ? ?
            1 FORMAT         ? ? ? ?
            1 INSERT_ROWS    ? ? ? ?
            1 INSERT_COLUMNS ? ? ? ?
            1 ADD_SHEET      ? R R ?
            1 ADD_CHART      ? ? ? ?
            2 WRITE_VALUES   ? ? ? ?
            2 WRITE_FORMULAS ? ? ? ?
            2 FORMAT         A A A ?
            2 INSERT_ROWS    ? ? ? ?
            2 INSERT_COLUMNS ? ? ? ?
            2 ADD_SHEET      A R R A
            2 ADD_CHART      ? ? ? ?
            3 WRITE_VALUES   A ? ? ?
            3 WRITE_FORMULAS A ? ? ?
            3 FORMAT         A A A ?
            3 INSERT_ROWS    A ? ? ?
            3 INSERT_COLUMNS A ? ? ?
            3 ADD_SHEET      A R R A
            3 ADD_CHART      A A A A
            """;

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] f = line.trim().split("\\s+");
            AutonomyLevel level = AutonomyLevel.of(Integer.parseInt(f[0]));
            ActionKind kind = ActionKind.valueOf(f[1]);
            Target[] targets = Target.values();
            for (int i = 0; i < targets.length; i++) {
                rows.add(Arguments.of(level, kind, targets[i], outcome(f[2 + i])));
            }
        }
        return rows.stream();
    }

    private static Outcome outcome(String code) {
        return switch (code) {
            case "A" -> Outcome.APPLY_AUTOMATICALLY;
            case "?" -> Outcome.ASK;
            case "R" -> Outcome.REFUSE;
            default -> throw new IllegalArgumentException(code);
        };
    }

    @ParameterizedTest(name = "level {0} {1} on {2} -> {3}")
    @MethodSource("table")
    void decides(AutonomyLevel level, ActionKind kind, Target target, Outcome expected) {
        AutonomyPolicy policy = new AutonomyPolicy(AutonomySettings.of(level));

        Decision decision = policy.decide(Fixtures.action(kind, target), Fixtures.snapshot(target));

        assertThat(decision.outcome()).as(decision.reason()).isEqualTo(expected);
        assertThat(decision.reason()).isNotBlank();
    }

    @org.junit.jupiter.api.Test
    void tableCoversEveryLevelKindAndTarget() {
        Set<String> seen = new java.util.HashSet<>();
        table().forEach(a -> seen.add(a.get()[0] + "/" + a.get()[1] + "/" + a.get()[2]));

        assertThat(seen)
                .hasSize(AutonomyLevel.values().length
                        * EnumSet.allOf(ActionKind.class).size()
                        * Target.values().length);
    }
}
