package com.gridvault.models.quant;

import org.pf4j.Plugin;

/**
 * The models-quant plugin: indicators, backtests, parameter sweeps and portfolio risk. It holds no
 * state; its models are discovered as {@link org.pf4j.Extension}s.
 */
public class QuantModelsPlugin extends Plugin {

    /** Creates the plugin; PF4J calls this. */
    public QuantModelsPlugin() {
        super();
    }
}
