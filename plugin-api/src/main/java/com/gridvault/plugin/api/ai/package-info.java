/**
 * The {@link com.gridvault.plugin.api.ai.AiProvider} extension point: large-language-model
 * providers (OpenAI, Azure OpenAI, vLLM, Ollama, Anthropic, ...) that the appliance's router, chat
 * and RAG features call.
 *
 * <p>An {@link com.gridvault.plugin.api.ai.AiProvider} is a factory in the Keycloak style: it has an
 * id, describes its settings, and opens an {@link com.gridvault.plugin.api.ai.AiConnection} for one
 * configured endpoint. One organisation may configure several endpoints of the same provider type,
 * so settings and secret values are passed to {@link
 * com.gridvault.plugin.api.ai.AiProvider#connect} rather than read from the plugin's configuration.
 *
 * <p>Requests and results are immutable records. JSON Schemas (tool parameters, structured output)
 * and tool-call arguments travel as JSON text so that this package depends on no JSON library.
 * Every provider failure is an {@link com.gridvault.plugin.api.ai.AiProviderException} whose {@link
 * com.gridvault.plugin.api.ai.AiProviderException.Kind} lets a router decide generically whether to
 * retry, fall back to another endpoint or give up.
 */
package com.gridvault.plugin.api.ai;
