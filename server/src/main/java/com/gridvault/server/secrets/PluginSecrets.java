package com.gridvault.server.secrets;

import com.gridvault.server.config.ApplianceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** Stores and reads plugins' secrets, encrypted at rest. */
@ApplicationScoped
@Transactional
public class PluginSecrets {

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    @Inject
    ApplianceSettings settings;

    @Inject
    Config config;

    private volatile SecretCipher cipher;

    public void put(String pluginId, String name, String value) {
        String sealed = cipher().encrypt(value, slot(pluginId, name));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        PluginSecretEntity existing = em.find(PluginSecretEntity.class, new PluginSecretEntity.Key(pluginId, name));
        if (existing == null) {
            em.persist(new PluginSecretEntity(pluginId, name, sealed, now));
        } else {
            existing.replace(sealed, now);
        }
    }

    public Optional<String> get(String pluginId, String name) {
        PluginSecretEntity row = em.find(PluginSecretEntity.class, new PluginSecretEntity.Key(pluginId, name));
        return row == null ? Optional.empty() : Optional.of(cipher().decrypt(row.ciphertext, slot(pluginId, name)));
    }

    public List<String> names(String pluginId) {
        return em.createQuery(
                        "select s.name from PluginSecretEntity s where s.pluginId = :p order by s.name", String.class)
                .setParameter("p", pluginId)
                .getResultList();
    }

    public boolean delete(String pluginId, String name) {
        PluginSecretEntity row = em.find(PluginSecretEntity.class, new PluginSecretEntity.Key(pluginId, name));
        if (row == null) {
            return false;
        }
        em.remove(row);
        return true;
    }

    private SecretCipher cipher() {
        SecretCipher current = cipher;
        if (current == null) {
            synchronized (this) {
                if (cipher == null) {
                    cipher = new SecretCipher(MasterKey.resolve(
                            config.getOptionalValue("gridvault.master-key", String.class),
                            settings.dataDirectory().resolve("keys/master.key")));
                }
                current = cipher;
            }
        }
        return current;
    }

    private static String slot(String pluginId, String name) {
        return "plugin:" + pluginId + ":" + name;
    }
}
