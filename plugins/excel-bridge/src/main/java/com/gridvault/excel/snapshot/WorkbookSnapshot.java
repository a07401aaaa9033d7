package com.gridvault.excel.snapshot;

import java.util.List;

/**
 * What the add-in sends about a workbook: its sheets (used ranges only) and defined names.
 *
 * @param workbookId an id the add-in keeps stable for the open workbook
 * @param sheets the sheets in tab order
 * @param names the defined names; null becomes empty
 */
public record WorkbookSnapshot(String workbookId, List<SheetSnapshot> sheets, List<NamedRange> names) {

    /** Copies the lists (null becomes empty). */
    public WorkbookSnapshot {
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
        names = names == null ? List.of() : List.copyOf(names);
    }

    /**
     * A snapshot without defined names.
     *
     * @param workbookId the id
     * @param sheets the sheets
     * @return the snapshot
     */
    public static WorkbookSnapshot of(String workbookId, SheetSnapshot... sheets) {
        return new WorkbookSnapshot(workbookId, List.of(sheets), List.of());
    }

    /**
     * Counts the cells of every sheet without looking at them.
     *
     * @return the total cell count
     */
    public long cellCount() {
        long count = 0;
        for (SheetSnapshot sheet : sheets) {
            count += sheet == null ? 0 : sheet.cells().size();
        }
        return count;
    }

    /**
     * Finds a sheet by name, ignoring case as Excel does.
     *
     * @param name the sheet name
     * @return the sheet, or null
     */
    public SheetSnapshot sheet(String name) {
        for (SheetSnapshot sheet : sheets) {
            if (sheet != null && sheet.name() != null && sheet.name().equalsIgnoreCase(name)) {
                return sheet;
            }
        }
        return null;
    }
}
