package com.gridvault.models.quant.backtest;

import com.gridvault.plugin.api.validation.FieldErrors;

/** Validates {@link BacktestSettings} and fills in defaults. */
public final class SettingsValidator {

    private SettingsValidator() {}

    /**
     * Validates settings, naming every bad field (e.g. {@code settings.costs.slippageBps}).
     *
     * @param errors the collector
     * @param path the path of the settings, e.g. {@code settings}
     * @param settings the settings, possibly null (all defaults)
     * @return settings with every field set
     */
    public static BacktestSettings resolve(FieldErrors errors, String path, BacktestSettings settings) {
        BacktestSettings s = settings == null ? BacktestSettings.defaults() : settings.withDefaults();
        errors.positive(path + ".initialCapital", s.initialCapital())
                .positive(path + ".sizing.value", s.sizing().value())
                .nonNegative(path + ".costs.commissionPerTrade", s.costs().commissionPerTrade())
                .nonNegative(path + ".costs.commissionBps", s.costs().commissionBps())
                .nonNegative(path + ".costs.slippageBps", s.costs().slippageBps())
                .check(s.costs().slippageBps() < 10_000, path + ".costs.slippageBps", "must be below 10000 (100%)")
                .check(s.barsPerYear() >= 1, path + ".barsPerYear", "must be at least 1, was " + s.barsPerYear())
                .finite(path + ".riskFreeRate", s.riskFreeRate());
        return s;
    }
}
