package com.gridvault.plugin.api.ai;

import com.gridvault.plugin.api.config.ConfigOption;
import com.gridvault.plugin.api.config.Configurable;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * A type of AI model provider, such as "any OpenAI-compatible server" or "Anthropic".
 *
 * <p>The provider is a factory: the host lists each provider's {@link #id()} and {@link
 * #configOptions()} so the admin console can render a form, stores what the operator enters (secret
 * options through the secret service), and calls {@link #connect} once per configured endpoint.
 * Implementations are stateless and thread-safe; all per-endpoint state lives in the connection.
 */
public interface AiProvider extends ExtensionPoint, Configurable {

    /**
     * Returns the provider type's stable id, stored with every configured endpoint, for example
     * {@code openai-compatible}. Lower-case words joined by dashes; never changes between versions.
     *
     * @return the id
     */
    String id();

    /**
     * Returns a short human-readable name for the admin console, for example {@code
     * OpenAI-compatible (OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp)}.
     *
     * @return the display name
     */
    String displayName();

    /**
     * Describes the settings of one endpoint of this provider type: base URL, API key (a secret
     * option), model or deployment, timeouts and so on.
     *
     * @return the setting descriptions, in form order
     */
    @Override
    List<ConfigOption> configOptions();

    /**
     * Opens a connection to one configured endpoint. Opening is cheap and does no network I/O;
     * use {@link AiConnection#health()} to check reachability.
     *
     * @param settings the endpoint's setting values and secret values, keyed by {@link
     *     ConfigOption#name()}
     * @return a thread-safe connection; close it when the endpoint is removed or reconfigured
     * @throws com.gridvault.plugin.api.validation.InvalidInputException naming every invalid setting
     */
    AiConnection connect(AiProviderSettings settings);
}
