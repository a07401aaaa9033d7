package com.gridvault.server.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The server's {@link JobEngine}: started after the schema migrations, on Liberty-managed threads
 * (so handlers get the application's class loader, naming and transactions), with every {@link
 * JobHandler} bean registered. Changes are forwarded to {@link JobEvents} for progress streams.
 */
@ApplicationScoped
public class JobService {

    private static final Logger LOG = System.getLogger(JobService.class.getName());

    @Resource(lookup = "jdbc/gridvault")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Instance<JobHandler> handlers;

    @Inject
    JobEngineSettings settings;

    @Inject
    JobEvents events;

    private volatile JobEngine engine;

    /** Creates and starts the engine; called once by the startup sequence. */
    public synchronized void start() {
        if (engine != null) {
            return;
        }
        List<JobHandler> all = handlers.stream().toList();
        JobEngine created = new JobEngine(dataSource, all, settings, threads, Clock.systemUTC(), events::publish);
        created.start();
        engine = created;
        LOG.log(
                Level.INFO,
                "Job engine started on node {0} with {1} thread(s) for {2}",
                settings.nodeName(),
                settings.threads(),
                created.kinds());
    }

    @PreDestroy
    synchronized void stop() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    /** Submits a job; inside a transaction it is created only if the transaction commits. */
    public Job submit(NewJob job) {
        return engine().submit(job);
    }

    /** The current state of a job, read past any cache; callers have checked its organization. */
    public Optional<Job> current(String jobId) {
        return engine().find(jobId);
    }

    public Optional<Job> cancel(String jobId) {
        return engine().cancel(jobId);
    }

    public Optional<Job> retry(String jobId) {
        return engine().retry(jobId);
    }

    private JobEngine engine() {
        JobEngine current = engine;
        if (current == null) {
            throw new IllegalStateException("The job engine is not running yet");
        }
        return current;
    }
}
