package com.gridvault.server.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema with Flyway. Plain Java so the persistence tests run the
 * exact same migrations against H2 and PostgreSQL outside the server.
 */
public final class SchemaMigrator {

    /** Where the migrations live on the class path. */
    public static final String LOCATION = "classpath:db/migration";

    private SchemaMigrator() {}

    /**
     * Migrates the schema.
     *
     * @param dataSource the database
     * @param classLoader the loader that sees {@code db/migration}
     * @return what was found and done
     */
    public static MigrationReport migrate(DataSource dataSource, ClassLoader classLoader) {
        DatabaseVendor vendor;
        String productVersion;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            vendor = DatabaseVendor.fromProductName(meta.getDatabaseProductName());
            productVersion = meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database: " + e.getMessage(), e);
        }
        MigrateResult result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(LOCATION)
                .validateMigrationNaming(true)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        return new MigrationReport(vendor, productVersion, version, result.migrationsExecuted);
    }
}
