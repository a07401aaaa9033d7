package com.gridvault.server.config;

import com.gridvault.plugin.api.model.ModelLimits;
import java.nio.file.Path;

/**
 * The validated configuration the core needs, read once at start.
 *
 * @param home the appliance folder ({@code GRIDVAULT_HOME})
 * @param dataDirectory where state lives ({@code gridvault.data.dir}, default {@code home/data})
 * @param pluginsDirectory where plugin archives live ({@code gridvault.plugins.dir}, default {@code home/plugins})
 * @param maxBodyBytes the largest request body accepted by ordinary endpoints
 * @param maxPluginArchiveBytes the largest plugin archive accepted for upload
 * @param logFormat the console log format: simple (human-readable) or json
 * @param failFast whether a failed start stops the process instead of leaving it up but unready
 * @param modelLimits ceilings every financial model enforces on its input
 * @param maxSynchronousModelWork the largest estimated work a model may do inside one HTTP request
 * @param accessTokenLifetime how long a signed access token stays valid
 * @param loginPolicy failed sign-ins that lock an account or address, and for how long
 */
public record ApplianceSettings(
        Path home,
        Path dataDirectory,
        Path pluginsDirectory,
        long maxBodyBytes,
        long maxPluginArchiveBytes,
        String logFormat,
        boolean failFast,
        ModelLimits modelLimits,
        long maxSynchronousModelWork,
        java.time.Duration accessTokenLifetime,
        com.gridvault.server.auth.throttle.LoginThrottle.Policy loginPolicy) {

    /** Path of the file holding the generated password of the bootstrap administrator. */
    public Path initialAdminPasswordFile() {
        return dataDirectory.resolve("initial-admin-password");
    }

    /** Scratch space for uploads in progress, on the same file system as the data. */
    public Path temporaryDirectory() {
        return dataDirectory.resolve("tmp");
    }
}
