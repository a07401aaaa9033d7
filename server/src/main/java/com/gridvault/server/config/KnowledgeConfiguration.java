package com.gridvault.server.config;

import com.gridvault.documents.ingest.chunking.ChunkingOptions;
import com.gridvault.documents.ingest.extract.ExtractionSettings;
import com.gridvault.documents.ingest.extract.OcrMode;
import com.gridvault.server.documents.DocumentSettings;
import com.gridvault.server.jobs.JobEngineSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the settings of jobs, documents and search once, with the same rules as {@link
 * ApplianceConfiguration}: a bad value names its key.
 */
@ApplicationScoped
public class KnowledgeConfiguration {

    @Inject
    Config config;

    private volatile JobEngineSettings jobs;
    private volatile DocumentSettings documents;

    @Produces
    public JobEngineSettings jobs() {
        JobEngineSettings current = jobs;
        if (current == null) {
            current = readJobs(reader());
            jobs = current;
        }
        return current;
    }

    @Produces
    public DocumentSettings documents() {
        DocumentSettings current = documents;
        if (current == null) {
            current = readDocuments(reader());
            documents = current;
        }
        return current;
    }

    private ConfigReader reader() {
        return ConfigReader.of(config);
    }

    static JobEngineSettings readJobs(ConfigReader reader) {
        return new JobEngineSettings(
                reader.positiveInt("gridvault.jobs.threads", 2),
                reader.positiveDuration("gridvault.jobs.polling-interval", Duration.ofSeconds(2)),
                reader.positiveDuration("gridvault.jobs.heartbeat-interval", Duration.ofSeconds(30)),
                Math.max(4, reader.positiveInt("gridvault.jobs.missed-heartbeats", 4)),
                reader.positiveInt("gridvault.jobs.max-attempts", 3),
                reader.positiveDuration("gridvault.jobs.initial-backoff", Duration.ofSeconds(10)),
                reader.positiveDuration("gridvault.jobs.max-backoff", Duration.ofMinutes(10)),
                reader.string("gridvault.node.name", hostName()));
    }

    static DocumentSettings readDocuments(ConfigReader reader) {
        ExtractionSettings defaults = ExtractionSettings.DEFAULTS;
        long maxUpload = reader.positiveLong("gridvault.documents.max-upload-bytes", defaults.maxBytes());
        ExtractionSettings extraction = defaults.withMaxBytes(maxUpload)
                .withMaxPages(reader.positiveInt("gridvault.documents.max-pages", defaults.maxPages()))
                .withMaxTextChars(reader.positiveInt("gridvault.documents.max-text-chars", defaults.maxTextChars()))
                .withParseTimeout(reader.positiveDuration("gridvault.documents.parse-timeout", defaults.parseTimeout()))
                .withParallelism(reader.positiveInt("gridvault.documents.parser-threads", defaults.parallelism()))
                .withOcr(OcrMode.valueOf(reader.oneOf("gridvault.documents.ocr", "auto", Set.of("auto", "off"))
                        .toUpperCase(Locale.ROOT)));
        int chunkChars = reader.positiveInt("gridvault.documents.chunk-chars", 1_600);
        int overlap = reader.positiveInt("gridvault.documents.chunk-overlap-chars", 200);
        if (overlap * 2 > chunkChars) {
            throw new InvalidConfigurationException("Configuration key 'gridvault.documents.chunk-overlap-chars'"
                    + " (environment variable GRIDVAULT_DOCUMENTS_CHUNK_OVERLAP_CHARS) must be at most half of"
                    + " gridvault.documents.chunk-chars (" + chunkChars + "), was " + overlap);
        }
        return new DocumentSettings(
                maxUpload,
                extraction,
                ChunkingOptions.ofChars(chunkChars, overlap),
                reader.positiveInt("gridvault.documents.embed-batch-size", 32),
                reader.string("gridvault.search.backend", "lucene"),
                reader.string("gridvault.search.embedding-provider", ""));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "gridvault";
        }
    }
}
