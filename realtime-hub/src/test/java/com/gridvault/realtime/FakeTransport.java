package com.gridvault.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link Transport} that records sends and either completes them at once (on the caller's
 * thread, like a fast socket) or holds them until {@link #completeNext()}.
 */
final class FakeTransport implements Transport {

    private final List<String> sent = new ArrayList<>();
    private final List<Consumer<Throwable>> pending = new ArrayList<>();
    private boolean hold;
    private int inFlight;
    private int maxInFlight;
    private int pings;
    private Integer closeCode;
    private String closeReason;
    private int closes;

    synchronized FakeTransport holding() {
        hold = true;
        return this;
    }

    @Override
    public void send(String text, Consumer<Throwable> done) {
        boolean inline;
        synchronized (this) {
            sent.add(text);
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            inline = !hold;
            if (!inline) {
                pending.add(done);
            }
        }
        if (inline) {
            synchronized (this) {
                inFlight--;
            }
            done.accept(null);
        }
    }

    /** Stops holding and completes the held sends; later sends complete inline. */
    void releaseAll() {
        synchronized (this) {
            hold = false;
        }
        while (pendingSends() > 0) {
            completeNext();
        }
    }

    /** Completes the oldest held send. */
    void completeNext() {
        complete(null);
    }

    /** Fails the oldest held send. */
    void failNext(Throwable failure) {
        complete(failure);
    }

    private void complete(Throwable failure) {
        Consumer<Throwable> done;
        synchronized (this) {
            done = pending.remove(0);
            inFlight--;
        }
        done.accept(failure);
    }

    @Override
    public synchronized void ping() {
        pings++;
    }

    @Override
    public synchronized void close(int code, String reason) {
        closes++;
        if (closeCode == null) {
            closeCode = code;
            closeReason = reason;
        }
    }

    synchronized List<String> sent() {
        return List.copyOf(sent);
    }

    synchronized int maxInFlight() {
        return maxInFlight;
    }

    synchronized int pings() {
        return pings;
    }

    synchronized Integer closeCode() {
        return closeCode;
    }

    synchronized String closeReason() {
        return closeReason;
    }

    synchronized int pendingSends() {
        return pending.size();
    }
}
