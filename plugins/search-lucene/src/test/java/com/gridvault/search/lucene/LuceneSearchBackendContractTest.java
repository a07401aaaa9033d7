package com.gridvault.search.lucene;

import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.testkit.search.SearchBackendContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The search backend contract against Lucene, each check on a fresh index folder. */
class LuceneSearchBackendContractTest extends SearchBackendContract {

    @TempDir
    Path dir;

    @Override
    protected SearchBackend newBackend() {
        try {
            return new LuceneSearchBackend(LuceneSettings.DEFAULTS, Files.createTempDirectory(dir, "backend"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> contract() {
        return checks().stream().map(c -> DynamicTest.dynamicTest(c.name(), c::run));
    }
}
