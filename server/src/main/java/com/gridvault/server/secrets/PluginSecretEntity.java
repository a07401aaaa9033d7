package com.gridvault.server.secrets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** An encrypted plugin secret. Fields change only through this class's methods (woven change tracking). */
@Entity
@Table(name = "plugin_secret")
@IdClass(PluginSecretEntity.Key.class)
public class PluginSecretEntity {

    @Id
    @Column(name = "plugin_id")
    String pluginId;

    @Id
    String name;

    @Column(nullable = false)
    String ciphertext;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    protected PluginSecretEntity() {}

    PluginSecretEntity(String pluginId, String name, String ciphertext, OffsetDateTime updatedAt) {
        this.pluginId = pluginId;
        this.name = name;
        this.ciphertext = ciphertext;
        this.updatedAt = updatedAt;
    }

    void replace(String newCiphertext, OffsetDateTime when) {
        this.ciphertext = newCiphertext;
        this.updatedAt = when;
    }

    /** Composite key. */
    public record Key(String pluginId, String name) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
