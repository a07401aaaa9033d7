package com.gridvault.server.secrets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Stores and reads plugins' secrets, encrypted at rest. */
@ApplicationScoped
@Transactional
public class PluginSecrets {

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    @Inject
    SecretSealer sealer;

    public void put(String pluginId, String name, String value) {
        String sealed = sealer.seal(value, slot(pluginId, name));
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
        return row == null ? Optional.empty() : Optional.of(sealer.open(row.ciphertext, slot(pluginId, name)));
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

    private static String slot(String pluginId, String name) {
        return "plugin:" + pluginId + ":" + name;
    }
}
