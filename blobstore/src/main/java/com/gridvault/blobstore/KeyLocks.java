package com.gridvault.blobstore;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per blob (tenant and digest) while anyone uses it, so the check-then-store and delete
 * steps for one blob are serialized inside this JVM and concurrent puts of the same content report
 * {@code created} exactly once. Unrelated blobs never wait for each other, however long an upload.
 */
final class KeyLocks {
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** An action that may throw {@link IOException}. */
    interface Action<T> {
        T run() throws IOException;
    }

    <T> T withLock(String tenantId, String sha256, Action<T> action) throws IOException {
        String key = tenantId + "/" + sha256;
        Entry entry = entries.compute(key, (k, existing) -> {
            Entry e = existing == null ? new Entry() : existing;
            e.users++;
            return e;
        });
        entry.lock.lock();
        try {
            return action.run();
        } finally {
            entry.lock.unlock();
            entries.compute(key, (k, e) -> --e.users == 0 ? null : e);
        }
    }

    /** Entries currently held or waited for; for tests. */
    int size() {
        return entries.size();
    }

    // users is only read and written inside ConcurrentHashMap.compute for its key.
    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }
}
