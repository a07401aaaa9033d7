package com.gridvault.ai.anthropic;

import com.gridvault.plugin.api.PluginContext;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProvider;
import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.api.config.ConfigOption;
import java.lang.System.Logger;
import java.util.List;
import org.pf4j.Extension;

/** The provider for Anthropic's Messages API (Claude models). Stateless. */
@Extension
public class AnthropicProvider implements AiProvider {

    /** The provider id stored with each configured endpoint. */
    public static final String ID = "anthropic";

    private final Logger logger;

    /**
     * Creates the provider; the plugin host calls this.
     *
     * @param context the plugin's context, for its logger
     */
    public AnthropicProvider(PluginContext context) {
        this(context.logger());
    }

    AnthropicProvider(Logger logger) {
        this.logger = logger;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Anthropic (Claude)";
    }

    @Override
    public List<ConfigOption> configOptions() {
        return AnthropicConfig.OPTIONS;
    }

    @Override
    public AiConnection connect(AiProviderSettings settings) {
        return new AnthropicConnection(AnthropicConfig.from(settings), logger);
    }
}
