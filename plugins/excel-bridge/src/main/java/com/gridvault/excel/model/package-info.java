/**
 * Recognizes what kind of financial model a workbook is (DCF, LBO, three-statement, trading
 * comps) from its labels, sheet names, defined names and table structure, with the evidence.
 */
package com.gridvault.excel.model;
