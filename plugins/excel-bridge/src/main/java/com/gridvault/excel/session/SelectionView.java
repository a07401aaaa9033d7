package com.gridvault.excel.session;

import com.gridvault.excel.autonomy.Ranges;
import com.gridvault.excel.formula.Finding;
import com.gridvault.excel.formula.FormulaReport;
import com.gridvault.excel.snapshot.CellAddress;
import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.excel.snapshot.IndexedWorkbook;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the server knows about the analyst's selection, from the indexed workbook. */
final class SelectionView {

    /** Most values returned with a selection's context. */
    static final int MAX_VALUES = 200;

    private SelectionView() {}

    static Payloads.SelectionContext of(IndexedWorkbook book, Payloads.RangeRef selection, FormulaReport report) {
        if (book.snapshot().sheet(selection.sheet()) == null) {
            throw new InvalidInputException("sheet", "is not a sheet of the snapshot");
        }
        CellAddress[] range = Ranges.parseRange(selection.range());
        if (range == null) {
            throw new InvalidInputException("range", "must be an A1 range such as B2:C9");
        }
        int cells = 0;
        int formulas = 0;
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<CellAddress, CellSnapshot> entry : book.cellsIn(selection.sheet(), range)) {
            CellSnapshot cell = entry.getValue();
            cells++;
            if (cell.hasFormula()) {
                formulas++;
            }
            if (values.size() < MAX_VALUES) {
                values.put(entry.getKey().toA1(), cell.hasFormula() ? "=" + cell.formula() : cell.value());
            }
        }
        List<Payloads.FindingView> findings = findingsIn(report, selection).stream()
                .limit(100)
                .map(Payloads.FindingView::of)
                .toList();
        return new Payloads.SelectionContext(selection.sheet(), selection.range(), cells, formulas, values, findings);
    }

    /** The findings on cells inside the selection. */
    static List<Finding> findingsIn(FormulaReport report, Payloads.RangeRef selection) {
        CellAddress[] range = Ranges.parseRange(selection.range());
        if (range == null) {
            return List.of();
        }
        return report.findings().stream()
                .filter(f -> selection.sheet().equals(f.sheet()))
                .filter(f -> {
                    CellAddress a = CellAddress.tryParse(f.address());
                    return a != null && a.isIn(range);
                })
                .toList();
    }

    /** The smallest range holding every address, e.g. {@code B2:C9}. */
    static String bounds(Iterable<String> addresses) {
        int top = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        int bottom = -1;
        int right = -1;
        for (String a1 : addresses) {
            CellAddress a = CellAddress.tryParse(a1);
            if (a == null) {
                return a1;
            }
            top = Math.min(top, a.row());
            left = Math.min(left, a.column());
            bottom = Math.max(bottom, a.row());
            right = Math.max(right, a.column());
        }
        if (bottom < 0) {
            return "A1";
        }
        String first = new CellAddress(top, left).toA1();
        String last = new CellAddress(bottom, right).toA1();
        return first.equals(last) ? first : first + ":" + last;
    }
}
