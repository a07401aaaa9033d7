package com.gridvault.models.derivatives;

import org.pf4j.Plugin;

/**
 * The derivatives model pack. It holds no state: PF4J discovers the models through their {@link
 * org.pf4j.Extension} annotations, so start and stop have nothing to do.
 */
public class DerivativesModelsPlugin extends Plugin {

    /** Creates the plugin; PF4J calls this through the manifest's Plugin-Class. */
    public DerivativesModelsPlugin() {
        super();
    }
}
