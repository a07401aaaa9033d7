package com.gridvault.models.valuation.dcf;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * Gordon-growth valuations over WACC (rows) x terminal growth (columns). A cell is null when its
 * WACC does not exceed its growth rate.
 *
 * @param waccValues the row axis
 * @param terminalGrowthValues the column axis
 * @param enterpriseValues EV per cell
 * @param valuesPerShare value per share per cell
 */
@Doc("Gordon-growth sensitivity: rows are WACC values, columns terminal growth; centre cell = base case.")
public record DcfSensitivityGrid(
        @Doc("WACC values of the rows, decimal, ascending.") List<Double> waccValues,
        @Doc("Terminal growth values of the columns, decimal, ascending.") List<Double> terminalGrowthValues,
        @Doc("Enterprise value per cell [row][column], currency units; null where WACC <= growth.")
                List<List<Double>> enterpriseValues,
        @Doc("Value per share per cell [row][column], currency units per share; null where WACC <= growth.")
                List<List<Double>> valuesPerShare) {}
