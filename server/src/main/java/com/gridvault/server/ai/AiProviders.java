package com.gridvault.server.ai;

import com.gridvault.ai.router.usage.ModelPrice;
import com.gridvault.host.plugins.PluginExtension;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProvider;
import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.api.config.ConfigOption;
import com.gridvault.plugin.api.validation.FieldErrors;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.plugins.ExtensionRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The organizations' AI endpoints: validates configurations against the provider plugin's own
 * options, keeps secret options sealed, and hands the router one open connection per
 * configuration (re-opened after the configuration changes).
 */
@ApplicationScoped
public class AiProviders {

    @Inject
    ExtensionRegistry registry;

    @Inject
    AiSettingsRepository settings;

    private final Map<String, Cached> connections = new ConcurrentHashMap<>();
    private final Map<String, ModelPrice> prices = new ConcurrentHashMap<>();

    private record Cached(String stamp, AiConnection connection) {}

    /** The provider types the installed plugins offer. */
    public List<AiProvider> types() {
        return registry.extensions(AiProvider.class).stream()
                .map(PluginExtension::extension)
                .toList();
    }

    /** Creates a configuration after checking it with the provider (nothing is stored if it fails). */
    public StoredProviderConfig create(
            String orgId,
            String name,
            String providerId,
            Map<String, String> given,
            BigDecimal inputPrice,
            BigDecimal outputPrice) {
        AiProvider provider = type(providerId)
                .orElseThrow(() -> new ApiException(
                        ProblemType.BAD_REQUEST,
                        "No AI provider '" + providerId + "' is installed; GET /api/v1/ai/provider-types lists them"));
        if (settings.configByName(orgId, name).isPresent()) {
            throw new ApiException(ProblemType.CONFLICT, "An AI provider named '" + name + "' already exists");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        FieldErrors errors = FieldErrors.create();
        Map<String, ConfigOption> options = new LinkedHashMap<>();
        provider.configOptions().forEach(o -> options.put(o.name(), o));
        given.forEach((key, value) -> {
            ConfigOption option = options.get(key);
            if (option == null) {
                errors.add("settings." + key, "is not a setting of " + providerId + "; known: " + options.keySet());
            } else if (value != null && !value.isBlank()) {
                (option.secret() ? secrets : values).put(key, value.strip());
            }
        });
        errors.throwIfAny();
        try (AiConnection probe = provider.connect(AiProviderSettings.of(values, secrets))) {
            // connecting validates the settings (URLs, durations, required values); no request is sent
        } catch (IllegalArgumentException e) {
            throw new ApiException(ProblemType.BAD_REQUEST, "The settings are not valid: " + e.getMessage());
        }
        return settings.create(orgId, name, providerId, values, secrets, inputPrice, outputPrice);
    }

    public boolean delete(String orgId, String configId) {
        Cached cached = connections.remove(key(orgId, configId));
        if (cached != null) {
            cached.connection().close();
        }
        return settings.deleteConfig(orgId, configId);
    }

    /** An open connection for a configuration, or empty when it (or its plugin) is gone. */
    public Optional<AiConnection> connection(String orgId, String configId) {
        Optional<StoredProviderConfig> config = settings.config(orgId, configId);
        if (config.isEmpty()) {
            return Optional.empty();
        }
        StoredProviderConfig c = config.get();
        if (c.inputPrice() != null && c.outputPrice() != null) {
            prices.put(configId, new ModelPrice(c.inputPrice(), c.outputPrice()));
        } else {
            prices.remove(configId);
        }
        String stamp = c.providerId() + "@" + c.updatedAt();
        Cached cached = connections.get(key(orgId, configId));
        if (cached != null && cached.stamp().equals(stamp)) {
            return Optional.of(cached.connection());
        }
        Optional<AiProvider> provider = type(c.providerId());
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        AiConnection opened = provider.get().connect(AiProviderSettings.of(c.values(), c.secrets()));
        Cached previous = connections.put(key(orgId, configId), new Cached(stamp, opened));
        if (previous != null) {
            previous.connection().close();
        }
        return Optional.of(opened);
    }

    /** The price of a configuration's tokens, known once it was connected. */
    public Optional<ModelPrice> price(String configId) {
        return Optional.ofNullable(prices.get(configId));
    }

    private Optional<AiProvider> type(String providerId) {
        return types().stream().filter(p -> p.id().equals(providerId)).findFirst();
    }

    private static String key(String orgId, String configId) {
        return orgId + "/" + configId;
    }

    @PreDestroy
    void closeAll() {
        connections.values().forEach(c -> c.connection().close());
        connections.clear();
    }
}
