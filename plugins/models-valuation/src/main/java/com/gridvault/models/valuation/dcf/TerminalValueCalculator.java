package com.gridvault.models.valuation.dcf;

/**
 * Terminal values and their cross-checks.
 *
 * <ul>
 *   <li>Gordon growth: {@code TV_N = UFCF_N * (1 + g) / (r - g)} (Damodaran, <i>Investment
 *       Valuation</i>, ch. 12). Under the mid-year convention the perpetuity's flows arrive at
 *       {@code N + 0.5, N + 1.5, ...}, so its value at {@code N} is grossed up by {@code (1 +
 *       r)^0.5} (McKinsey, <i>Valuation</i>, ch. 11, continuing value with mid-year flows).
 *   <li>Exit multiple: {@code TV_N = multiple * EBITDA_N}, a transaction value at {@code N}.
 * </ul>
 */
public final class TerminalValueCalculator {

    /** The shared stateless instance. */
    public static final TerminalValueCalculator DEFAULT = new TerminalValueCalculator();

    private TerminalValueCalculator() {}

    /**
     * The Gordon growth terminal value at the end of year N.
     *
     * @param finalCashFlow UFCF of year N
     * @param rate the WACC, greater than growth
     * @param growth the perpetual growth rate
     * @param midYear whether the perpetuity's flows arrive at mid-year
     * @return the value at N of all flows after N
     */
    public double gordon(double finalCashFlow, double rate, double growth, boolean midYear) {
        return finalCashFlow * (1 + growth) / (rate - growth) * midYearUplift(rate, midYear);
    }

    /**
     * The exit-multiple terminal value at the end of year N.
     *
     * @param finalEbitda EBITDA of year N
     * @param multiple EV / EBITDA
     * @return the value at N
     */
    public double exitMultiple(double finalEbitda, double multiple) {
        return finalEbitda * multiple;
    }

    /**
     * The perpetual growth rate at which the Gordon terminal value equals a given terminal value:
     * solving {@code TV = F * (1 + g) / (r - g) * u} for {@code g} gives {@code g = (TV * r - F * u)
     * / (TV + F * u)}, with {@code u} the mid-year uplift.
     *
     * @param terminalValue the terminal value to match
     * @param finalCashFlow UFCF of year N
     * @param rate the WACC
     * @param midYear whether the perpetuity's flows arrive at mid-year
     * @return the implied growth, or null when {@code TV + F * u <= 0}
     */
    public Double impliedGrowth(double terminalValue, double finalCashFlow, double rate, boolean midYear) {
        double fu = finalCashFlow * midYearUplift(rate, midYear);
        double denominator = terminalValue + fu;
        return denominator <= 0 ? null : (terminalValue * rate - fu) / denominator;
    }

    private static double midYearUplift(double rate, boolean midYear) {
        return midYear ? Math.sqrt(1 + rate) : 1.0;
    }
}
