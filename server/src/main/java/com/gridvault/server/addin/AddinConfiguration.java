package com.gridvault.server.addin;

import com.gridvault.server.config.ConfigReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Reads {@link AddinSettings} once. {@code ApplianceStartup} reads them at start, so a bad value
 * stops the start with a message naming the key and its environment variable.
 */
@ApplicationScoped
public class AddinConfiguration {

    @Inject
    Config config;

    private volatile AddinSettings settings;

    /** The add-in's settings, read and checked on first use (at start). */
    @Produces
    public AddinSettings settings() {
        AddinSettings current = settings;
        if (current == null) {
            current = AddinSettings.read(ConfigReader.of(config));
            settings = current;
        }
        return current;
    }
}
