package com.gridvault.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.pf4j.Plugin;

/**
 * The embedded Lucene search plugin. Its {@link LuceneSearchBackend} opens the index on first use;
 * stopping the plugin commits and closes it, releasing the index folder's write lock.
 */
public class LuceneSearchPlugin extends Plugin {

    /** Creates the plugin; PF4J calls this. */
    public LuceneSearchPlugin() {}

    @Override
    public void stop() {
        IOException failure = OpenIndexes.closeAll();
        if (failure != null) {
            throw new UncheckedIOException("Closing the Lucene index failed", failure);
        }
    }
}
