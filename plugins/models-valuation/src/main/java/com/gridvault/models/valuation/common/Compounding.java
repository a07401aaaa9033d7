package com.gridvault.models.valuation.common;

/** Annual compounding: discount factors and the internal rate of return of a single cash-out. */
public final class Compounding {

    private Compounding() {}

    /**
     * The discount factor {@code 1 / (1 + rate)^years}.
     *
     * @param rate the annual rate as a decimal
     * @param years the time in years, may be fractional (mid-year convention)
     * @return the discount factor
     */
    public static double discountFactor(double rate, double years) {
        return Math.pow(1 + rate, -years);
    }

    /**
     * The IRR of one investment returned once, {@code MOIC^(1/years) - 1}: the rate at which the
     * proceeds discount back to the investment.
     *
     * @param moic the multiple of invested capital, at least 0
     * @param years the holding period in years, greater than 0
     * @return the annual IRR as a decimal; -1 when nothing comes back
     */
    public static double irrFromMultiple(double moic, double years) {
        return moic <= 0 ? -1.0 : Math.pow(moic, 1.0 / years) - 1;
    }
}
