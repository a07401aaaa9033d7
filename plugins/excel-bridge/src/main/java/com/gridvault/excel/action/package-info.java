/**
 * Changes the assistant proposes to a workbook, each with a per-cell preview (before and after),
 * which the autonomy policy judges and the checkpoint log can undo.
 */
package com.gridvault.excel.action;
