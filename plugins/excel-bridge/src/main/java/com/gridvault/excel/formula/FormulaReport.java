package com.gridvault.excel.formula;

import java.util.List;

/**
 * What {@link FormulaAnalyzer} found.
 *
 * @param formulaCells how many formula cells were analyzed
 * @param findings the findings, grouped by kind in {@link FindingKind} order, then by sheet order
 *     and address
 */
public record FormulaReport(int formulaCells, List<Finding> findings) {

    /** Copies the findings. */
    public FormulaReport {
        findings = List.copyOf(findings);
    }

    /**
     * Returns the findings of one kind.
     *
     * @param kind the kind
     * @return those findings, in report order
     */
    public List<Finding> ofKind(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}
