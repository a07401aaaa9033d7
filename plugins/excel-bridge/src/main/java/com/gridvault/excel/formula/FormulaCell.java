package com.gridvault.excel.formula;

import org.apache.poi.ss.formula.ptg.Ptg;

/** One formula cell of the snapshot with its POI tokens, or the reason it did not parse. */
final class FormulaCell {

    final int sheet;
    final String sheetName;
    final int row;
    final int column;
    final String address;
    final String formula;
    final Ptg[] tokens;
    final String parseError;

    FormulaCell(
            int sheet,
            String sheetName,
            int row,
            int column,
            String address,
            String formula,
            Ptg[] tokens,
            String parseError) {
        this.sheet = sheet;
        this.sheetName = sheetName;
        this.row = row;
        this.column = column;
        this.address = address;
        this.formula = formula;
        this.tokens = tokens;
        this.parseError = parseError;
    }

    boolean parsed() {
        return tokens != null;
    }

    String key() {
        return CellKey.qualified(sheetName, address);
    }
}
