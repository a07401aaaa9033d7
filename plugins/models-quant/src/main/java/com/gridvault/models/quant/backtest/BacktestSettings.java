package com.gridvault.models.quant.backtest;

import com.gridvault.plugin.api.model.Doc;

/**
 * Account and measurement settings shared by backtests and sweeps. Null fields take defaults, see
 * {@link #withDefaults()}.
 *
 * @param initialCapital starting equity
 * @param direction allowed sides
 * @param sizing position sizing
 * @param costs trading costs
 * @param barsPerYear bars per year for annualisation
 * @param riskFreeRate annual risk-free rate for Sharpe and Sortino
 */
@Doc("Account and measurement settings; every field is optional")
public record BacktestSettings(
        @Doc("Starting equity in account currency, > 0, default 100000") Double initialCapital,
        @Doc("Allowed sides, default LONG_ONLY") TradeDirection direction,
        @Doc("Position sizing, default FIXED_FRACTION 1.0") PositionSizing sizing,
        @Doc("Commissions and slippage, default none") Costs costs,
        @Doc("Bars per year for annualising returns, volatility, Sharpe, Sortino and CAGR; default 252")
                Integer barsPerYear,
        @Doc("Annual risk-free rate as a decimal (0.03 = 3%) for Sharpe and Sortino, default 0") Double riskFreeRate) {

    /**
     * The defaults: 100,000 capital, long only, all equity, no costs, 252 bars per year, 0 rate.
     *
     * @return the default settings, every field set
     */
    public static BacktestSettings defaults() {
        return new BacktestSettings(
                100_000.0,
                TradeDirection.LONG_ONLY,
                new PositionSizing(SizingMode.FIXED_FRACTION, 1.0),
                new Costs(0.0, 0.0, 0.0),
                252,
                0.0);
    }

    /**
     * Fills every null field (and nested null field) with its default.
     *
     * @return settings with every field set
     */
    public BacktestSettings withDefaults() {
        BacktestSettings d = defaults();
        PositionSizing s = sizing == null ? d.sizing() : sizing;
        Costs c = costs == null ? d.costs() : costs;
        return new BacktestSettings(
                initialCapital == null ? d.initialCapital() : initialCapital,
                direction == null ? d.direction() : direction,
                new PositionSizing(
                        s.mode() == null ? SizingMode.FIXED_FRACTION : s.mode(), s.value() == null ? 1.0 : s.value()),
                new Costs(
                        c.commissionPerTrade() == null ? 0.0 : c.commissionPerTrade(),
                        c.commissionBps() == null ? 0.0 : c.commissionBps(),
                        c.slippageBps() == null ? 0.0 : c.slippageBps()),
                barsPerYear == null ? d.barsPerYear() : barsPerYear,
                riskFreeRate == null ? d.riskFreeRate() : riskFreeRate);
    }
}
