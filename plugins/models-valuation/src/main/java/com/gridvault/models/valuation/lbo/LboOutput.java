package com.gridvault.models.valuation.lbo;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * The result of the LBO model.
 *
 * @param sourcesAndUses funds at close
 * @param years the projection and debt schedule up to the exit year
 * @param returns sponsor IRR and MOIC
 * @param convergence how the interest circularity was solved
 * @param sensitivity the entry x exit returns grid
 * @param warnings notes on the result an analyst should read, e.g. unfunded shortfalls
 */
@Doc("LBO result: sources and uses, yearly schedule to exit, returns, solver report and returns grid.")
public record LboOutput(
        @Doc("Sources and uses of funds at close.") SourcesAndUses sourcesAndUses,
        @Doc("Yearly P&L, cash flow and debt schedule up to the exit year, year 1 first.") List<LboYear> years,
        @Doc("Sponsor returns at exit.") LboReturns returns,
        @Doc("Interest circularity solve report.") LboConvergence convergence,
        @Doc("Entry x exit multiple returns grid.") LboSensitivityGrid sensitivity,
        @Doc("Warnings for the analyst, e.g. non-convergence or an unfunded cash shortfall; empty when none.")
                List<String> warnings) {}
