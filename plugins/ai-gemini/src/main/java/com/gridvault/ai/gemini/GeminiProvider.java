package com.gridvault.ai.gemini;

import com.gridvault.plugin.api.PluginContext;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProvider;
import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.api.config.ConfigOption;
import java.lang.System.Logger;
import java.util.List;
import org.pf4j.Extension;

/** The provider for Google's Gemini API (Generative Language API v1beta). Stateless. */
@Extension
public class GeminiProvider implements AiProvider {

    /** The provider id stored with each configured endpoint. */
    public static final String ID = "gemini";

    private final Logger logger;

    /**
     * Creates the provider; the plugin host calls this.
     *
     * @param context the plugin's context, for its logger
     */
    public GeminiProvider(PluginContext context) {
        this(context.logger());
    }

    GeminiProvider(Logger logger) {
        this.logger = logger;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Google Gemini";
    }

    @Override
    public List<ConfigOption> configOptions() {
        return GeminiConfig.OPTIONS;
    }

    @Override
    public AiConnection connect(AiProviderSettings settings) {
        return new GeminiConnection(GeminiConfig.from(settings), logger);
    }
}
