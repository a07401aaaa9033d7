package com.gridvault.server.addin;

import com.gridvault.server.config.ConfigReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * Produces {@link AddinSettings}, read once: {@code ApplianceStartup} asks for them at start, so a
 * bad value stops the start with a message naming the key and its environment variable, and the
 * servlets get the same instance.
 */
@ApplicationScoped
public class AddinConfiguration {

    @Produces
    @Singleton
    AddinSettings settings(Config config) {
        return AddinSettings.read(ConfigReader.of(config));
    }
}
