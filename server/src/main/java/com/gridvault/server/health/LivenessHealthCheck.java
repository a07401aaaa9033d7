package com.gridvault.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has heap headroom; a supervisor restarts the appliance otherwise. */
@Liveness
@ApplicationScoped
public class LivenessHealthCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double usedFraction = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("jvm")
                .status(usedFraction < 0.95)
                .withData("heapUsedMiB", used >> 20)
                .withData("heapMaxMiB", runtime.maxMemory() >> 20)
                .build();
    }
}
