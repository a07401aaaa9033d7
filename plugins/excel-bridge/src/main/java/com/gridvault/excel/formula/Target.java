package com.gridvault.excel.formula;

/** A rectangle of cells on one sheet of the snapshot (inclusive bounds, zero-based). */
record Target(int sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) {}
