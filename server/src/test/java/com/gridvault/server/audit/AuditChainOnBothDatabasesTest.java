package com.gridvault.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.server.persistence.DatabaseVendor;
import com.gridvault.server.persistence.SchemaMigrator;
import com.gridvault.server.persistence.Transactions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit chain on embedded H2 (as the appliance configures it) and a real PostgreSQL: appends,
 * verification, tampering through plain JDBC, concurrent appends and isolation between chains.
 */
class AuditChainOnBothDatabasesTest {

    private static final String INJECTION = "robert'); DROP TABLE audit_entry;--";
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
    void anAppendedChainVerifiesAndFilters(DatabaseVendor vendor, DataSource dataSource) {
        withLog(dataSource, (log, repository) -> {
            String org = UUID.randomUUID().toString();
            log.record(AuditEvent.of(org, "auth.login", Outcome.SUCCESS).withActor("u-1", "alice"));
            log.record(AuditEvent.of(org, "auth.login", Outcome.FAILURE)
                    .withActor(null, INJECTION)
                    .withIp("203.0.113.9"));
            log.record(AuditEvent.of(org, "workspace.created", Outcome.SUCCESS)
                    .withActor("u-1", "alice")
                    .withTarget("workspace", "w-1")
                    .withDetail("name", "desk \"one\",\nline2 " + INJECTION));
            log.record(AuditEvent.of(org, "auth_x.login", Outcome.DENIED).withActor("u-2", "bob"));
            AuditEntry last = log.record(AuditEvent.of(org, "member.removed", Outcome.SUCCESS)
                            .withActor("u-1", "alice")
                            .withTarget("user", "u-2"))
                    .orElseThrow();

            assertThat(last.seq()).isEqualTo(5);
            assertThat(verify(repository, org)).isEqualTo(new ChainVerification(true, 5, null, null, 5, last.hash()));

            List<AuditEntry> all = repository.list(org, AuditQuery.ALL, null, 50);
            assertThat(all).extracting(AuditEntry::seq).containsExactly(5L, 4L, 3L, 2L, 1L);
            assertThat(all.get(4).prevHash()).isEqualTo(AuditEntry.GENESIS);
            for (int i = 0; i < 4; i++) {
                assertThat(all.get(i).prevHash()).isEqualTo(all.get(i + 1).hash());
            }
            assertThat(all.get(3).actorName()).as("stored literally").isEqualTo(INJECTION);
            assertThat(all.get(3).ip()).isEqualTo("203.0.113.9");
            assertThat(all.get(2).details()).isEqualTo("{\"name\":\"desk \\\"one\\\",\\nline2 " + INJECTION + "\"}");

            assertThat(repository.list(org, new AuditQuery("auth.login", null, null, null, null), null, 50))
                    .extracting(AuditEntry::seq)
                    .containsExactly(2L, 1L);
            assertThat(repository.list(org, new AuditQuery("auth.*", null, null, null, null), null, 50))
                    .as("'_' of auth_x is no LIKE wildcard")
                    .extracting(AuditEntry::seq)
                    .containsExactly(2L, 1L);
            assertThat(repository.list(org, new AuditQuery(null, "alice", null, null, null), null, 50))
                    .extracting(AuditEntry::seq)
                    .containsExactly(5L, 3L, 1L);
            assertThat(repository.list(org, new AuditQuery(null, "u-2", Outcome.DENIED, null, null), null, 50))
                    .extracting(AuditEntry::seq)
                    .containsExactly(4L);
            assertThat(repository.list(
                            org,
                            new AuditQuery(null, null, null, null, all.get(2).occurredAt()),
                            null,
                            50))
                    .allMatch(e -> e.occurredAt().isBefore(all.get(2).occurredAt()));
            assertThat(repository.list(
                            org, new AuditQuery(null, null, null, Instant.now().plusSeconds(60), null), null, 50))
                    .isEmpty();
            assertThat(repository.list(org, AuditQuery.ALL, 4L, 2))
                    .as("cursor: older than seq 4")
                    .extracting(AuditEntry::seq)
                    .containsExactly(3L, 2L);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tamperingIsReportedAtTheFirstBrokenSeq(DatabaseVendor vendor, DataSource dataSource) {
        withLog(dataSource, (log, repository) -> {
            String altered = chainOfFive(log);
            jdbc(dataSource, "update audit_entry set action = 'auth.logout' where chain_id = ? and seq = 3", altered);
            assertThat(verify(repository, altered))
                    .extracting(
                            ChainVerification::valid,
                            ChainVerification::firstBrokenSeq,
                            ChainVerification::entriesChecked)
                    .containsExactly(false, 3L, 2L);
            assertThat(verify(repository, altered).reason()).contains("altered");

            String deleted = chainOfFive(log);
            jdbc(dataSource, "delete from audit_entry where chain_id = ? and seq = 3", deleted);
            assertThat(verify(repository, deleted))
                    .extracting(ChainVerification::valid, ChainVerification::firstBrokenSeq)
                    .containsExactly(false, 3L);
            assertThat(verify(repository, deleted).reason()).contains("missing");

            String firstDeleted = chainOfFive(log);
            jdbc(dataSource, "delete from audit_entry where chain_id = ? and seq = 1", firstDeleted);
            assertThat(verify(repository, firstDeleted).firstBrokenSeq()).isEqualTo(1L);

            String reordered = chainOfFive(log);
            jdbc(dataSource, "update audit_entry set seq = 100 where chain_id = ? and seq = 2", reordered);
            jdbc(dataSource, "update audit_entry set seq = 2 where chain_id = ? and seq = 4", reordered);
            jdbc(dataSource, "update audit_entry set seq = 4 where chain_id = ? and seq = 100", reordered);
            assertThat(verify(repository, reordered))
                    .extracting(ChainVerification::valid, ChainVerification::firstBrokenSeq)
                    .containsExactly(false, 2L);

            String rehashed = chainOfFive(log);
            AuditEntry third = repository.list(rehashed, AuditQuery.ALL, 4L, 1).get(0);
            AuditEntry forged = new AuditEntry(
                    third.id(),
                    third.orgId(),
                    third.seq(),
                    third.occurredAt(),
                    third.actorUserId(),
                    "mallory",
                    third.action(),
                    third.targetType(),
                    third.targetId(),
                    third.outcome(),
                    third.ip(),
                    third.requestId(),
                    third.details(),
                    third.prevHash(),
                    null);
            jdbc(
                    dataSource,
                    "update audit_entry set actor_name = 'mallory', hash = '" + forged.computeHash()
                            + "' where chain_id = ? and seq = 3",
                    rehashed);
            assertThat(verify(repository, rehashed))
                    .as("a recomputed hash breaks the next link")
                    .extracting(ChainVerification::valid, ChainVerification::firstBrokenSeq)
                    .containsExactly(false, 4L);

            String truncatedTail = chainOfFive(log);
            jdbc(dataSource, "delete from audit_entry where chain_id = ? and seq = 5", truncatedTail);
            assertThat(verify(repository, truncatedTail))
                    .as("only an anchored head detects a cut tail")
                    .extracting(ChainVerification::valid, ChainVerification::lastSeq)
                    .containsExactly(true, 4L);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentAppendsNeverForkTheChain(DatabaseVendor vendor, DataSource dataSource) throws Exception {
        withLog(dataSource, (log, repository) -> {
            String org = UUID.randomUUID().toString();
            int threads = 8;
            int perThread = 15;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Callable<List<AuditEntry>>> work = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String actor = "thread-" + t;
                    work.add(() -> {
                        List<AuditEntry> mine = new ArrayList<>();
                        for (int i = 0; i < perThread; i++) {
                            mine.add(log.record(AuditEvent.of(org, "load.append", Outcome.SUCCESS)
                                            .withActor(null, actor))
                                    .orElseThrow(() -> new AssertionError("an append was lost")));
                        }
                        return mine;
                    });
                }
                List<Long> seqs = new ArrayList<>();
                for (Future<List<AuditEntry>> result : pool.invokeAll(work)) {
                    result.get().forEach(e -> seqs.add(e.seq()));
                }
                assertThat(seqs)
                        .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, threads * perThread)
                                .boxed()
                                .toList());
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                pool.shutdownNow();
            }
            assertThat(verify(repository, org))
                    .extracting(ChainVerification::valid, ChainVerification::entriesChecked)
                    .containsExactly(true, (long) threads * perThread);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void oneChainsEntriesAreInvisibleThroughAnother(DatabaseVendor vendor, DataSource dataSource) {
        withLog(dataSource, (log, repository) -> {
            String orgA = UUID.randomUUID().toString();
            String orgB = UUID.randomUUID().toString();
            log.record(AuditEvent.of(orgA, "org.updated", Outcome.SUCCESS).withTarget("organization", orgA));
            log.record(AuditEvent.of(orgA, "org.updated", Outcome.SUCCESS).withTarget("organization", orgA));
            log.record(AuditEvent.of(orgB, "org.updated", Outcome.SUCCESS).withTarget("organization", orgB));
            AuditEntry appliance = log.record(AuditEvent.of(null, "plugin.installed", Outcome.SUCCESS)
                            .withTarget("plugin", "models-quant"))
                    .orElseThrow();

            assertThat(repository.list(orgB, AuditQuery.ALL, null, 50))
                    .extracting(AuditEntry::orgId)
                    .containsExactly(orgB);
            assertThat(repository.list(orgB, new AuditQuery(null, null, null, null, null), null, 50))
                    .extracting(AuditEntry::targetId)
                    .doesNotContain(orgA, "models-quant");
            assertThat(repository.chain(orgA, 0, 50)).hasSize(2);
            assertThat(appliance.seq())
                    .as("appliance events form their own chain")
                    .isEqualTo(1);
            assertThat(appliance.orgId()).isNull();
            assertThat(repository.list(AuditEntry.APPLIANCE_CHAIN, AuditQuery.ALL, null, 50))
                    .extracting(AuditEntry::action)
                    .containsExactly("plugin.installed");
            assertThat(verify(repository, orgA).valid()).isTrue();
            assertThat(verify(repository, orgB).entriesChecked()).isEqualTo(1);
        });
        EntityManagerFactory emf = entityManagerFactory(dataSource);
        EntityManager unscoped = emf.createEntityManager();
        try {
            assertThatThrownBy(() -> unscoped.createQuery("select e from AuditEntryEntity e", AuditEntryEntity.class)
                            .getResultList())
                    .as("a query without a chain fails instead of returning every tenant's entries")
                    .isInstanceOf(RuntimeException.class);
        } finally {
            unscoped.close();
            emf.close();
        }
    }

    private static String chainOfFive(AuditLog log) {
        String org = UUID.randomUUID().toString();
        for (int i = 1; i <= 5; i++) {
            log.record(AuditEvent.of(org, "auth.login", Outcome.SUCCESS)
                    .withActor("u-" + i, "user " + i)
                    .withDetail("n", Integer.toString(i)));
        }
        return org;
    }

    private static ChainVerification verify(AuditRepository repository, String org) {
        return new ChainVerifier(2).verify(repository, org);
    }

    private static void jdbc(DataSource dataSource, String sql, String chainId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, chainId);
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    interface LogTest {
        void run(AuditLog log, AuditRepository repository) throws Exception;
    }

    private static void withLog(DataSource dataSource, LogTest test) {
        SchemaMigrator.migrate(dataSource, AuditChainOnBothDatabasesTest.class.getClassLoader());
        EntityManagerFactory emf = entityManagerFactory(dataSource);
        try {
            AuditRepository repository = new TransactionPerCall(emf);
            AuditLog log = new AuditLog();
            log.entries = repository;
            test.run(log, repository);
        } catch (Exception e) {
            throw new AssertionError(e);
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

    /** What the container's {@code @Transactional} does: each call in a fresh entity manager and transaction. */
    private record TransactionPerCall(EntityManagerFactory emf) implements AuditRepository {

        @Override
        public AuditEntry append(AuditEntry.Draft draft) {
            return inTransaction(r -> r.append(draft));
        }

        @Override
        public List<AuditEntry> list(String chainId, AuditQuery query, Long beforeSeq, int limit) {
            return inTransaction(r -> r.list(chainId, query, beforeSeq, limit));
        }

        @Override
        public List<AuditEntry> chain(String chainId, long afterSeq, int limit) {
            return inTransaction(r -> r.chain(chainId, afterSeq, limit));
        }

        private <T> T inTransaction(Function<JpaAuditRepository, T> work) {
            return Transactions.call(emf, em -> {
                JpaAuditRepository repository = new JpaAuditRepository();
                repository.em = em;
                return work.apply(repository);
            });
        }
    }
}
