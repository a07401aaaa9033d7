package com.gridvault.server.addin;

import com.gridvault.server.config.ConfigReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** Reads {@link AddinSettings} once; a bad value fails every add-in request with a message naming the key. */
@ApplicationScoped
public class AddinConfiguration {

    @Inject
    Config config;

    private volatile AddinSettings settings;

    /** The add-in's settings, read on first use. */
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
