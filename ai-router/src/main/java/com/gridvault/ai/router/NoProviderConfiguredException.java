package com.gridvault.ai.router;

import java.util.List;

/**
 * The organization has no usable AI endpoint for a task: no routing policy, an empty chain, or no
 * endpoint of the chain exists any more. The message tells an administrator what to configure; the
 * server answers 503.
 */
public final class NoProviderConfiguredException extends AiRouterException {

    private static final long serialVersionUID = 1L;

    private final String orgId;
    private final TaskKind kind;

    private NoProviderConfiguredException(String orgId, TaskKind kind, String message) {
        super(message, null);
        this.orgId = orgId;
        this.kind = kind;
    }

    static NoProviderConfiguredException noPolicy(String orgId, TaskKind kind) {
        return new NoProviderConfiguredException(
                orgId,
                kind,
                "No AI provider is configured for " + kind + " tasks of organization '" + orgId + "'. "
                        + HOW_TO_CONFIGURE);
    }

    static NoProviderConfiguredException noConnection(String orgId, TaskKind kind, List<String> missingConfigIds) {
        return new NoProviderConfiguredException(
                orgId,
                kind,
                "None of the AI endpoints " + missingConfigIds + " that organization '" + orgId + "' routes " + kind
                        + " tasks to exists or is enabled. " + HOW_TO_CONFIGURE);
    }

    private static final String HOW_TO_CONFIGURE = "An organization administrator can add an AI endpoint (an"
            + " OpenAI-compatible server such as vLLM or Ollama, Azure OpenAI, Anthropic or Gemini) with its URL"
            + " and API key, and a routing policy for this task kind whose chain names that endpoint.";

    /**
     * Returns the organization.
     *
     * @return the organization id
     */
    public String orgId() {
        return orgId;
    }

    /**
     * Returns the task kind that has no provider.
     *
     * @return the task kind
     */
    public TaskKind kind() {
        return kind;
    }
}
