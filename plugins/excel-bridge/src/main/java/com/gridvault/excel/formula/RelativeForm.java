package com.gridvault.excel.formula;

import org.apache.poi.ss.formula.ptg.AbstractFunctionPtg;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.AttrPtg;
import org.apache.poi.ss.formula.ptg.ControlPtg;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPxg;
import org.apache.poi.ss.formula.ptg.OperationPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg;
import org.apache.poi.ss.formula.ptg.RefPtgBase;

/**
 * The R1C1-style form of a formula: relative references as offsets from the formula's cell, so
 * {@code =B2*C2} in D2 and {@code =B3*C3} in D3 both become {@code R[0]C[-2] R[0]C[-1] MultiplyPtg}.
 * Whitespace and parentheses do not change it (POI's layout tokens are dropped); anything else —
 * operators, functions, literals, absolute references, sheets, names — does.
 */
final class RelativeForm {

    private RelativeForm() {}

    static String of(FormulaCell cell) {
        StringBuilder sb = new StringBuilder(cell.tokens.length * 8);
        for (Ptg ptg : cell.tokens) {
            if (ptg instanceof AttrPtg attr) {
                if (attr.isSum()) {
                    sb.append("SUM/1 ");
                }
                continue;
            }
            if (ptg instanceof ControlPtg) {
                continue;
            }
            if (ptg instanceof Pxg pxg) {
                sb.append('[').append(pxg.getExternalWorkbookNumber()).append(']');
                sb.append(pxg.getSheetName()).append('!');
            }
            if (ptg instanceof RefPtgBase ref) {
                coordinate(sb, 'R', ref.getRow(), ref.isRowRelative(), cell.row);
                coordinate(sb, 'C', ref.getColumn(), ref.isColRelative(), cell.column);
            } else if (ptg instanceof AreaPtgBase area) {
                coordinate(sb, 'R', area.getFirstRow(), area.isFirstRowRelative(), cell.row);
                coordinate(sb, 'C', area.getFirstColumn(), area.isFirstColRelative(), cell.column);
                sb.append(':');
                coordinate(sb, 'R', area.getLastRow(), area.isLastRowRelative(), cell.row);
                coordinate(sb, 'C', area.getLastColumn(), area.isLastColRelative(), cell.column);
            } else if (ptg instanceof NamePtg name) {
                sb.append("name#").append(name.getIndex());
            } else if (ptg instanceof NameXPxg namex) {
                sb.append("namex:").append(namex.getNameName());
            } else if (ptg instanceof AbstractFunctionPtg fn) {
                sb.append(fn.getName()).append('/').append(fn.getNumberOfOperands());
            } else if (ptg instanceof OperationPtg) {
                sb.append(ptg.getClass().getSimpleName());
            } else {
                sb.append(text(ptg));
            }
            sb.append(' ');
        }
        return sb.toString();
    }

    private static String text(Ptg ptg) {
        try {
            return ptg.toFormulaString();
        } catch (RuntimeException e) {
            return ptg.getClass().getSimpleName();
        }
    }

    private static void coordinate(StringBuilder sb, char axis, int value, boolean relative, int origin) {
        sb.append(axis);
        if (relative) {
            sb.append('[').append(value - origin).append(']');
        } else {
            sb.append(value + 1);
        }
    }
}
