package com.gridvault.excel.protocol;

/** What became of a proposed action in the workbook. */
public enum ApplyStatus {
    /** Written to the workbook. */
    APPLIED,
    /** The analyst declined it. */
    DECLINED,
    /** Excel rejected the write (protected sheet, edit mode, ...). */
    FAILED
}
