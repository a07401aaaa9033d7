package com.gridvault.plugin.api;

import java.util.Optional;

/**
 * Read access to the secrets stored for one plugin.
 *
 * <p>Secrets are encrypted at rest by the host and decrypted only when asked for. A plugin should
 * read a secret when it needs it rather than keep it in a field, so that rotation by the operator
 * takes effect without restarting the plugin.
 */
public interface SecretAccessor {

    /**
     * Returns the secret stored under {@code name} for this plugin.
     *
     * @param name the secret's name, as described by a secret {@link
     *     com.gridvault.plugin.api.config.ConfigOption}
     * @return the secret value, or empty when none is stored
     */
    Optional<String> get(String name);
}
