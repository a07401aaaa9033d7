package com.gridvault.excel.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One worksheet: its used range and the non-empty cells in it.
 *
 * @param name the sheet name as Excel shows it
 * @param usedRangeTopLeft the top-left cell of the used range, or null for an empty sheet
 * @param usedRangeBottomRight the bottom-right cell of the used range, or null for an empty sheet
 * @param cells the non-empty cells, in any order; addresses unique per sheet
 */
public record SheetSnapshot(
        String name, CellAddress usedRangeTopLeft, CellAddress usedRangeBottomRight, List<CellSnapshot> cells) {

    /** Copies the cell list (null becomes empty). */
    public SheetSnapshot {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /**
     * A sheet whose used range is derived from its cells (cells with a bad address are skipped).
     *
     * @param name the sheet name
     * @param cells the cells
     * @return the sheet
     */
    public static SheetSnapshot of(String name, List<CellSnapshot> cells) {
        List<CellAddress> addresses = new ArrayList<>(cells.size());
        for (CellSnapshot cell : cells) {
            CellAddress a = cell == null ? null : CellAddress.tryParse(cell.address());
            if (a != null) {
                addresses.add(a);
            }
        }
        return spanning(name, addresses, cells);
    }

    /** A sheet whose used range is the one {@code addresses} span (none: an empty used range). */
    static SheetSnapshot spanning(String name, Collection<CellAddress> addresses, List<CellSnapshot> cells) {
        int top = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        int bottom = -1;
        int right = -1;
        for (CellAddress a : addresses) {
            top = Math.min(top, a.row());
            left = Math.min(left, a.column());
            bottom = Math.max(bottom, a.row());
            right = Math.max(right, a.column());
        }
        if (bottom < 0) {
            return new SheetSnapshot(name, null, null, cells);
        }
        return new SheetSnapshot(name, new CellAddress(top, left), new CellAddress(bottom, right), cells);
    }

    /**
     * Finds a cell by address (linear scan; analyzers build their own index).
     *
     * @param a1 the address, case-insensitive, dollars ignored
     * @return the cell, or null when absent
     */
    public CellSnapshot cell(String a1) {
        String wanted = CellAddress.normalize(a1);
        for (CellSnapshot cell : cells) {
            if (cell != null && Objects.equals(CellAddress.normalize(cell.address()), wanted)) {
                return cell;
            }
        }
        return null;
    }
}
