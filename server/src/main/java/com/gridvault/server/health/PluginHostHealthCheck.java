package com.gridvault.server.health;

import com.gridvault.host.plugins.PluginStatus;
import com.gridvault.server.plugins.PluginRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the plugin host runs; failed plugins are reported but do not make the appliance unready. */
@Readiness
@ApplicationScoped
public class PluginHostHealthCheck implements HealthCheck {

    @Inject
    PluginRuntime runtime;

    @Override
    public HealthCheckResponse call() {
        if (!runtime.started()) {
            var counts = runtime.countsByStatus();
            return HealthCheckResponse.named("plugins")
                    .down()
                    .withData("reason", "plugin host not started")
                    .build();
        }
        var counts = runtime.countsByStatus();
        return HealthCheckResponse.named("plugins")
                .up()
                .withData("started", counts.get(PluginStatus.STARTED))
                .withData("failed", counts.get(PluginStatus.FAILED))
                .withData("disabled", counts.get(PluginStatus.DISABLED))
                .build();
    }
}
