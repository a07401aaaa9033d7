package com.gridvault.server.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Fans job changes made on this node out to subscribers (progress streams). Subscribers on other
 * nodes learn about changes by re-reading the job table; this only makes local updates immediate.
 */
@ApplicationScoped
public class JobEvents {

    private final Map<String, Set<Consumer<Job>>> subscribers = new ConcurrentHashMap<>();
    private final Set<Consumer<Job>> all = new CopyOnWriteArraySet<>();

    /** Subscribes to every job's changes (the real-time hub). */
    public void subscribeAll(Consumer<Job> subscriber) {
        all.add(subscriber);
    }

    /** Subscribes to one job's changes; close the returned handle to stop. */
    public AutoCloseable subscribe(String jobId, Consumer<Job> subscriber) {
        subscribers.computeIfAbsent(jobId, id -> new CopyOnWriteArraySet<>()).add(subscriber);
        return () -> subscribers.computeIfPresent(jobId, (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    void publish(Job job) {
        for (Consumer<Job> subscriber : all) {
            try {
                subscriber.accept(job);
            } catch (RuntimeException e) {
                // the hub's problem, not the job's
            }
        }
        Set<Consumer<Job>> set = subscribers.get(job.id());
        if (set != null) {
            for (Consumer<Job> subscriber : set) {
                try {
                    subscriber.accept(job);
                } catch (RuntimeException e) {
                    // one broken subscriber must not stop the job or the others
                }
            }
        }
    }
}
