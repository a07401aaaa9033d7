package com.gridvault.ai.router;

import com.gridvault.plugin.api.ai.ChatRequest;
import java.util.Objects;

/**
 * One step of a routing chain: a configured provider endpoint and the model to ask there.
 *
 * @param configId the id of the organization's configured endpoint, resolved by a {@link
 *     ConnectionSource}
 * @param model the model to request on that endpoint, or null to keep the request's model (or the
 *     endpoint's default when the request names none)
 */
public record ProviderRoute(String configId, String model) {

    /** Rejects a blank endpoint id; a blank model counts as none. */
    public ProviderRoute {
        Objects.requireNonNull(configId, "configId");
        if (configId.isBlank()) {
            throw new IllegalArgumentException("A route needs the id of a configured AI endpoint");
        }
        model = model == null || model.isBlank() ? null : model;
    }

    /**
     * Creates a route that keeps the request's model.
     *
     * @param configId the endpoint id
     * @return the route
     */
    public static ProviderRoute of(String configId) {
        return new ProviderRoute(configId, null);
    }

    /**
     * Creates a route to a model on an endpoint.
     *
     * @param configId the endpoint id
     * @param model the model
     * @return the route
     */
    public static ProviderRoute of(String configId, String model) {
        return new ProviderRoute(configId, model);
    }

    /**
     * Returns the request to send on this route: the same request, with this route's model when it
     * names one.
     *
     * @param request the caller's request
     * @return the request for this route
     */
    public ChatRequest apply(ChatRequest request) {
        if (model == null || model.equals(request.model())) {
            return request;
        }
        return new ChatRequest(
                model,
                request.messages(),
                request.temperature(),
                request.maxTokens(),
                request.tools(),
                request.responseFormat());
    }

    /** Shows endpoint and model, for logs and error messages. */
    @Override
    public String toString() {
        return model == null ? "'" + configId + "'" : "'" + configId + "' (" + model + ")";
    }
}
