package com.gridvault.excel.formula;

/** Formats cell keys as {@code Sheet!A1}, quoting sheet names the way Excel does. */
final class CellKey {

    private CellKey() {}

    static String qualified(String sheet, String address) {
        if (sheet == null) {
            return address;
        }
        boolean plain = !sheet.isEmpty()
                && Character.isLetter(sheet.charAt(0))
                && sheet.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.');
        return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!" + address;
    }
}
