package com.gridvault.excel.autonomy;

import com.gridvault.excel.action.ActionKind;
import com.gridvault.excel.action.ProposedAction;
import com.gridvault.excel.snapshot.IndexedWorkbook;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import java.util.Objects;

/**
 * Decides, per proposed action, whether the assistant applies it, asks first, or refuses.
 *
 * <p>Order of checks:
 *
 * <ol>
 *   <li>Refuse, at every level, what cannot be applied safely: a missing sheet, a preview that no
 *       longer matches the snapshot (stale), a preview that contradicts the kind (a formula in a
 *       {@code WRITE_VALUES}, content changes in a {@code FORMAT}), duplicate or invalid cells, an
 *       existing sheet name for {@code ADD_SHEET}, an insert that would push cells off the grid.
 *   <li>Level 0: refuse everything; the action is shown as a suggestion and never written.
 *   <li>Level 1: ask.
 *   <li>Level 2: apply {@code FORMAT} and {@code ADD_SHEET} when they touch at most {@code
 *       maxCellsPerChange} cells; ask for everything else.
 *   <li>Level 3: ask when the change touches more than {@code maxCellsPerChange} cells; ask when a
 *       write would replace a formula or a non-empty value, or an insert would shift non-empty
 *       cells (which moves what formulas point to); apply otherwise. Formats never replace
 *       content; sheets and charts add objects without touching cells.
 * </ol>
 *
 * <p>So a higher level never decides more strictly than a lower one for the same action, and
 * level 0 never applies anything. The level comes from {@link AutonomySettings#levelFor}.
 */
public final class AutonomyPolicy {

    private final AutonomySettings settings;

    /**
     * Creates a policy.
     *
     * @param settings the workspace's settings
     */
    public AutonomyPolicy(AutonomySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Returns the settings.
     *
     * @return the settings
     */
    public AutonomySettings settings() {
        return settings;
    }

    /**
     * Decides one action.
     *
     * @param action the proposed action, possibly null (refused)
     * @param snapshot the workbook as the add-in last sent it
     * @return the decision with its reason
     */
    public Decision decide(ProposedAction action, WorkbookSnapshot snapshot) {
        return decide(action, IndexedWorkbook.of(Objects.requireNonNull(snapshot, "snapshot")));
    }

    /**
     * Decides on an action against an already indexed workbook (no re-scan of the sheet per decision).
     *
     * @param action the proposed action, possibly null (refused)
     * @param book the workbook as the add-in last sent it, indexed
     * @return the decision with its reason; a stale preview is a {@link Decision#stale() stale} refusal
     */
    public Decision decide(ProposedAction action, IndexedWorkbook book) {
        Objects.requireNonNull(book, "book");
        if (action == null) {
            return Decision.refuse("no action");
        }
        Impact impact = Impact.of(action, book);
        if (impact.refusal() != null) {
            return impact.stale() ? Decision.stale(impact.refusal()) : Decision.refuse(impact.refusal());
        }
        AutonomyLevel level = settings.levelFor(action.kind());
        return switch (level) {
            case SUGGEST_ONLY ->
                Decision.refuse("suggest-only (level 0): shown as a suggestion, never written to the workbook");
            case ASK_EACH -> Decision.ask("level 1: every change needs the analyst's approval");
            case AUTO_LOW_RISK -> lowRisk(action.kind(), impact);
            case AUTO_WITHIN_LIMITS -> withinLimits(action.kind(), impact);
        };
    }

    private Decision lowRisk(ActionKind kind, Impact impact) {
        if (kind != ActionKind.FORMAT && kind != ActionKind.ADD_SHEET) {
            return Decision.ask("level 2 applies only number formats and new sheets; " + kind + " needs approval");
        }
        if (impact.cellsTouched() > settings.maxCellsPerChange()) {
            return tooLarge(impact);
        }
        return Decision.apply("level 2: " + kind + " is low-risk");
    }

    private Decision withinLimits(ActionKind kind, Impact impact) {
        if (impact.cellsTouched() > settings.maxCellsPerChange()) {
            return tooLarge(impact);
        }
        if (impact.overwrittenFormulas() > 0) {
            return Decision.ask("would overwrite " + impact.overwrittenFormulas() + " formula(s), first at "
                    + impact.firstOverwritten());
        }
        if (impact.overwrittenValues() > 0) {
            return Decision.ask("would overwrite " + impact.overwrittenValues() + " non-empty cell(s), first at "
                    + impact.firstOverwritten());
        }
        if (impact.shiftedCells() > 0) {
            return Decision.ask("would shift " + impact.shiftedCells() + " non-empty cell(s), first at "
                    + impact.firstOverwritten() + ", and the references that point to them");
        }
        return Decision.apply("level 3: " + kind + " within limits, nothing overwritten");
    }

    private Decision tooLarge(Impact impact) {
        return Decision.ask("touches " + impact.cellsTouched() + " cells, more than the limit of "
                + settings.maxCellsPerChange() + " for automatic changes");
    }
}
