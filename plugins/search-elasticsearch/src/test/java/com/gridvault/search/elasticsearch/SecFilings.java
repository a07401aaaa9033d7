package com.gridvault.search.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The three real SEC filings in {@code ../shared/testdata/sec-filings} next to the checkout, each with
 * the items its {@code expected-top-level-sections.json} lists.
 */
enum SecFilings {
    AAPL_10K("aapl-10k-2024", "10-K/AAPL/0000320193-24-000123"),
    NVDA_10K("nvda-10k-2024", "10-K/NVDA/0001045810-24-000029"),
    AAPL_10Q("aapl-10q-2023q2", "10-Q/AAPL/0000320193-23-000077");

    private static final String PROPERTY = "gridvault.secFilings";

    private final String documentId;
    private final String folder;

    SecFilings(String documentId, String folder) {
        this.documentId = documentId;
        this.folder = folder;
    }

    /** The document id the test gives the filing. */
    String documentId() {
        return documentId;
    }

    /** The primary document as filed (HTML with inline XBRL). */
    Path primaryDocument() {
        return root().resolve(folder).resolve("primary-document.html");
    }

    /** The item identifiers the filing must be split into, e.g. "1A" or "part2item1a", in order. */
    List<String> expectedItems() {
        Path file = root().resolve(folder).resolve("expected-top-level-sections.json");
        try {
            List<String> items = new ArrayList<>();
            for (JsonNode entry : new ObjectMapper().readTree(file.toFile())) {
                items.add(entry.get("identifier").asText());
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static Path root() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        List<Path> tried = new ArrayList<>();
        String override = System.getProperty(PROPERTY);
        if (override != null) {
            tried.add(Path.of(override));
        }
        tried.add(module.resolve("../../../shared/testdata/sec-filings"));
        tried.add(module.resolve("../../shared/testdata/sec-filings"));
        for (Path candidate : tried) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException(
                "SEC test filings not found; looked in " + tried + " (set -D" + PROPERTY + "=/path/to/sec-filings)");
    }
}
