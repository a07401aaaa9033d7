package com.gridvault.server.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A second "appliance node" in its own JVM for {@link JobEngineCrashTest}: runs the crash job until
 * it has finished its first stage and started the second, says so through a file, and then hangs
 * until the test kills the process with SIGKILL.
 */
public final class CrashChild {

    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setURL(args[0]);
        db.setUser(args[1]);
        Path signal = Path.of(args[2]);
        JobEngine engine = new JobEngine(
                db,
                List.of(new CrashJob(db, () -> {
                    Files.writeString(signal, "in stage two");
                    Thread.sleep(Long.MAX_VALUE);
                })),
                JobDatabase.fastSettings("doomed-node", 3),
                Executors.defaultThreadFactory(),
                Clock.systemUTC(),
                JobListener.NONE);
        engine.start();
        Thread.sleep(Long.MAX_VALUE);
    }
}
