package com.gridvault.server.health;

import com.gridvault.server.startup.StartupState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the whole start sequence (configuration, migrations, administrator, plugins) completed. */
@Startup
@ApplicationScoped
public class StartupHealthCheck implements HealthCheck {

    @Inject
    StartupState state;

    @Override
    public HealthCheckResponse call() {
        if (state.isCompleted()) {
            return HealthCheckResponse.up("startup");
        }
        var response = HealthCheckResponse.named("startup").down();
        return state.failure() == null
                ? response.build()
                : response.withData("failure", state.failure()).build();
    }
}
