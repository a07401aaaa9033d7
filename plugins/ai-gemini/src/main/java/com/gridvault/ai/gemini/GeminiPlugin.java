package com.gridvault.ai.gemini;

import org.pf4j.Plugin;

/**
 * The Google Gemini provider plugin. It holds no state: PF4J discovers {@link GeminiProvider}
 * through its {@link org.pf4j.Extension} annotation and each endpoint's connection owns its
 * resources.
 */
public class GeminiPlugin extends Plugin {

    /** Creates the plugin; PF4J calls this through the manifest's Plugin-Class. */
    public GeminiPlugin() {
        super();
    }
}
