package com.gridvault.excel.model;

import com.gridvault.excel.snapshot.CellAddress;
import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.excel.snapshot.NamedRange;
import com.gridvault.excel.snapshot.SheetSnapshot;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tells which kind of financial model a snapshot holds, without an LLM.
 *
 * <p>Evidence comes from three places: phrases in sheet names, text cells (labels of up to {@value
 * #MAX_LABEL} characters) and defined names, each phrase counted once with the weight in {@code
 * Signals}; and structure: a peer table (a header row with at least two valuation multiples and
 * at least three company rows with numbers under them), all three financial statements present,
 * IRR together with MOIC, a terminal value together with a discount rate.
 *
 * <p>The type with the highest score wins when the score reaches {@value #MIN_SCORE}; otherwise
 * the result is {@link ModelType#UNKNOWN}. Confidence grows with the winning score ({@code 1 -
 * e^(-score/6)}) and shrinks when the runner-up is close (scaled by {@code 0.5 + 0.5 * margin},
 * margin being the winner's lead relative to its score), so an LBO that also carries full
 * statements is reported as an LBO with moderate confidence.
 */
public final class ModelTypeDetector {

    /** The detector with the built-in signals. */
    public static final ModelTypeDetector DEFAULT = new ModelTypeDetector();

    static final double MIN_SCORE = 4;
    static final int MAX_LABEL = 100;
    private static final int PEER_TABLE_MIN_ROWS = 3;
    private static final List<String> MULTIPLES =
            List.of("ev/ebitda", "ev/ebit", "ev/revenue", "ev/sales", "p/e", "p/b", "p/s", "ev/fcf");

    private ModelTypeDetector() {}

    /**
     * Detects the model type.
     *
     * @param snapshot the snapshot (validated by the caller)
     * @return the type, confidence and evidence
     */
    public ModelDetection detect(WorkbookSnapshot snapshot) {
        Map<Signal, String> matched = new LinkedHashMap<>();
        for (SheetSnapshot sheet : snapshot.sheets()) {
            match(sheet.name(), "sheet '" + sheet.name() + "'", matched);
            for (CellSnapshot cell : sheet.cells()) {
                if (cell.value() instanceof String text && !cell.hasFormula() && text.length() <= MAX_LABEL) {
                    match(text, "label '" + text.trim() + "' at " + sheet.name() + "!" + cell.address(), matched);
                }
            }
        }
        for (NamedRange name : snapshot.names()) {
            match(name.name().replace('_', ' '), "defined name '" + name.name() + "'", matched);
        }
        Map<ModelType, Double> scores = new EnumMap<>(ModelType.class);
        Map<ModelType, List<Evidence>> evidence = new EnumMap<>(ModelType.class);
        for (ModelType type : ModelType.values()) {
            if (type != ModelType.UNKNOWN) {
                scores.put(type, 0.0);
                evidence.put(type, new ArrayList<>());
            }
        }
        matched.forEach((signal, where) -> add(scores, evidence, signal.type(), signal.weight(), where));
        structure(snapshot, matched, scores, evidence);
        return conclude(scores, evidence);
    }

    private static void match(String text, String where, Map<Signal, String> matched) {
        if (text == null || text.isBlank()) {
            return;
        }
        String normalized = Signal.normalize(text);
        for (Signal signal : Signals.ALL) {
            if (!matched.containsKey(signal) && signal.matches(normalized)) {
                matched.put(signal, where);
            }
        }
    }

    private static void structure(
            WorkbookSnapshot snapshot,
            Map<Signal, String> matched,
            Map<ModelType, Double> scores,
            Map<ModelType, List<Evidence>> evidence) {
        for (SheetSnapshot sheet : snapshot.sheets()) {
            String table = peerTable(sheet);
            if (table != null) {
                add(scores, evidence, ModelType.COMPS, 4, table);
                break;
            }
        }
        if (has(matched, "income statement")
                && has(matched, "balance sheet")
                && (has(matched, "cash flow statement") || has(matched, "statement of cash flows"))) {
            add(scores, evidence, ModelType.THREE_STATEMENT, 3, "all three financial statements are present");
        }
        if (has(matched, "irr") && has(matched, "moic")) {
            add(scores, evidence, ModelType.LBO, 2, "sponsor returns: both IRR and MOIC");
        }
        if (has(matched, "terminal value") && (has(matched, "wacc") || has(matched, "discount factor"))) {
            add(scores, evidence, ModelType.DCF, 2, "a terminal value discounted at a cost of capital");
        }
    }

    private static boolean has(Map<Signal, String> matched, String phrase) {
        return matched.keySet().stream().anyMatch(s -> s.phrase().equals(phrase));
    }

    /** Describes a peer table on the sheet, or returns null when there is none. */
    private static String peerTable(SheetSnapshot sheet) {
        TreeMap<Integer, Map<Integer, CellSnapshot>> rows = new TreeMap<>();
        for (CellSnapshot cell : sheet.cells()) {
            CellAddress a = CellAddress.tryParse(cell.address());
            if (a != null) {
                rows.computeIfAbsent(a.row(), r -> new TreeMap<>()).put(a.column(), cell);
            }
        }
        for (Map.Entry<Integer, Map<Integer, CellSnapshot>> header : rows.entrySet()) {
            List<Integer> multipleColumns = new ArrayList<>();
            header.getValue().forEach((column, cell) -> {
                if (cell.value() instanceof String s && MULTIPLES.contains(Signal.normalize(s))) {
                    multipleColumns.add(column);
                }
            });
            if (multipleColumns.size() < 2) {
                continue;
            }
            int firstMultiple = multipleColumns.get(0);
            int peers = 0;
            for (Map<Integer, CellSnapshot> row :
                    rows.tailMap(header.getKey() + 1).values()) {
                boolean named = row.entrySet().stream()
                        .anyMatch(
                                e -> e.getKey() < firstMultiple && e.getValue().value() instanceof String);
                boolean numbers = multipleColumns.stream()
                        .anyMatch(c -> row.get(c) != null && row.get(c).value() instanceof Double);
                if (named && numbers) {
                    peers++;
                }
            }
            if (peers >= PEER_TABLE_MIN_ROWS) {
                return "peer table on " + sheet.name() + " (row " + (header.getKey() + 1) + ": "
                        + multipleColumns.size() + " multiples, " + peers + " companies)";
            }
        }
        return null;
    }

    private record Evidence(double weight, String text) {}

    private static void add(
            Map<ModelType, Double> scores,
            Map<ModelType, List<Evidence>> evidence,
            ModelType type,
            double weight,
            String text) {
        scores.merge(type, weight, Double::sum);
        evidence.get(type).add(new Evidence(weight, text));
    }

    private static ModelDetection conclude(Map<ModelType, Double> scores, Map<ModelType, List<Evidence>> evidence) {
        ModelType best = ModelType.UNKNOWN;
        double top = 0;
        double second = 0;
        for (Map.Entry<ModelType, Double> e : scores.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        double strength = 1 - Math.exp(-top / 6);
        if (top < MIN_SCORE) {
            List<String> why =
                    List.of("the strongest evidence scores " + top + ", below the threshold of " + MIN_SCORE);
            return new ModelDetection(ModelType.UNKNOWN, round(1 - strength), why, scores);
        }
        double margin = (top - second) / top;
        List<String> why = evidence.get(best).stream()
                .sorted((a, b) -> Double.compare(b.weight(), a.weight()))
                .map(Evidence::text)
                .toList();
        return new ModelDetection(best, round(strength * (0.5 + 0.5 * margin)), why, scores);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
