package com.gridvault.models.valuation.dcf;

import static com.gridvault.models.valuation.common.Checks.orDefault;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns drivers (or direct cash flows) into unlevered free cash flow, year by year: {@code UFCF =
 * EBIT * (1 - t) + D&A - capex - change in NWC} (McKinsey, <i>Valuation</i>, ch. 10, free cash
 * flow from NOPAT).
 */
final class FreeCashFlowProjector {

    static final FreeCashFlowProjector DEFAULT = new FreeCashFlowProjector();

    private FreeCashFlowProjector() {}

    List<ProjectedYear> project(DcfInput in) {
        return in.driverYears() != null && !in.driverYears().isEmpty()
                ? fromDrivers(in.baseRevenue(), in.driverYears())
                : direct(in.cashFlowYears());
    }

    private List<ProjectedYear> fromDrivers(double baseRevenue, List<DcfDriverYear> drivers) {
        List<ProjectedYear> years = new ArrayList<>(drivers.size());
        double previousRevenue = baseRevenue;
        for (int i = 0; i < drivers.size(); i++) {
            DcfDriverYear d = drivers.get(i);
            double revenue = previousRevenue * (1 + d.revenueGrowth());
            double da = revenue * orDefault(d.daPctRevenue(), 0);
            double ebit = d.ebitMargin() != null ? revenue * d.ebitMargin() : revenue * d.ebitdaMargin() - da;
            double tax = ebit * d.taxRate();
            double nopat = ebit - tax;
            double capex = revenue * orDefault(d.capexPctRevenue(), 0);
            double deltaNwc = (revenue - previousRevenue) * orDefault(d.nwcPctChangeInRevenue(), 0);
            double ufcf = nopat + da - capex - deltaNwc;
            years.add(new ProjectedYear(i + 1, revenue, ebit + da, da, ebit, tax, nopat, capex, deltaNwc, ufcf));
            previousRevenue = revenue;
        }
        return years;
    }

    private List<ProjectedYear> direct(List<DcfCashFlowYear> flows) {
        List<ProjectedYear> years = new ArrayList<>(flows.size());
        for (int i = 0; i < flows.size(); i++) {
            DcfCashFlowYear f = flows.get(i);
            years.add(new ProjectedYear(
                    i + 1, f.revenue(), f.ebitda(), null, null, null, null, null, null, f.unleveredFreeCashFlow()));
        }
        return years;
    }
}
