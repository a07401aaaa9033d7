package com.gridvault.server.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Runs durable jobs on db-scheduler over the appliance database. Every node sharing the database
 * runs an engine; db-scheduler makes sure one execution runs on one node at a time (optimistic
 * locking on {@code scheduled_tasks}), writes heartbeats while it runs, and revives the executions of
 * a node that died (kill -9, power loss) once their heartbeat is stale. The {@code job} table adds
 * what users see and what resuming needs: status, stage, progress, attempts, the failure reason and
 * the completed stages.
 *
 * <p>Plain Java (no CDI) so the same engine runs in the server and in crash tests that kill a JVM.
 */
public final class JobEngine implements AutoCloseable {

    /** The db-scheduler task name; its instance id is the job id. */
    static final String TASK = "gridvault-job";

    private static final Logger LOG = System.getLogger(JobEngine.class.getName());

    private final JdbcJobStore store;
    private final Map<String, JobHandler> handlers;
    private final JobEngineSettings settings;
    private final JobListener listener;
    private final Clock clock;
    private final Scheduler scheduler;

    /**
     * Creates a stopped engine.
     *
     * @param dataSource the appliance database (with the job and scheduled_tasks tables)
     * @param handlers one handler per job kind
     * @param settings threads, polling, heartbeats, retries
     * @param threads creates the worker and housekeeping threads (the server passes a managed one)
     * @param clock the time source
     * @param listener told about every change of a job on this node
     */
    public JobEngine(
            DataSource dataSource,
            Collection<? extends JobHandler> handlers,
            JobEngineSettings settings,
            ThreadFactory threads,
            Clock clock,
            JobListener listener) {
        this.store = new JdbcJobStore(dataSource, clock);
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(JobHandler::kind, Function.identity()));
        this.settings = settings;
        this.listener = listener;
        this.clock = clock;
        CustomTask<Void> task =
                Tasks.custom(TASK, Void.class).onDeadExecutionRevive().execute(this::execute);
        this.scheduler = Scheduler.create(dataSource, List.of(task))
                .schedulerName(new SchedulerName.Fixed(settings.nodeName()))
                .threads(settings.threads())
                .executorService(Executors.newFixedThreadPool(settings.threads(), threads))
                .dueExecutor(Executors.newSingleThreadExecutor(threads))
                .housekeeperExecutor(Executors.newScheduledThreadPool(2, threads))
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .enableImmediateExecution()
                .failureLogging(com.github.kagkarlsson.scheduler.logging.LogLevel.DEBUG, false)
                .build();
    }

    /** Starts polling for due jobs. */
    public void start() {
        scheduler.start();
    }

    /** Stops taking jobs and waits briefly for running ones; unfinished ones are revived later. */
    @Override
    public void close() {
        scheduler.stop();
    }

    /** The kinds this engine can run. */
    public Set<String> kinds() {
        return handlers.keySet();
    }

    /**
     * Persists a job and schedules it now. Inside a JTA transaction both rows join it, so the job
     * exists exactly when the caller's own changes are committed.
     */
    public Job submit(NewJob request) {
        if (!handlers.containsKey(request.kind())) {
            throw new IllegalArgumentException("No handler for job kind " + request.kind());
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Job job = new Job(
                UUID.randomUUID().toString(),
                request.orgId(),
                request.workspaceId(),
                request.kind(),
                request.targetId(),
                JobStatus.QUEUED,
                "queued",
                0,
                Set.of(),
                0,
                settings.maxAttempts(),
                null,
                false,
                request.createdBy(),
                now,
                now,
                null,
                null,
                null,
                request.payload());
        store.insert(job);
        scheduler.schedule(new TaskInstance<Void>(TASK, job.id()), clock.instant());
        listener.changed(job);
        return job;
    }

    /** The job with this id, whichever organization owns it (callers check the owner). */
    public Optional<Job> find(String id) {
        return store.find(id);
    }

    /**
     * Cancels a job: a queued one at once, a running one at its next progress report.
     *
     * @return the job afterwards, or empty when it does not exist
     */
    public Optional<Job> cancel(String id) {
        if (store.requestCancel(id)) {
            Job job = store.find(id).orElseThrow();
            if (job.status() == JobStatus.QUEUED) {
                TaskInstanceId execution = TaskInstanceId.of(TASK, id);
                boolean unscheduled = false;
                try {
                    if (scheduler
                            .getScheduledExecution(execution)
                            .filter(e -> !e.isPicked())
                            .isPresent()) {
                        scheduler.cancel(execution);
                        unscheduled = true;
                    }
                } catch (RuntimeException raced) {
                    LOG.log(Level.DEBUG, "Job {0} was picked while being cancelled", id);
                }
                if (unscheduled) {
                    store.cancelled(id);
                }
            }
        }
        return notify(id);
    }

    /**
     * Runs a FAILED or CANCELLED job again, skipping the stages it completed.
     *
     * @return the job afterwards (unchanged when it was not FAILED or CANCELLED), or empty
     */
    public Optional<Job> retry(String id) {
        if (store.requeue(id)) {
            try {
                scheduler.schedule(new TaskInstance<Void>(TASK, id), clock.instant());
            } catch (RuntimeException stillFinishing) {
                // its last execution has not been removed yet; finishing, it sees QUEUED and reschedules
                LOG.log(Level.DEBUG, "Job {0} is rescheduled by its finishing execution", id);
            }
        }
        return notify(id);
    }

    private Optional<Job> notify(String id) {
        Optional<Job> job = store.find(id);
        job.ifPresent(listener::changed);
        return job;
    }

    private CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext ignored) {
        String id = instance.getId();
        Outcome outcome = run(id);
        notify(id);
        return (complete, operations) -> {
            Instant retryAt = outcome.retryAt();
            if (retryAt == null
                    && store.find(id).map(j -> j.status() == JobStatus.QUEUED).orElse(false)) {
                retryAt = clock.instant(); // retried by a user while this execution was finishing
            }
            if (retryAt != null) {
                operations.reschedule(complete, retryAt);
            } else {
                operations.remove();
            }
        };
    }

    private record Outcome(Instant retryAt) {
        static final Outcome DONE = new Outcome(null);
    }

    private Outcome run(String id) {
        Optional<Job> found = store.find(id);
        if (found.isEmpty() || found.get().status().isFinal()) {
            return Outcome.DONE; // deleted with its organization, or finished by a racing node
        }
        Job job = found.get();
        if (job.cancelRequested()) {
            store.cancelled(id);
            return Outcome.DONE;
        }
        JobHandler handler = handlers.get(job.kind());
        if (handler == null) {
            store.fail(id, "This appliance cannot run jobs of kind '" + job.kind() + "'");
            return Outcome.DONE;
        }
        if (!store.start(id)) {
            return Outcome.DONE;
        }
        Job attempt = store.find(id).orElseThrow();
        listener.changed(attempt);
        try {
            handler.run(new Context(attempt));
            store.succeed(id);
            return Outcome.DONE;
        } catch (JobCancelledException e) {
            store.cancelled(id);
            return Outcome.DONE;
        } catch (PermanentJobFailure e) {
            store.fail(id, e.getMessage());
            return Outcome.DONE;
        } catch (Exception | LinkageError | StackOverflowError e) {
            String reason = reason(e);
            if (attempt.attempts() >= attempt.maxAttempts()) {
                LOG.log(Level.WARNING, "Job {0} ({1}) failed for good: {2}", id, job.kind(), reason);
                store.fail(id, reason + " (after " + attempt.attempts() + " attempts)");
                return Outcome.DONE;
            }
            Instant at = clock.instant().plus(settings.backoff(attempt.attempts()));
            LOG.log(Level.INFO, "Job {0} ({1}) failed, retrying at {2}: {3}", id, job.kind(), at, reason);
            store.queueRetry(id, reason, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            return new Outcome(at);
        }
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The handler's view of one attempt. */
    private final class Context implements JobContext {
        private final Job job;

        Context(Job job) {
            this.job = job;
        }

        @Override
        public Job job() {
            return job;
        }

        @Override
        public boolean completed(String stage) {
            return store.find(job.id())
                    .map(j -> j.completedStages().contains(stage))
                    .orElse(false);
        }

        @Override
        public void progress(String stage, int percent) {
            Optional<Job> now = store.progress(job.id(), stage, percent);
            now.ifPresent(listener::changed);
            if (now.map(Job::cancelRequested).orElse(true)) {
                throw new JobCancelledException();
            }
        }

        @Override
        public void complete(String stage) {
            store.complete(job.id(), stage);
        }

        @Override
        public boolean cancelRequested() {
            return store.cancelRequested(job.id());
        }

        @Override
        public void checkCancelled() {
            if (store.cancelRequested(job.id())) {
                throw new JobCancelledException();
            }
        }
    }
}
