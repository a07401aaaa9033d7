package com.gridvault.ai.openai;

import com.gridvault.plugin.api.PluginContext;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProvider;
import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.api.config.ConfigOption;
import java.lang.System.Logger;
import java.util.List;
import org.pf4j.Extension;

/**
 * The provider for every server that speaks the OpenAI Chat Completions format: OpenAI, Azure
 * OpenAI, vLLM, Ollama ({@code /v1}) and the llama.cpp server. Stateless; each endpoint's state
 * lives in its {@link OpenAiConnection}.
 */
@Extension
public class OpenAiCompatibleProvider implements AiProvider {

    /** The provider id stored with each configured endpoint. */
    public static final String ID = "openai-compatible";

    private final Logger logger;

    /**
     * Creates the provider; the plugin host calls this.
     *
     * @param context the plugin's context, for its logger
     */
    public OpenAiCompatibleProvider(PluginContext context) {
        this(context.logger());
    }

    OpenAiCompatibleProvider(Logger logger) {
        this.logger = logger;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "OpenAI-compatible (OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp)";
    }

    @Override
    public List<ConfigOption> configOptions() {
        return EndpointConfig.OPTIONS;
    }

    @Override
    public AiConnection connect(AiProviderSettings settings) {
        return new OpenAiConnection(EndpointConfig.from(settings), logger);
    }
}
