package com.gridvault.excel.snapshot;

/**
 * A defined name, e.g. {@code WACC -> Inputs!$C$4}.
 *
 * @param name the name as defined in Excel
 * @param refersTo what it refers to, without {@code =}, e.g. {@code Inputs!$C$4:$C$9}
 * @param scope the sheet the name is local to, or null for a workbook-level name
 */
public record NamedRange(String name, String refersTo, String scope) {

    /** Drops a leading {@code =} from {@code refersTo}. */
    public NamedRange {
        if (refersTo != null && refersTo.startsWith("=")) {
            refersTo = refersTo.substring(1);
        }
    }

    /**
     * A workbook-level name.
     *
     * @param name the name
     * @param refersTo the reference
     * @return the name
     */
    public static NamedRange of(String name, String refersTo) {
        return new NamedRange(name, refersTo, null);
    }
}
