package com.gridvault.documents.ingest.bench;

import com.gridvault.documents.ingest.chunking.Chunk;
import com.gridvault.documents.ingest.chunking.Chunker;
import com.gridvault.documents.ingest.chunking.ChunkingOptions;
import com.gridvault.documents.ingest.extract.DocumentExtractor;
import com.gridvault.documents.ingest.extract.ExtractionResult;
import com.gridvault.documents.ingest.extract.ExtractionSettings;
import com.gridvault.documents.ingest.sec.EdgarFilingParser;
import com.gridvault.documents.ingest.sec.Filing;
import com.gridvault.documents.ingest.sec.SecTestData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.sax.BodyContentHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Apple 10-K (1.5 MB of inline XBRL): our parse + item sectioning + chunking against Tika's
 * plain text extraction of the same bytes (AutoDetectParser + BodyContentHandler), side by side.
 * Goal: ours at most 1.5x Tika's time. Command and figures in documents-ingest/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FilingIngestBenchmark {
    private byte[] html;
    private AutoDetectParser tika;
    private DocumentExtractor extractor;

    @Setup
    public void load() {
        html = SecTestData.html(SecTestData.AAPL_10K).getBytes(StandardCharsets.UTF_8);
        tika = new AutoDetectParser();
        extractor = new DocumentExtractor(ExtractionSettings.DEFAULTS);
    }

    @TearDown
    public void close() {
        extractor.close();
    }

    /** Baseline: Tika text extraction alone. */
    @Benchmark
    public String tikaTextOnly() throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        tika.parse(new ByteArrayInputStream(html), handler, new Metadata());
        return handler.toString();
    }

    /** Ours: jsoup parse, items, tables, page furniture removed, then chunks. */
    @Benchmark
    public List<Chunk> parseSectionChunk() {
        Filing filing = EdgarFilingParser.DEFAULT.parse(new String(html, StandardCharsets.UTF_8));
        return Chunker.DEFAULT.chunk(filing.content(), ChunkingOptions.DEFAULTS);
    }

    /** Ours through the public entry point: spool, detect the type with Tika, parse, section, chunk. */
    @Benchmark
    public List<Chunk> extractorEndToEnd() {
        ExtractionResult result = extractor.extract(html, "aapl-20240928.htm");
        return Chunker.DEFAULT.chunk(result.content(), ChunkingOptions.DEFAULTS);
    }
}
