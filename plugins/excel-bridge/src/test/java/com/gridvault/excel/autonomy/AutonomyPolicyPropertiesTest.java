package com.gridvault.excel.autonomy;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.excel.action.ActionKind;
import com.gridvault.excel.action.CellChange;
import com.gridvault.excel.action.CellState;
import com.gridvault.excel.action.ProposedAction;
import com.gridvault.excel.snapshot.CellAddress;
import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.excel.snapshot.SheetSnapshot;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over generated actions (seeded, so failures reproduce): level 0 never applies,
 * raising a level never makes a decision stricter, and refusals of invalid actions do not depend
 * on the level.
 */
class AutonomyPolicyPropertiesTest {

    private static final int CASES = 3_000;
    private static final ActionKind[] KINDS = ActionKind.values();
    private static final Object[] VALUES = {null, 1.0, "text", true, 0.0};
    private static final String[] FORMULAS = {null, "A1*2", "SUM(A1:A9)"};

    private final Random random = new Random(20261201L);

    @Test
    void levelZeroNeverApplies() {
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            WorkbookSnapshot snapshot = snapshot();
            ProposedAction action = action(snapshot);
            AutonomySettings settings = randomSettings().withOverride(action.kind(), AutonomyLevel.SUGGEST_ONLY);

            Decision decision = new AutonomyPolicy(settings).decide(action, snapshot);

            assertThat(decision.outcome()).as("%s -> %s", action, decision).isEqualTo(Outcome.REFUSE);
            refused++;
        }
        assertThat(refused).isEqualTo(CASES);
    }

    @Test
    void workspaceAtLevelZeroNeverAppliesWithoutAnOverride() {
        for (int i = 0; i < CASES; i++) {
            WorkbookSnapshot snapshot = snapshot();
            ProposedAction action = action(snapshot);
            AutonomySettings settings =
                    new AutonomySettings(AutonomyLevel.SUGGEST_ONLY, Map.of(), 1 + random.nextInt(1000));

            assertThat(new AutonomyPolicy(settings).decide(action, snapshot).outcome())
                    .isNotEqualTo(Outcome.APPLY_AUTOMATICALLY);
        }
    }

    @Test
    void higherLevelsAreNeverStricterAndRefusalsDoNotDependOnTheLevel() {
        int applied = 0;
        int asked = 0;
        int refusedInvalid = 0;
        for (int i = 0; i < CASES; i++) {
            WorkbookSnapshot snapshot = snapshot();
            ProposedAction action = action(snapshot);
            int maxCells = 1 + random.nextInt(1000);
            Outcome previous = null;
            for (AutonomyLevel level : AutonomyLevel.values()) {
                Outcome outcome = new AutonomyPolicy(new AutonomySettings(level, Map.of(), maxCells))
                        .decide(action, snapshot)
                        .outcome();
                Outcome again = new AutonomyPolicy(new AutonomySettings(level, Map.of(), maxCells))
                        .decide(action, snapshot)
                        .outcome();
                assertThat(again).isEqualTo(outcome);
                if (previous != null) {
                    assertThat(rank(outcome))
                            .as("%s at %s after %s", action, level, previous)
                            .isGreaterThanOrEqualTo(rank(previous));
                }
                if (level.number() >= 2 && previous == Outcome.REFUSE) {
                    assertThat(outcome)
                            .as("invalid stays refused at %s: %s", level, action)
                            .isEqualTo(Outcome.REFUSE);
                }
                previous = outcome;
            }
            switch (previous) {
                case APPLY_AUTOMATICALLY -> applied++;
                case ASK -> asked++;
                case REFUSE -> refusedInvalid++;
            }
        }
        // The generator must exercise all three outcomes at level 3, or the properties prove little.
        assertThat(applied).isPositive();
        assertThat(asked).isPositive();
        assertThat(refusedInvalid).isPositive();
    }

    private static int rank(Outcome outcome) {
        return switch (outcome) {
            case REFUSE -> 0;
            case ASK -> 1;
            case APPLY_AUTOMATICALLY -> 2;
        };
    }

    private AutonomySettings randomSettings() {
        Map<ActionKind, AutonomyLevel> overrides = new EnumMap<>(ActionKind.class);
        for (ActionKind kind : KINDS) {
            if (random.nextBoolean()) {
                overrides.put(kind, AutonomyLevel.of(random.nextInt(4)));
            }
        }
        return new AutonomySettings(AutonomyLevel.of(random.nextInt(4)), overrides, 1 + random.nextInt(1000));
    }

    private WorkbookSnapshot snapshot() {
        List<CellSnapshot> cells = new ArrayList<>();
        for (int row = 0; row < 6; row++) {
            for (int column = 0; column < 4; column++) {
                int pick = random.nextInt(4);
                String address = new CellAddress(row, column).toA1();
                if (pick == 1) {
                    cells.add(CellSnapshot.value(address, 1.0 + row));
                } else if (pick == 2) {
                    cells.add(CellSnapshot.formula(address, "A1+" + row));
                }
            }
        }
        return WorkbookSnapshot.of("wb", SheetSnapshot.of("Data", cells));
    }

    private ProposedAction action(WorkbookSnapshot snapshot) {
        ActionKind kind = KINDS[random.nextInt(KINDS.length)];
        String sheet = random.nextInt(10) == 0 ? "Missing" : "Data";
        if (kind == ActionKind.ADD_SHEET) {
            return new ProposedAction(
                    "x", kind, random.nextBoolean() ? "Data" : "New" + random.nextInt(3), null, "", null);
        }
        if (kind == ActionKind.INSERT_ROWS) {
            int first = 1 + random.nextInt(8);
            return new ProposedAction("x", kind, sheet, first + ":" + (first + random.nextInt(600)), "", null);
        }
        if (kind == ActionKind.INSERT_COLUMNS) {
            int first = random.nextInt(6);
            return new ProposedAction(
                    "x",
                    kind,
                    sheet,
                    CellAddress.columnLetters(first) + ":" + CellAddress.columnLetters(first + random.nextInt(200)),
                    "",
                    null);
        }
        if (kind == ActionKind.ADD_CHART) {
            return new ProposedAction("x", kind, sheet, random.nextBoolean() ? "A1:D6" : "not a range", "", null);
        }
        List<CellChange> changes = new ArrayList<>();
        int count = random.nextInt(12);
        SheetSnapshot data = snapshot.sheet("Data");
        for (int i = 0; i < count; i++) {
            String address = new CellAddress(random.nextInt(8), random.nextInt(5)).toA1();
            CellState now = CellState.of(data.cell(address));
            CellState before = random.nextInt(15) == 0 ? CellState.value("stale") : now;
            CellState after =
                    switch (kind) {
                        case WRITE_VALUES ->
                            random.nextInt(20) == 0
                                    ? CellState.formula("B1")
                                    : CellState.value(VALUES[random.nextInt(VALUES.length)]);
                        case WRITE_FORMULAS ->
                            random.nextInt(20) == 0
                                    ? CellState.value(3.0)
                                    : new CellState(null, FORMULAS[1 + random.nextInt(FORMULAS.length - 1)], null);
                        default ->
                            random.nextInt(20) == 0
                                    ? CellState.value("changed")
                                    : new CellState(before.value(), before.formula(), "0.00");
                    };
            changes.add(new CellChange(address, before, after));
        }
        return new ProposedAction("x", kind, sheet, "A1:E8", "", changes);
    }
}
