package com.gridvault.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The job engine on db-scheduler against H2 and a real PostgreSQL. */
class JobEngineTest {

    private static EmbeddedPostgres postgres;
    private final List<JobEngine> engines = new ArrayList<>();

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @AfterEach
    void stopEngines() {
        engines.forEach(JobEngine::close);
    }

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", JobDatabase.h2()), Arguments.of("PostgreSQL", freshPostgres()));
    }

    private static DataSource freshPostgres() {
        String name = "jobs_" + System.nanoTime();
        JobDatabase.execute(postgres.getPostgresDatabase(), "create database " + name);
        return postgres.getDatabase("postgres", name);
    }

    private JobEngine engine(DataSource db, int maxAttempts, List<Job> seen, JobHandler... handlers) {
        JobEngine engine = new JobEngine(
                db,
                List.of(handlers),
                JobDatabase.fastSettings("test-" + engines.size(), maxAttempts),
                Executors.defaultThreadFactory(),
                Clock.systemUTC(),
                seen::add);
        engines.add(engine);
        return engine;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aJobRunsItsStagesAndSucceeds(String name, DataSource db) throws Exception {
        String org = JobDatabase.prepare(db);
        List<Job> seen = Collections.synchronizedList(new ArrayList<>());
        JobHandler twoStages = handler("two.stages", ctx -> {
            ctx.progress("first", 10);
            ctx.complete("first");
            ctx.progress("second", 60);
            ctx.complete("second");
        });
        JobEngine engine = engine(db, 3, seen, twoStages);
        engine.start();

        Job job = engine.submit(new NewJob(org, null, "two.stages", "target-1", "user-1"));
        Job done = await(engine, job.id(), j -> j.status().isFinal());

        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.completedStages()).containsExactly("first", "second");
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.finishedAt()).isNotNull();
        assertThat(seen).extracting(Job::stage).contains("first", "second");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void failuresAreRetriedWithBackoffThenTheJobFailsWithTheReason(String name, DataSource db) throws Exception {
        String org = JobDatabase.prepare(db);
        AtomicInteger calls = new AtomicInteger();
        JobHandler flaky = handler("flaky", ctx -> {
            calls.incrementAndGet();
            throw new IllegalStateException("upstream said no");
        });
        JobEngine engine = engine(db, 3, new ArrayList<>(), flaky);
        engine.start();

        Job job = engine.submit(new NewJob(org, null, "flaky", null, null));
        Job done = await(engine, job.id(), j -> j.status().isFinal());

        assertThat(done.status()).isEqualTo(JobStatus.FAILED);
        assertThat(done.attempts()).isEqualTo(3);
        assertThat(calls).hasValue(3);
        assertThat(done.error()).isEqualTo("upstream said no (after 3 attempts)");
    }

    @Test
    void aFailureThatRetryingCannotFixFailsAtOnce() throws Exception {
        DataSource db = JobDatabase.h2();
        String org = JobDatabase.prepare(db);
        JobHandler corrupt = handler("corrupt", ctx -> {
            throw new PermanentJobFailure("The PDF is password-protected");
        });
        JobEngine engine = engine(db, 5, new ArrayList<>(), corrupt);
        engine.start();

        Job done = await(
                engine,
                engine.submit(new NewJob(org, null, "corrupt", null, null)).id(),
                j -> j.status().isFinal());

        assertThat(done.status()).isEqualTo(JobStatus.FAILED);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.error()).isEqualTo("The PDF is password-protected");
    }

    @Test
    void aRunningJobStopsAtItsNextProgressReportWhenCancelled() throws Exception {
        DataSource db = JobDatabase.h2();
        String org = JobDatabase.prepare(db);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicInteger stagesAfterCancel = new AtomicInteger();
        JobHandler slow = handler("slow", ctx -> {
            ctx.progress("one", 10);
            running.countDown();
            cancelled.await(10, TimeUnit.SECONDS);
            ctx.progress("two", 50);
            stagesAfterCancel.incrementAndGet();
        });
        JobEngine engine = engine(db, 3, new ArrayList<>(), slow);
        engine.start();
        Job job = engine.submit(new NewJob(org, null, "slow", null, null));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        engine.cancel(job.id());
        cancelled.countDown();
        Job done = await(engine, job.id(), j -> j.status().isFinal());

        assertThat(done.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(stagesAfterCancel).hasValue(0);
    }

    @Test
    void aQueuedJobCancelledBeforeAnyNodeRunsItNeverRuns() throws Exception {
        DataSource db = JobDatabase.h2();
        String org = JobDatabase.prepare(db);
        AtomicInteger calls = new AtomicInteger();
        JobHandler counted = handler("counted", ctx -> calls.incrementAndGet());
        JobEngine engine = engine(db, 3, new ArrayList<>(), counted);

        Job job = engine.submit(new NewJob(org, null, "counted", null, null));
        assertThat(engine.cancel(job.id()).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
        engine.start();
        Thread.sleep(300); // three polling intervals: nothing may pick it up

        assertThat(calls).hasValue(0);
        assertThat(engine.find(job.id()).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void retryingAFailedJobSkipsTheStagesItCompleted() throws Exception {
        DataSource db = JobDatabase.h2();
        String org = JobDatabase.prepare(db);
        AtomicInteger firstStageRuns = new AtomicInteger();
        AtomicInteger secondStageRuns = new AtomicInteger();
        JobHandler resumable = handler("resumable", ctx -> {
            if (!ctx.completed("first")) {
                firstStageRuns.incrementAndGet();
                ctx.complete("first");
            }
            if (secondStageRuns.incrementAndGet() == 1) {
                throw new PermanentJobFailure("the second stage broke");
            }
            ctx.complete("second");
        });
        JobEngine engine = engine(db, 1, new ArrayList<>(), resumable);
        engine.start();
        Job job = engine.submit(new NewJob(org, null, "resumable", null, null));
        assertThat(await(engine, job.id(), j -> j.status().isFinal()).status()).isEqualTo(JobStatus.FAILED);

        engine.retry(job.id());
        Job done = await(engine, job.id(), j -> j.status() == JobStatus.SUCCEEDED);

        assertThat(firstStageRuns).hasValue(1);
        assertThat(secondStageRuns).hasValue(2);
        assertThat(done.error()).isNull();
        assertThat(done.completedStages()).containsExactly("first", "second");
    }

    @Test
    void aJobOfAnUnknownKindCannotBeSubmitted() {
        DataSource db = JobDatabase.h2();
        JobDatabase.prepare(db);
        JobEngine engine = engine(db, 1, new ArrayList<>());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> engine.submit(new NewJob("org", null, "nobody.runs.this", null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nobody.runs.this");
    }

    static Job await(JobEngine engine, String id, Predicate<Job> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Job job = engine.find(id).orElseThrow();
        while (!condition.test(job) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            job = engine.find(id).orElseThrow();
        }
        return job;
    }

    interface Body {
        void run(JobContext context) throws Exception;
    }

    static JobHandler handler(String kind, Body body) {
        return new JobHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public void run(JobContext context) throws Exception {
                body.run(context);
            }
        };
    }
}
