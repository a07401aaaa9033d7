package com.gridvault.excel.protocol;

/**
 * Revert the latest applied change of a workbook.
 *
 * @param workbookId the workbook
 */
public record Undo(String workbookId) {}
