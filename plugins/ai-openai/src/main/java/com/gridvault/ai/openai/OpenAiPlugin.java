package com.gridvault.ai.openai;

import org.pf4j.Plugin;

/**
 * The OpenAI-compatible provider plugin. It holds no state: PF4J discovers {@link
 * OpenAiCompatibleProvider} through its {@link org.pf4j.Extension} annotation and each configured
 * endpoint's connection owns its own resources.
 */
public class OpenAiPlugin extends Plugin {

    /** Creates the plugin; PF4J calls this through the manifest's Plugin-Class. */
    public OpenAiPlugin() {
        super();
    }
}
