package com.gridvault.excel.formula;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.Ptg;

/**
 * Runs POI's formula parser against a {@link SnapshotBook}.
 *
 * <p>POI stops at the first defined name it does not know. So that one missing name does not hide
 * the rest of the formula (its other references, its cycles), the name is allowed as a placeholder
 * and the formula parsed again; the placeholder is reported as a broken reference.
 */
final class Tokenizer {

    /** POI's message for a defined name that the workbook lacks. */
    private static final Pattern UNKNOWN_NAME =
            Pattern.compile("Specified named range '(.+)' does not exist in the current workbook\\.");

    /** More missing names than this in one formula: give up and report the parse error. */
    private static final int MAX_RETRIES = 16;

    private Tokenizer() {}

    /** The tokens, or a parse error message. */
    record Result(Ptg[] tokens, String error) {}

    static Result parse(SnapshotBook book, String formula, FormulaType type, int sheetIndex, int row) {
        book.resetAllowed();
        for (int attempt = 0; ; attempt++) {
            try {
                return new Result(FormulaParser.parse(formula, book, type, sheetIndex, row), null);
            } catch (FormulaParseException e) {
                Matcher m = UNKNOWN_NAME.matcher(String.valueOf(e.getMessage()));
                if (m.matches() && attempt < MAX_RETRIES) {
                    book.allowUnknown(m.group(1));
                    continue;
                }
                return new Result(null, e.getMessage());
            } catch (RuntimeException e) {
                // POI signals some malformed input with IllegalStateException or index errors.
                return new Result(
                        null,
                        "cannot parse the formula (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            }
        }
    }
}
