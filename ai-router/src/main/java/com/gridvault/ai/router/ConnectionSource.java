package com.gridvault.ai.router;

import com.gridvault.plugin.api.ai.AiConnection;
import java.util.Optional;

/**
 * Finds the open connection of an organization's configured AI endpoint. The server backs this
 * with the provider plugins and the secret store; the router never sees settings or API keys.
 *
 * <p>Implementations are thread-safe and cheap to call (they cache connections); the router does
 * not close the connections it is given.
 */
@FunctionalInterface
public interface ConnectionSource {

    /**
     * Returns the connection of one endpoint.
     *
     * @param orgId the organization
     * @param configId the endpoint id named by a {@link ProviderRoute}
     * @return the connection, or empty when the endpoint does not exist (any more) or is disabled
     */
    Optional<AiConnection> connection(String orgId, String configId);
}
