package com.gridvault.server.storage;

import com.gridvault.blobstore.BlobStore;
import com.gridvault.blobstore.LocalDiskBlobStore;
import com.gridvault.blobstore.S3BlobStore;
import com.gridvault.blobstore.S3Settings;
import com.gridvault.server.config.ApplianceSettings;
import com.gridvault.server.config.InvalidConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/**
 * The appliance's blob store: local disk under {@code data/blobs} by default ({@code
 * gridvault.blobs.store=disk}), or an S3-compatible server ({@code gridvault.blobs.store=s3} with
 * {@code gridvault.blobs.s3.*}) when several nodes must share files.
 */
@ApplicationScoped
public class BlobStoreProducer {

    private static final Logger LOG = System.getLogger(BlobStoreProducer.class.getName());

    @Inject
    Config config;

    @Inject
    ApplianceSettings settings;

    @Produces
    @Singleton
    BlobStore blobStore() {
        String kind = value("gridvault.blobs.store", "disk");
        BlobStore store;
        try {
            store = switch (kind) {
                case "disk" ->
                    new LocalDiskBlobStore(Path.of(value(
                            "gridvault.blobs.dir",
                            settings.dataDirectory().resolve("blobs").toString())));
                case "s3" ->
                    new S3BlobStore(
                            new S3Settings(
                                    config.getOptionalValue("gridvault.blobs.s3.endpoint", String.class)
                                            .filter(v -> !v.isBlank())
                                            .map(URI::create)
                                            .orElse(null),
                                    value("gridvault.blobs.s3.region", "us-east-1"),
                                    required("gridvault.blobs.s3.bucket"),
                                    value("gridvault.blobs.s3.prefix", ""),
                                    value("gridvault.blobs.s3.access-key", null),
                                    value("gridvault.blobs.s3.secret-key", null),
                                    Boolean.parseBoolean(value("gridvault.blobs.s3.path-style", "true"))),
                            settings.temporaryDirectory());
                default ->
                    throw new InvalidConfigurationException("Configuration key 'gridvault.blobs.store'"
                            + " (environment variable GRIDVAULT_BLOBS_STORE) must be 'disk' or 's3', was '" + kind
                            + "'");
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("The blob store settings are invalid: " + e.getMessage());
        }
        LOG.log(Level.INFO, "Blob store: {0}", store.describe());
        return store;
    }

    void close(@Disposes BlobStore store) throws IOException {
        store.close();
    }

    private String value(String key, String defaultValue) {
        return config.getOptionalValue(key, String.class)
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .orElse(defaultValue);
    }

    private String required(String key) {
        String v = value(key, null);
        if (v == null) {
            throw new InvalidConfigurationException(
                    "Configuration key '" + key + "' is required when" + " gridvault.blobs.store is s3");
        }
        return v;
    }
}
