package com.gridvault.excel.protocol;

/**
 * The analyst selected a range.
 *
 * @param sheet the sheet
 * @param range the A1 range, e.g. {@code B2:D9}
 */
public record SelectionChanged(String sheet, String range) {}
