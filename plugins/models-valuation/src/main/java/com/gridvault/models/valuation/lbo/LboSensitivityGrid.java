package com.gridvault.models.valuation.lbo;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * Sponsor returns over entry (rows) x exit (columns) multiples; debt and fees stay fixed, sponsor
 * equity absorbs the price change. A cell is null when the entry multiple leaves no equity to invest
 * or a multiple is not positive.
 *
 * @param entryMultiples the row axis
 * @param exitMultiples the column axis
 * @param irr IRR per cell
 * @param moic MOIC per cell
 */
@Doc(
        "Returns grid: rows entry multiples, columns exit multiples; debt held fixed, equity is the plug; centre = base case.")
public record LboSensitivityGrid(
        @Doc("Entry multiples of the rows, times (x), ascending.") List<Double> entryMultiples,
        @Doc("Exit multiples of the columns, times (x), ascending.") List<Double> exitMultiples,
        @Doc("IRR per cell [row][column], decimal; null where undefined.") List<List<Double>> irr,
        @Doc("MOIC per cell [row][column], times (x); null where undefined.") List<List<Double>> moic) {}
