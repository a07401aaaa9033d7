package com.gridvault.excel.protocol;

/**
 * Asks the add-in for the cells of a range.
 *
 * @param sheet the sheet
 * @param range the A1 range
 */
public record RangeReadRequest(String sheet, String range) {}
