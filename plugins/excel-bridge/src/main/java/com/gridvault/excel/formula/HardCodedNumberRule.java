package com.gridvault.excel.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.formula.ptg.AbstractFunctionPtg;
import org.apache.poi.ss.formula.ptg.DividePtg;
import org.apache.poi.ss.formula.ptg.IntPtg;
import org.apache.poi.ss.formula.ptg.MultiplyPtg;
import org.apache.poi.ss.formula.ptg.NumberPtg;
import org.apache.poi.ss.formula.ptg.PercentPtg;
import org.apache.poi.ss.formula.ptg.PowerPtg;

/**
 * Numbers typed into formulas ({@code =B2*1.07}): assumptions hidden where nobody reviews them.
 *
 * <p>Not reported, because they are conventions rather than assumptions:
 *
 * <ul>
 *   <li>{@code 0}, {@code 1} and {@code -1} anywhere (sums from zero, {@code 1+g}, sign flips);
 *   <li>unit and period factors {@code 2, 4, 12, 52, 100, 360, 365, 1000, 1000000} when they are an
 *       operand of {@code *}, {@code /} or {@code ^} ({@code /12} monthly, {@code *100} to
 *       percentage points, {@code /1000} to thousands, {@code ^(1/4)} quarterly); the same number
 *       added or compared ({@code +12}, {@code >1000}) is reported;
 *   <li>direct arguments of functions whose numeric arguments are positions, counts or codes
 *       rather than quantities: rounding digits, lookup column and match type, {@code INDEX},
 *       {@code OFFSET}, {@code CHOOSE}, text positions, date parts, {@code SUBTOTAL} codes.
 * </ul>
 *
 * <p>A percentage literal ({@code 7%}) is judged as the number it denotes (0.07). Array constants
 * ({@code {1,2,3}}) are not reported.
 */
final class HardCodedNumberRule {

    private static final Set<Double> HARMLESS = Set.of(0.0, 1.0, -1.0);

    private static final Set<Double> UNIT_FACTORS =
            Set.of(2.0, 4.0, 12.0, 52.0, 100.0, 360.0, 365.0, 1000.0, 1_000_000.0);

    private static final Set<String> STRUCTURAL_FUNCTIONS = Set.of(
            "ROUND",
            "ROUNDUP",
            "ROUNDDOWN",
            "MROUND",
            "CEILING",
            "FLOOR",
            "TRUNC",
            "FIXED",
            "VLOOKUP",
            "HLOOKUP",
            "LOOKUP",
            "XLOOKUP",
            "MATCH",
            "XMATCH",
            "INDEX",
            "OFFSET",
            "CHOOSE",
            "LARGE",
            "SMALL",
            "RANK",
            "PERCENTILE",
            "QUARTILE",
            "SUBTOTAL",
            "AGGREGATE",
            "LEFT",
            "RIGHT",
            "MID",
            "REPT",
            "TEXT",
            "FIND",
            "SEARCH",
            "SUBSTITUTE",
            "CHAR",
            "DATE",
            "TIME",
            "EDATE",
            "EOMONTH",
            "WEEKDAY",
            "WEEKNUM",
            "WORKDAY",
            "NETWORKDAYS",
            "YEARFRAC",
            "DAYS360",
            "DATEDIF",
            "ADDRESS",
            "INDIRECT",
            "COLUMN",
            "ROW",
            "SEQUENCE");

    private HardCodedNumberRule() {}

    /**
     * Reports the hard-coded numbers of one parsed formula, as one finding, or none.
     *
     * @param cell the cell
     * @param out where the finding goes
     */
    static void check(FormulaCell cell, List<Finding> out) {
        RpnTree.Node root = RpnTree.build(cell.tokens);
        if (root == null) {
            return;
        }
        List<String> numbers = new ArrayList<>();
        collect(root, numbers);
        if (numbers.isEmpty()) {
            return;
        }
        out.add(new Finding(
                FindingKind.HARD_CODED_NUMBER,
                cell.sheetName,
                cell.address,
                (numbers.size() == 1 ? "hard-coded number " : "hard-coded numbers ") + String.join(", ", numbers)
                        + " in the formula; put assumptions in labelled input cells and reference them",
                Severity.WARNING));
    }

    private static void collect(RpnTree.Node node, List<String> out) {
        Double literal = literal(node);
        if (literal != null) {
            RpnTree.Node context = node;
            double value = literal;
            String text = plain(value);
            if (node.parent != null && node.parent.ptg instanceof PercentPtg) {
                context = node.parent;
                text = text + "%";
                value = value / 100;
            }
            if (!harmless(value, context)) {
                out.add(text);
            }
            return;
        }
        for (RpnTree.Node child : node.children) {
            collect(child, out);
        }
    }

    private static Double literal(RpnTree.Node node) {
        if (node.ptg instanceof NumberPtg n) {
            return n.getValue();
        }
        if (node.ptg instanceof IntPtg i) {
            return (double) i.getValue();
        }
        return null;
    }

    private static boolean harmless(double value, RpnTree.Node context) {
        if (HARMLESS.contains(value)) {
            return true;
        }
        RpnTree.Node parent = context.parent;
        if (parent == null) {
            return false;
        }
        if (UNIT_FACTORS.contains(Math.abs(value))
                && (parent.ptg instanceof MultiplyPtg
                        || parent.ptg instanceof DividePtg
                        || parent.ptg instanceof PowerPtg)) {
            return true;
        }
        if (parent.ptg instanceof AbstractFunctionPtg fn) {
            return STRUCTURAL_FUNCTIONS.contains(baseName(fn.getName()));
        }
        return false;
    }

    private static String baseName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("_XLFN.") ? upper.substring(6) : upper;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
