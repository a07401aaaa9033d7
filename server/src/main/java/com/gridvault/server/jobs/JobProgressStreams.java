package com.gridvault.server.jobs;

import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Streams a job's changes as Server-Sent Events: the current state at once, then an event per
 * change ({@code progress}), and a final {@code done} event when the job ends, after which the
 * stream closes. Local changes arrive immediately; changes made on other nodes are found by
 * re-reading the job every {@link #RECHECK}. At most {@link #MAX_STREAMS} streams are open at once.
 */
@ApplicationScoped
public class JobProgressStreams {

    /** Concurrent progress streams per node. */
    public static final int MAX_STREAMS = 256;

    /** How often a stream re-reads its job when nothing was published locally. */
    static final Duration RECHECK = Duration.ofSeconds(1);

    /** The longest a stream stays open. */
    static final Duration MAX_DURATION = Duration.ofHours(2);

    private static final Logger LOG = System.getLogger(JobProgressStreams.class.getName());

    private static final Jsonb JSON = JsonbBuilder.create();

    private final Semaphore open = new Semaphore(MAX_STREAMS);

    @Resource
    ManagedExecutorService executor;

    @Inject
    JobService jobs;

    @Inject
    JobEvents events;

    /** Starts streaming; returns at once, the stream runs on a managed thread. */
    public void open(String jobId, SseEventSink sink, Sse sse) {
        if (!open.tryAcquire()) {
            throw new ApiException(
                    ProblemType.UNAVAILABLE,
                    "Too many progress streams are open (" + MAX_STREAMS + "); poll GET /api/v1/jobs/" + jobId
                            + " instead");
        }
        try {
            executor.execute(() -> {
                try {
                    stream(jobId, sink, sse);
                } finally {
                    open.release();
                }
            });
        } catch (RuntimeException e) {
            open.release();
            throw e;
        }
    }

    private void stream(String jobId, SseEventSink sink, Sse sse) {
        BlockingQueue<Job> wake = new LinkedBlockingQueue<>();
        long deadline = System.nanoTime() + MAX_DURATION.toNanos();
        try (sink;
                AutoCloseable subscription = events.subscribe(jobId, wake::offer)) {
            Job last = null;
            while (!sink.isClosed() && System.nanoTime() < deadline) {
                Optional<Job> current = jobs.current(jobId);
                if (current.isEmpty()) {
                    send(sink, sse, "deleted", null, jobId);
                    return;
                }
                Job job = current.get();
                if (!job.equals(last)) {
                    boolean done = job.status().isFinal();
                    send(sink, sse, done ? "done" : "progress", job, jobId);
                    if (done) {
                        return;
                    }
                    last = job;
                }
                wake.poll(RECHECK.toMillis(), TimeUnit.MILLISECONDS);
                wake.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Progress stream of job {0} ended early: {1}", jobId, e.toString());
        }
    }

    private static void send(SseEventSink sink, Sse sse, String name, Job job, String jobId) throws Exception {
        String json = job == null ? "{}" : JSON.toJson(JobView.of(job));
        var builder = sse.newEventBuilder()
                .name(name)
                .id(jobId)
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, json);
        sink.send(builder.build()).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
