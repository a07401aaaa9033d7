package com.gridvault.models.valuation;

import org.pf4j.Plugin;

/**
 * The models-valuation plugin: DCF, LBO and M&amp;A accretion/dilution models. The models are
 * stateless {@code @Extension}s, so the plugin itself holds nothing and needs no lifecycle work.
 */
public class ValuationModelsPlugin extends Plugin {

    /** Creates the plugin; PF4J calls this reflectively. */
    public ValuationModelsPlugin() {
        super();
    }
}
