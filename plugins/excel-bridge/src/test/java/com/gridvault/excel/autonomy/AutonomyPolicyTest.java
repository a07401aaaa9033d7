package com.gridvault.excel.autonomy;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.excel.action.ActionKind;
import com.gridvault.excel.action.CellChange;
import com.gridvault.excel.action.CellState;
import com.gridvault.excel.action.ProposedAction;
import com.gridvault.excel.autonomy.Fixtures.Target;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutonomyPolicyTest {

    private final WorkbookSnapshot values = Fixtures.snapshot(Target.VALUES);
    private final AutonomyPolicy level3 = new AutonomyPolicy(AutonomySettings.of(AutonomyLevel.AUTO_WITHIN_LIMITS));

    @Test
    void overrideTightensOneKind() {
        AutonomyPolicy policy = new AutonomyPolicy(AutonomySettings.of(AutonomyLevel.AUTO_WITHIN_LIMITS)
                .withOverride(ActionKind.WRITE_FORMULAS, AutonomyLevel.ASK_EACH));
        WorkbookSnapshot empty = Fixtures.snapshot(Target.EMPTY);

        assertThat(policy.decide(Fixtures.action(ActionKind.WRITE_FORMULAS, Target.EMPTY), empty)
                        .outcome())
                .isEqualTo(Outcome.ASK);
        assertThat(policy.decide(Fixtures.action(ActionKind.WRITE_VALUES, Target.EMPTY), empty)
                        .outcome())
                .isEqualTo(Outcome.APPLY_AUTOMATICALLY);
    }

    @Test
    void overrideLoosensOneKindOfASuggestOnlyWorkspace() {
        AutonomyPolicy policy = new AutonomyPolicy(AutonomySettings.of(AutonomyLevel.SUGGEST_ONLY)
                .withOverride(ActionKind.FORMAT, AutonomyLevel.AUTO_LOW_RISK));

        assertThat(policy.decide(Fixtures.action(ActionKind.FORMAT, Target.VALUES), values)
                        .outcome())
                .isEqualTo(Outcome.APPLY_AUTOMATICALLY);
        Decision write = policy.decide(Fixtures.action(ActionKind.WRITE_VALUES, Target.VALUES), values);
        assertThat(write.outcome()).isEqualTo(Outcome.REFUSE);
        assertThat(write.reason()).contains("suggest-only");
    }

    @Test
    void cellLimitIsConfigurable() {
        AutonomyPolicy tight = new AutonomyPolicy(
                AutonomySettings.of(AutonomyLevel.AUTO_WITHIN_LIMITS).withMaxCellsPerChange(2));

        Decision decision =
                tight.decide(Fixtures.action(ActionKind.WRITE_VALUES, Target.EMPTY), Fixtures.snapshot(Target.EMPTY));

        assertThat(decision.outcome()).isEqualTo(Outcome.ASK);
        assertThat(decision.reason()).contains("touches 3 cells, more than the limit of 2");
    }

    @Test
    void overwritingAFormulaAsksAndNamesTheCell() {
        Decision decision = level3.decide(
                Fixtures.action(ActionKind.WRITE_VALUES, Target.FORMULAS), Fixtures.snapshot(Target.FORMULAS));

        assertThat(decision.reason()).isEqualTo("would overwrite 3 formula(s), first at B2");
    }

    @Test
    void stalePreviewIsRefused() {
        ProposedAction stale = new ProposedAction(
                "a",
                ActionKind.WRITE_VALUES,
                "Model",
                "B2",
                "",
                List.of(new CellChange("B2", CellState.EMPTY, CellState.value(1.0))));

        Decision decision = level3.decide(stale, values);

        assertThat(decision.outcome()).isEqualTo(Outcome.REFUSE);
        assertThat(decision.reason()).contains("stale").contains("B2");
    }

    @Test
    void previewMustMatchTheKind() {
        ProposedAction formulaInValues = new ProposedAction(
                "a",
                ActionKind.WRITE_VALUES,
                "Model",
                "C9",
                "",
                List.of(new CellChange("C9", CellState.EMPTY, CellState.formula("A1"))));
        ProposedAction formatChangingContent = new ProposedAction(
                "a",
                ActionKind.FORMAT,
                "Model",
                "B2",
                "",
                List.of(new CellChange("B2", CellState.value(2.0), new CellState(3.0, null, "0.0"))));

        assertThat(level3.decide(formulaInValues, values).reason()).isEqualTo("WRITE_VALUES writes a formula at C9");
        assertThat(level3.decide(formatChangingContent, values).reason()).isEqualTo("FORMAT changes the content at B2");
    }

    @Test
    void missingSheetDuplicateCellsAndEmptyPreviewsAreRefused() {
        ProposedAction missing = new ProposedAction("a", ActionKind.ADD_CHART, "Nope", "A1:B2", "", null);
        CellChange c = new CellChange("C9", CellState.EMPTY, CellState.value(1.0));
        ProposedAction duplicate = new ProposedAction("a", ActionKind.WRITE_VALUES, "Model", "C9", "", List.of(c, c));
        ProposedAction empty = new ProposedAction("a", ActionKind.WRITE_VALUES, "Model", "C9", "", List.of());

        assertThat(level3.decide(missing, values).reason()).isEqualTo("sheet 'Nope' is not in the workbook");
        assertThat(level3.decide(duplicate, values).reason()).isEqualTo("preview lists C9 twice");
        assertThat(level3.decide(empty, values).reason()).contains("no preview");
        assertThat(level3.decide(null, values).outcome()).isEqualTo(Outcome.REFUSE);
    }

    @Test
    void insertBelowTheUsedRangeAppliesInsertAboveAsks() {
        ProposedAction below = new ProposedAction("a", ActionKind.INSERT_ROWS, "Model", "5:6", "", null);
        ProposedAction above = new ProposedAction("a", ActionKind.INSERT_ROWS, "Model", "3:3", "", null);

        assertThat(level3.decide(below, values).outcome()).isEqualTo(Outcome.APPLY_AUTOMATICALLY);
        assertThat(level3.decide(above, values).reason()).startsWith("would shift 2 non-empty cell(s), first at B3");
    }

    @Test
    void malformedSpansAreRefused() {
        ProposedAction rows = new ProposedAction("a", ActionKind.INSERT_ROWS, "Model", "B5", "", null);
        ProposedAction columns = new ProposedAction("a", ActionKind.INSERT_COLUMNS, "Model", "3:4", "", null);

        assertThat(level3.decide(rows, values).outcome()).isEqualTo(Outcome.REFUSE);
        assertThat(level3.decide(columns, values).outcome()).isEqualTo(Outcome.REFUSE);
    }
}
