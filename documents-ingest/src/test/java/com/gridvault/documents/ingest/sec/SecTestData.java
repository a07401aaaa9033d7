package com.gridvault.documents.ingest.sec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real filings in {@code /work/shared/testdata/sec-filings}, found from the module folder. */
public final class SecTestData {
    private static final String PROPERTY = "gridvault.secFilings";
    private static final Pattern ENTRY =
            Pattern.compile("\"identifier\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"character_count\"\\s*:\\s*(\\d+)");

    public static final String AAPL_10K = "10-K/AAPL/0000320193-24-000123";
    public static final String NVDA_10K = "10-K/NVDA/0001045810-24-000029";
    public static final String AAPL_10Q = "10-Q/AAPL/0000320193-23-000077";

    private SecTestData() {}

    /** One expected section: its identifier and the size of its HTML in characters. */
    public record Expected(String identifier, int characterCount) {}

    public static Path root() {
        String override = System.getProperty(PROPERTY);
        Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        List<Path> tried = new ArrayList<>();
        if (override != null) {
            tried.add(Path.of(override));
        }
        tried.add(moduleDir.resolve("../../shared/testdata/sec-filings"));
        tried.add(moduleDir.resolve("../shared/testdata/sec-filings"));
        for (Path p : tried) {
            if (Files.isDirectory(p.normalize())) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException(
                "SEC test filings not found; looked in " + tried + " (set -D" + PROPERTY + "=/path/to/sec-filings)");
    }

    public static String html(String filing) {
        return read(root().resolve(filing).resolve("primary-document.html"));
    }

    public static List<Expected> expected(String filing) {
        String json = read(root().resolve(filing).resolve("expected-top-level-sections.json"));
        List<Expected> out = new ArrayList<>();
        Matcher m = ENTRY.matcher(json);
        while (m.find()) {
            out.add(new Expected(m.group(1), Integer.parseInt(m.group(2))));
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no sections in expected file of " + filing);
        }
        return out;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test filing " + path, e);
        }
    }
}
