package com.gridvault.ai.anthropic;

import org.pf4j.Plugin;

/**
 * The Anthropic provider plugin. It holds no state: PF4J discovers {@link AnthropicProvider} through
 * its {@link org.pf4j.Extension} annotation and each endpoint's connection owns its resources.
 */
public class AnthropicPlugin extends Plugin {

    /** Creates the plugin; PF4J calls this through the manifest's Plugin-Class. */
    public AnthropicPlugin() {
        super();
    }
}
