package com.gridvault.ai.router;

import java.time.Duration;

/**
 * Waits between retries. The real one sleeps the calling thread; tests pass one that records the
 * waits and returns at once.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps the calling thread. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /**
     * Waits.
     *
     * @param duration how long
     * @throws InterruptedException when the waiting thread is interrupted (the call was cancelled)
     */
    void sleep(Duration duration) throws InterruptedException;
}
