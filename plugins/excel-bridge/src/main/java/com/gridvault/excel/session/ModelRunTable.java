package com.gridvault.excel.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gridvault.excel.action.CellState;
import com.gridvault.excel.autonomy.Ranges;
import com.gridvault.excel.snapshot.CellAddress;
import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Model inputs read from a label/value range and model outputs laid out as a label/value table.
 *
 * <p>Inputs: each row of the range is one field, its name in the first column and its value in the
 * next; a row with several values is an array (a cash-flow series). The cells are the live ones the
 * task pane read for the run (see {@link ModelRuns}). Outputs: each scalar field is a row
 * (nested objects as {@code parent.child}), an array of numbers spreads across the row.
 */
final class ModelRunTable {

    /** Most rows an output table may have. */
    static final int MAX_ROWS = 1_000;

    /** Most values one output row may hold. */
    static final int MAX_COLUMNS = 200;

    /** Most rows an input range may have. */
    static final int MAX_INPUT_ROWS = 200;

    /** Most cells an input range may have (labels included): a few series of values at most. */
    static final int MAX_INPUT_CELLS = 2_000;

    private ModelRunTable() {}

    /**
     * The bounds of an input range: at least two columns (name, value), at most {@link
     * #MAX_INPUT_ROWS} rows and {@link #MAX_INPUT_CELLS} cells.
     *
     * @throws InvalidInputException naming {@code inputs.range}
     */
    static CellAddress[] inputBounds(String range) {
        CellAddress[] bounds = Ranges.parseRange(range);
        if (bounds == null || bounds[1].column() == bounds[0].column()) {
            throw new InvalidInputException(
                    "inputs.range", "must be an A1 range of at least two columns (name, value)");
        }
        long rows = bounds[1].row() - bounds[0].row() + 1L;
        long columns = bounds[1].column() - bounds[0].column() + 1L;
        if (rows > MAX_INPUT_ROWS || rows * columns > MAX_INPUT_CELLS) {
            throw new InvalidInputException(
                    "inputs.range", "must have at most " + MAX_INPUT_ROWS + " rows and " + MAX_INPUT_CELLS + " cells");
        }
        return bounds;
    }

    /** The model's input object from the cells of the range {@code bounds} (cells outside are ignored). */
    static String inputs(Map<CellAddress, CellSnapshot> cells, CellAddress[] bounds) {
        ObjectNode input = ExcelJson.MAPPER.createObjectNode();
        for (int row = bounds[0].row(); row <= bounds[1].row(); row++) {
            CellSnapshot label = cells.get(new CellAddress(row, bounds[0].column()));
            if (label == null
                    || label.value() == null
                    || label.value().toString().isBlank()) {
                continue;
            }
            List<Object> values = new ArrayList<>();
            for (int column = bounds[0].column() + 1; column <= bounds[1].column(); column++) {
                CellSnapshot cell = cells.get(new CellAddress(row, column));
                if (cell != null && cell.value() != null && !"".equals(cell.value())) {
                    values.add(cell.value());
                }
            }
            String name = label.value().toString().strip();
            if (values.size() == 1) {
                input.set(name, ExcelJson.MAPPER.valueToTree(values.get(0)));
            } else if (values.size() > 1) {
                input.set(name, ExcelJson.MAPPER.valueToTree(values));
            }
        }
        return ExcelJson.write(input);
    }

    /** The output object as cell states from {@code origin} down: label, then value(s). */
    static Map<String, CellState> outputs(String outputJson, CellAddress origin) {
        JsonNode output;
        try {
            output = ExcelJson.MAPPER.readTree(outputJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the model's output is not JSON", e);
        }
        List<Map.Entry<String, JsonNode>> rows = new ArrayList<>();
        flatten("", output, rows);
        Map<String, CellState> states = new LinkedHashMap<>();
        int row = origin.row();
        for (Map.Entry<String, JsonNode> entry : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            if (row >= CellAddress.MAX_ROWS) {
                break;
            }
            states.put(new CellAddress(row, origin.column()).toA1(), CellState.value(entry.getKey()));
            List<JsonNode> values =
                    entry.getValue() instanceof ArrayNode array ? list(array) : List.of(entry.getValue());
            int column = origin.column() + 1;
            for (JsonNode value : values.subList(0, Math.min(values.size(), MAX_COLUMNS))) {
                if (column < CellAddress.MAX_COLUMNS) {
                    states.put(new CellAddress(row, column).toA1(), CellState.value(scalar(value)));
                }
                column++;
            }
            row++;
        }
        return states;
    }

    private static void flatten(String prefix, JsonNode node, List<Map.Entry<String, JsonNode>> rows) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), rows);
            }
        } else if (node instanceof ArrayNode array
                && !array.isEmpty()
                && !array.get(0).isValueNode()) {
            for (int i = 0; i < array.size(); i++) {
                flatten(prefix + "[" + i + "]", array.get(i), rows);
            }
        } else if (!prefix.isEmpty()) {
            rows.add(Map.entry(prefix, node));
        }
    }

    private static List<JsonNode> list(ArrayNode array) {
        List<JsonNode> values = new ArrayList<>(array.size());
        array.forEach(values::add);
        return values;
    }

    private static Object scalar(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.asText();
    }
}
