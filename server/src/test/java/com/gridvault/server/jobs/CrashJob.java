package com.gridvault.server.jobs;

import javax.sql.DataSource;

/**
 * A two-stage job whose every stage leaves one row in {@code crash_effect}: after a crash and a
 * revival, exactly one row per stage proves nothing was lost and nothing done twice.
 */
final class CrashJob implements JobHandler {

    interface Pause {
        void inStageTwo() throws Exception;
    }

    private final DataSource db;
    private final Pause pause;

    CrashJob(DataSource db, Pause pause) {
        this.db = db;
        this.pause = pause;
    }

    @Override
    public String kind() {
        return "crash.test";
    }

    @Override
    public void run(JobContext context) throws Exception {
        String id = context.job().id();
        if (!context.completed("one")) {
            context.progress("one", 10);
            JobDatabase.execute(db, "insert into crash_effect (job_id, stage) values (?, 'one')", id);
            context.complete("one");
        }
        context.progress("two", 50);
        pause.inStageTwo();
        JobDatabase.execute(db, "insert into crash_effect (job_id, stage) values (?, 'two')", id);
        context.complete("two");
    }
}
