package com.gridvault.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The indexes open in this plugin's class loader, one per folder (Lucene allows one writer per
 * folder), so that {@link LuceneSearchPlugin#stop()} can close them all.
 */
final class OpenIndexes {

    private static final Map<Path, LuceneIndex> OPEN = new ConcurrentHashMap<>();

    private OpenIndexes() {}

    /** Returns the open index of the folder, opening it on first use. */
    static LuceneIndex open(Path folder, LuceneSettings settings) throws IOException {
        Path key = folder.toAbsolutePath().normalize();
        try {
            return OPEN.computeIfAbsent(key, p -> {
                try {
                    return LuceneIndex.open(p, settings);
                } catch (IOException e) {
                    throw new OpenFailure(e);
                }
            });
        } catch (OpenFailure e) {
            throw e.io;
        }
    }

    /** Closes one index and forgets it. */
    static void close(LuceneIndex index) throws IOException {
        if (OPEN.remove(index.path(), index)) {
            index.close();
        }
    }

    /**
     * Closes every open index.
     *
     * @return the first failure, or null
     */
    static IOException closeAll() {
        IOException first = null;
        for (LuceneIndex index : new ArrayList<>(OPEN.values())) {
            try {
                close(index);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        return first;
    }

    private static final class OpenFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient IOException io;

        OpenFailure(IOException io) {
            super(io);
            this.io = io;
        }
    }
}
