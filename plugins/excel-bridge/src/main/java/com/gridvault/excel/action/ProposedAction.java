package com.gridvault.excel.action;

import java.util.List;

/**
 * A change the assistant proposes, with its preview.
 *
 * <p>What {@code target} means depends on the kind: a range for the cell kinds and charts ({@code
 * B2:B10}, the chart's source), rows for {@link ActionKind#INSERT_ROWS} ({@code 5:7} inserts three
 * rows before row 5), columns for {@link ActionKind#INSERT_COLUMNS} ({@code C:D}); it is unused
 * for {@link ActionKind#ADD_SHEET}, whose {@code sheet} is the new sheet's name.
 *
 * @param id an id unique within the session, echoed in apply results and checkpoints
 * @param kind what the action does
 * @param sheet the sheet it acts on (the new sheet's name for {@code ADD_SHEET})
 * @param target the range, rows or columns, see above
 * @param description why the assistant proposes it, for the analyst
 * @param changes the per-cell preview (cell kinds only; empty otherwise)
 */
public record ProposedAction(
        String id, ActionKind kind, String sheet, String target, String description, List<CellChange> changes) {

    /** Copies the preview (null becomes empty). */
    public ProposedAction {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
