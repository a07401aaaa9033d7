package com.gridvault.models.quant.backtest;

import com.gridvault.models.quant.backtest.rules.CustomRules;
import com.gridvault.plugin.api.model.Doc;
import java.util.Map;

/**
 * Which strategy to run and with which parameters.
 *
 * @param type the strategy
 * @param parameters numeric parameters by key (see {@link StrategyType}); absent keys take defaults
 * @param rules the rules, for {@link StrategyType#CUSTOM_RULES} only
 */
@Doc("Strategy selection: a kind, its numeric parameters, and rules for CUSTOM_RULES")
public record StrategySpec(
        @Doc("Strategy kind (required)") StrategyType type,
        @Doc("Numeric parameters by key; keys depend on the type, absent keys take defaults")
                Map<String, Double> parameters,
        @Doc("Entry/exit rules, required for CUSTOM_RULES and ignored otherwise") CustomRules rules) {

    /**
     * A built-in strategy with parameters.
     *
     * @param type the strategy
     * @param parameters the parameters
     * @return the spec
     */
    public static StrategySpec of(StrategyType type, Map<String, Double> parameters) {
        return new StrategySpec(type, parameters, null);
    }

    /**
     * Returns a parameter, which must be present (specs are resolved before they reach the engine).
     *
     * @param name the key
     * @return the value
     */
    public double parameter(String name) {
        Double value = parameters == null ? null : parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Unresolved strategy parameter " + name);
        }
        return value;
    }
}
