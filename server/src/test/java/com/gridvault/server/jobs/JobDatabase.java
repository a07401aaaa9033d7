package com.gridvault.server.jobs;

import com.gridvault.server.persistence.SchemaMigrator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** A migrated database with one organization, for job engine tests. */
final class JobDatabase {

    private JobDatabase() {}

    static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return h2;
    }

    /** Migrates the schema and creates an organization; returns its id. */
    static String prepare(DataSource dataSource) {
        SchemaMigrator.migrate(dataSource, JobDatabase.class.getClassLoader());
        String orgId = UUID.randomUUID().toString();
        execute(
                dataSource,
                "insert into organization (id, name, plan, created_at, version) values (?, ?, 'FREE', ?, 1)",
                orgId,
                "Org " + orgId.substring(0, 8),
                OffsetDateTime.now());
        return orgId;
    }

    static void execute(DataSource dataSource, String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static JobEngineSettings fastSettings(String node, int maxAttempts) {
        return new JobEngineSettings(
                2,
                Duration.ofMillis(100),
                Duration.ofMillis(200),
                4,
                maxAttempts,
                Duration.ofMillis(50),
                Duration.ofMillis(200),
                node);
    }
}
