package com.gridvault.excel.session;

import com.gridvault.excel.action.ActionKind;
import com.gridvault.excel.action.CellState;
import com.gridvault.excel.action.ProposedAction;
import com.gridvault.excel.snapshot.IndexedWorkbook;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the model answers to {@code excel.ask}, as the prompt asks for it, and its conversion into
 * proposed actions with previews. The model's output is untrusted: unknown kinds, too many actions
 * or cells are dropped (and said so), and the autonomy policy still decides on every action.
 *
 * @param answer the explanation for the analyst
 * @param actions the proposed changes
 */
record AiAnswer(String answer, List<AiAction> actions) {

    /** Most actions taken from one answer. */
    static final int MAX_ACTIONS = 20;

    /** Most cells one proposed action may write. */
    static final int MAX_CELLS_PER_ACTION = 5_000;

    /** One proposed change as the model writes it. */
    record AiAction(String kind, String sheet, String target, String description, List<AiCell> cells) {}

    /** One cell's new content. */
    record AiCell(String address, Object value, String formula, String numberFormat) {}

    /** The proposals and what was dropped. */
    record Converted(String answer, List<ProposedAction> actions) {}

    /** Parses the model's text; text that is not the expected JSON becomes an answer without actions. */
    static AiAnswer parse(String content) {
        String json = stripFence(content == null ? "" : content.strip());
        try {
            AiAnswer parsed = ExcelJson.read(json, AiAnswer.class);
            return new AiAnswer(
                    parsed.answer == null ? "" : parsed.answer, parsed.actions == null ? List.of() : parsed.actions);
        } catch (InvalidInputException e) {
            return new AiAnswer(content == null ? "" : content, List.of());
        }
    }

    Converted toActions(IndexedWorkbook book, Supplier<String> ids) {
        List<ProposedAction> converted = new ArrayList<>();
        int dropped = 0;
        for (AiAction action : actions) {
            ProposedAction proposed = converted.size() < MAX_ACTIONS ? convert(action, book, ids) : null;
            if (proposed == null) {
                dropped++;
            } else {
                converted.add(proposed);
            }
        }
        String text = answer;
        if (dropped > 0) {
            text += (text.isEmpty() ? "" : "\n\n") + "(" + dropped
                    + " proposed change(s) were not understood or over the limits and were dropped.)";
        }
        return new Converted(text, converted);
    }

    private static ProposedAction convert(AiAction action, IndexedWorkbook book, Supplier<String> ids) {
        if (action == null || action.kind() == null || action.sheet() == null) {
            return null;
        }
        ActionKind kind;
        try {
            kind = ActionKind.valueOf(action.kind().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
        String description = action.description() == null ? "" : action.description();
        List<AiCell> cells = action.cells() == null ? List.of() : action.cells();
        if (!kind.changesCells()) {
            return new ProposedAction(ids.get(), kind, action.sheet(), action.target(), description, List.of());
        }
        if (cells.isEmpty() || cells.size() > MAX_CELLS_PER_ACTION) {
            return null;
        }
        Map<String, CellState> after = new LinkedHashMap<>();
        for (AiCell cell : cells) {
            if (cell == null || cell.address() == null) {
                return null;
            }
            CellState before = CellState.of(book.cell(action.sheet(), cell.address()));
            after.put(cell.address(), stateAfter(kind, cell, before));
        }
        String target = action.target() != null ? action.target() : SelectionView.bounds(after.keySet());
        return Previews.cellAction(ids.get(), kind, book, action.sheet(), target, description, after);
    }

    private static CellState stateAfter(ActionKind kind, AiCell cell, CellState before) {
        String format = cell.numberFormat() != null ? cell.numberFormat() : before.numberFormat();
        return switch (kind) {
            case WRITE_VALUES -> new CellState(cell.value(), null, format);
            case WRITE_FORMULAS -> new CellState(null, cell.formula(), format);
            default -> new CellState(before.value(), before.formula(), cell.numberFormat());
        };
    }

    private static String stripFence(String text) {
        if (text.startsWith("```")) {
            int start = text.indexOf('\n');
            int end = text.lastIndexOf("```");
            if (start > 0 && end > start) {
                return text.substring(start + 1, end).strip();
            }
        }
        return text;
    }
}
