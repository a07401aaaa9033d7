package com.gridvault.excel.protocol;

/**
 * Apply the latest undone change of a workbook again.
 *
 * @param workbookId the workbook
 */
public record Redo(String workbookId) {}
