package com.gridvault.server.config;

import com.gridvault.plugin.api.model.ModelLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * Reads and validates {@link ApplianceSettings} once; a bad value stops the start with a message
 * that names the key (see {@link InvalidConfigurationException}).
 */
@ApplicationScoped
public class ApplianceConfiguration {

    static final String HOME = "gridvault.home";

    @Inject
    Config config;

    private volatile ApplianceSettings settings;

    /** Returns the settings, reading and validating them on first use. */
    @Produces
    public ApplianceSettings settings() {
        ApplianceSettings current = settings;
        if (current == null) {
            current = read(ConfigReader.of(config));
            settings = current;
        }
        return current;
    }

    static ApplianceSettings read(ConfigReader reader) {
        String homeValue = reader.raw(HOME)
                .filter(v -> !v.startsWith("${"))
                .orElseThrow(() -> new InvalidConfigurationException("Configuration key '" + HOME
                        + "' (environment variable GRIDVAULT_HOME) is not set; it must name the appliance folder"));
        Path home = Path.of(homeValue).toAbsolutePath().normalize();
        Path data = reader.path("gridvault.data.dir", home.resolve("data"));
        return new ApplianceSettings(
                home,
                data,
                reader.path("gridvault.plugins.dir", home.resolve("plugins")),
                reader.positiveLong("gridvault.http.max-body-bytes", 2L << 20),
                reader.positiveLong("gridvault.plugins.max-archive-bytes", 256L << 20),
                reader.oneOf("gridvault.log.format", "simple", Set.of("simple", "json", "dev", "tbasic")),
                reader.bool("gridvault.startup.fail-fast", true),
                new ModelLimits(
                        reader.positiveInt("gridvault.models.max-bars", ModelLimits.DEFAULT.maxBars()),
                        reader.positiveInt("gridvault.models.max-grid-points", ModelLimits.DEFAULT.maxGridPoints()),
                        reader.positiveInt("gridvault.models.max-paths", ModelLimits.DEFAULT.maxPaths()),
                        reader.positiveInt("gridvault.models.max-time-steps", ModelLimits.DEFAULT.maxTimeSteps())),
                reader.positiveLong("gridvault.models.max-synchronous-work", 50_000_000L),
                reader.positiveDuration("gridvault.auth.access-token-ttl", java.time.Duration.ofMinutes(15)),
                new com.gridvault.server.auth.throttle.LoginThrottle.Policy(
                        reader.positiveInt("gridvault.auth.lockout.max-failures-per-account", 5),
                        reader.positiveInt("gridvault.auth.lockout.max-failures-per-address", 20),
                        reader.positiveDuration("gridvault.auth.lockout.window", java.time.Duration.ofMinutes(15)),
                        reader.positiveDuration("gridvault.auth.lockout.duration", java.time.Duration.ofMinutes(15))));
    }
}
