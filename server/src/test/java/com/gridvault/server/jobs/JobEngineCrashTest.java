package com.gridvault.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the node running a job: another node sharing the PostgreSQL database revives the job
 * once the dead node's heartbeat is stale, skips the stage that was completed and finishes it.
 */
class JobEngineCrashTest {

    @Test
    void aJobWhoseNodeWasKilledIsResumedElsewhereWithNothingLostAndNothingDoneTwice(@TempDir Path dir)
            throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            DataSource db = postgres.getPostgresDatabase();
            String org = JobDatabase.prepare(db);
            JobDatabase.execute(db, "create table crash_effect (job_id varchar(36), stage varchar(10))");
            JobEngine survivor = new JobEngine(
                    db,
                    List.of(new CrashJob(db, () -> {})),
                    JobDatabase.fastSettings("surviving-node", 3),
                    Executors.defaultThreadFactory(),
                    Clock.systemUTC(),
                    JobListener.NONE);
            Job job = survivor.submit(new NewJob(org, null, "crash.test", null, null));

            Path signal = dir.resolve("in-stage-two");
            Process doomed = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            CrashChild.class.getName(),
                            postgres.getJdbcUrl("postgres", "postgres"),
                            "postgres",
                            signal.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child.log").toFile())
                    .start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!Files.exists(signal) && System.nanoTime() < deadline && doomed.isAlive()) {
                    Thread.sleep(20);
                }
                assertThat(signal)
                        .as("the other node reached stage two; its log: %s", log(dir))
                        .exists();
            } finally {
                doomed.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up
                doomed.waitFor(10, TimeUnit.SECONDS);
            }
            Job killed = survivor.find(job.id()).orElseThrow();
            assertThat(killed.status()).isEqualTo(JobStatus.RUNNING);
            assertThat(killed.completedStages()).containsExactly("one");

            survivor.start();
            try {
                Job done =
                        JobEngineTest.await(survivor, job.id(), j -> j.status().isFinal());
                assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
                assertThat(done.attempts()).as("one attempt per node").isEqualTo(2);
                assertThat(effects(db, job.id())).containsExactlyInAnyOrder("one", "two");
            } finally {
                survivor.close();
            }
        }
    }

    private static List<String> effects(DataSource db, String jobId) throws Exception {
        List<String> stages = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select stage from crash_effect where job_id = '" + jobId + "'")) {
            while (rs.next()) {
                stages.add(rs.getString(1));
            }
        }
        return stages;
    }

    private static String log(Path dir) {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (Exception e) {
            return "(no log)";
        }
    }
}
