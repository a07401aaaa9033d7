package com.gridvault.server.health;

import com.gridvault.server.persistence.MigrationReport;
import com.gridvault.server.startup.StartupState;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the schema is migrated; says plainly when H2 (evaluation) is in use. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = "jdbc/gridvault")
    DataSource dataSource;

    @Inject
    StartupState state;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        MigrationReport migration = state.migration();
        if (migration == null) {
            return response.down().withData("reason", "schema not migrated yet").build();
        }
        response.withData("vendor", migration.vendor().name())
                .withData("version", migration.productVersion())
                .withData("schemaVersion", String.valueOf(migration.schemaVersion()));
        if (migration.vendor().evaluationOnly()) {
            response.withData("mode", "evaluation")
                    .withData(
                            "warning",
                            "Embedded H2 database: evaluation only. Production needs PostgreSQL (set GRIDVAULT_DB_URL).");
        } else {
            response.withData("mode", "production");
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2)
                    ? response.up().build()
                    : response.down().withData("reason", "connection invalid").build();
        } catch (SQLException e) {
            return response.down()
                    .withData("reason", "cannot connect: " + e.getMessage())
                    .build();
        }
    }
}
