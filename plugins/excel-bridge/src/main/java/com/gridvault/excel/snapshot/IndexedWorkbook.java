package com.gridvault.excel.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot with every sheet's cells indexed by address, each address parsed once. Decisions and
 * lookups on a workbook use it instead of scanning the cell lists; a session builds it once per
 * snapshot and replaces one sheet when a change is written. Sheets sent without a used range get the
 * one their cells span; cells whose address does not parse are left out of the index.
 */
public final class IndexedWorkbook {

    private final WorkbookSnapshot snapshot;
    private final Map<String, Map<CellAddress, CellSnapshot>> sheets;

    private IndexedWorkbook(WorkbookSnapshot snapshot, Map<String, Map<CellAddress, CellSnapshot>> sheets) {
        this.snapshot = snapshot;
        this.sheets = sheets;
    }

    /**
     * Indexes a snapshot.
     *
     * @param snapshot the snapshot
     * @return the indexed workbook
     */
    public static IndexedWorkbook of(WorkbookSnapshot snapshot) {
        Map<String, Map<CellAddress, CellSnapshot>> sheets = new HashMap<>();
        List<SheetSnapshot> ranged = new ArrayList<>(snapshot.sheets().size());
        boolean derived = false;
        for (SheetSnapshot sheet : snapshot.sheets()) {
            if (sheet == null) {
                continue;
            }
            Map<CellAddress, CellSnapshot> cells = new HashMap<>(sheet.cells().size() * 2);
            for (CellSnapshot cell : sheet.cells()) {
                CellAddress address = cell == null ? null : CellAddress.tryParse(cell.address());
                if (address != null) {
                    cells.put(address, cell);
                }
            }
            sheets.putIfAbsent(sheet.name(), cells);
            boolean needsRange = sheet.usedRangeTopLeft() == null && !cells.isEmpty();
            ranged.add(needsRange ? spanned(sheet.name(), cells) : sheet);
            derived |= needsRange;
        }
        WorkbookSnapshot withRanges =
                derived ? new WorkbookSnapshot(snapshot.workbookId(), ranged, snapshot.names()) : snapshot;
        return new IndexedWorkbook(withRanges, sheets);
    }

    /**
     * Returns the snapshot, with used ranges derived where the add-in sent none.
     *
     * @return the snapshot
     */
    public WorkbookSnapshot snapshot() {
        return snapshot;
    }

    /**
     * Returns a sheet's cells by address.
     *
     * @param sheet the sheet name
     * @return the cells, empty for a sheet the workbook does not have; do not modify
     */
    public Map<CellAddress, CellSnapshot> cells(String sheet) {
        return sheets.getOrDefault(sheet, Map.of());
    }

    /**
     * Returns a sheet's cells inside a range, in row-major order. The cost is bounded by the smaller
     * of the range and the sheet: a small range looks its addresses up, a large one filters the
     * sheet's cells.
     *
     * @param sheet the sheet name
     * @param range {@code [topLeft, bottomRight]}
     * @return the cells present in the range
     */
    public List<Map.Entry<CellAddress, CellSnapshot>> cellsIn(String sheet, CellAddress[] range) {
        Map<CellAddress, CellSnapshot> cells = cells(sheet);
        long area = (long) (range[1].row() - range[0].row() + 1) * (range[1].column() - range[0].column() + 1);
        List<Map.Entry<CellAddress, CellSnapshot>> found = new ArrayList<>();
        if (area <= cells.size()) {
            for (int r = range[0].row(); r <= range[1].row(); r++) {
                for (int c = range[0].column(); c <= range[1].column(); c++) {
                    CellAddress address = new CellAddress(r, c);
                    CellSnapshot cell = cells.get(address);
                    if (cell != null) {
                        found.add(Map.entry(address, cell));
                    }
                }
            }
            return found;
        }
        for (Map.Entry<CellAddress, CellSnapshot> entry : cells.entrySet()) {
            if (entry.getKey().isIn(range)) {
                found.add(entry);
            }
        }
        found.sort(Map.Entry.comparingByKey());
        return found;
    }

    /**
     * Finds a cell.
     *
     * @param sheet the sheet name
     * @param a1 the address
     * @return the cell, or null when absent or the address does not parse
     */
    public CellSnapshot cell(String sheet, String a1) {
        CellAddress address = CellAddress.tryParse(a1);
        return address == null ? null : cells(sheet).get(address);
    }

    /**
     * Returns this workbook with one sheet's cells replaced (its used range recomputed).
     *
     * @param sheet the sheet name, one of this workbook's
     * @param cells the sheet's new cells by address
     * @return the new workbook; this one is unchanged
     */
    public IndexedWorkbook withSheet(String sheet, Map<CellAddress, CellSnapshot> cells) {
        Objects.requireNonNull(cells, "cells");
        Map<String, Map<CellAddress, CellSnapshot>> indexed = new HashMap<>(sheets);
        indexed.put(sheet, Map.copyOf(cells));
        List<SheetSnapshot> updated = new ArrayList<>(snapshot.sheets().size());
        for (SheetSnapshot s : snapshot.sheets()) {
            updated.add(s != null && s.name().equals(sheet) ? spanned(sheet, cells) : s);
        }
        return new IndexedWorkbook(new WorkbookSnapshot(snapshot.workbookId(), updated, snapshot.names()), indexed);
    }

    private static SheetSnapshot spanned(String name, Map<CellAddress, CellSnapshot> cells) {
        return SheetSnapshot.spanning(name, cells.keySet(), List.copyOf(cells.values()));
    }
}
