/**
 * Formula intelligence without an LLM: syntax, broken and external references, circular
 * references, hard-coded numbers and formulas inconsistent with their neighbours.
 *
 * <p>Formulas are tokenized by Apache POI's {@code FormulaParser} against a parsing workbook built
 * from the snapshot ({@code SnapshotBook}); every rule then works on POI's RPN tokens. Entry point:
 * {@link com.gridvault.excel.formula.FormulaAnalyzer#DEFAULT}.
 */
package com.gridvault.excel.formula;
