package com.gridvault.embeddings.onnx.bench;

import com.gridvault.documents.ingest.chunking.Chunk;
import com.gridvault.documents.ingest.chunking.Chunker;
import com.gridvault.documents.ingest.chunking.ChunkingOptions;
import com.gridvault.documents.ingest.extract.DocumentExtractor;
import com.gridvault.documents.ingest.extract.ExtractionResult;
import com.gridvault.documents.ingest.extract.ExtractionSettings;
import com.gridvault.embeddings.onnx.BenchmarkSupport;
import com.gridvault.plugin.api.embedding.EmbeddingPurpose;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Embeds the chunks of real filings with the plugin's model and writes the vectors to a file, so that
 * the search bench can compare the local structure of its synthetic vectors with real ones ({@code
 * com.gridvault.search.lucene.bench.LocalStructure} in the test sources of search-lucene).
 *
 * <p>Every {@code primary-document.html} under the input folder is extracted and chunked exactly as
 * the server ingests it ({@link DocumentExtractor}, {@link Chunker}), then each chunk's text is
 * embedded as a DOCUMENT through the whole plugin pipeline at batch size 1. Output: big-endian {@code
 * int count, int dimension}, then {@code count x dimension} floats.
 *
 * <p>Run (a few minutes on 2 cores; hold the quiet lock):
 *
 * <pre>
 * ./mvnw -o -q -pl plugins/embeddings-onnx test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test -Dspotless.check.skip=true
 * M=plugins/embeddings-onnx
 * flock /tmp/gridvault-quiet.lock java -Xss16m -cp $M/target/classes:$M/target/test-classes:$(cat $M/target/bench.cp) \
 *     com.gridvault.embeddings.onnx.bench.RealFilingVectors /work/shared/testdata/sec-filings \
 *     $M/target/local-structure/sec-filings.vectors
 * </pre>
 *
 * {@code -Xss16m}: with this module's test classpath plus the ingestion library, ONNX Runtime's
 * session creation overflowed the launcher's default 1 MiB main-thread stack (exit 139, no hs_err);
 * with a larger stack it runs. System properties: {@code chunk.chars} (1000) and {@code chunk.overlap} (100), the chunker's target
 * size and overlap in characters (the server's defaults are 1600 and 200; 1000 gives more vectors
 * from the same three filings).
 */
public final class RealFilingVectors {

    private RealFilingVectors() {}

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args.length > 0 ? args[0] : "/work/shared/testdata/sec-filings");
        Path output = Path.of(
                args.length > 1 ? args[1] : "plugins/embeddings-onnx/target/local-structure/sec-filings.vectors");
        ChunkingOptions chunking = ChunkingOptions.ofChars(
                Integer.getInteger("chunk.chars", 1_000), Integer.getInteger("chunk.overlap", 100));
        List<String> texts = new ArrayList<>();
        try (DocumentExtractor extractor = new DocumentExtractor(ExtractionSettings.DEFAULTS);
                Stream<Path> files = Files.walk(input)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("primary-document.html"))
                    .sorted()
                    .toList()) {
                ExtractionResult result =
                        extractor.extract(file, file.getFileName().toString());
                if (!result.isOk()) {
                    throw new IllegalStateException(file + ": " + result.reason());
                }
                List<Chunk> chunks = Chunker.DEFAULT.chunk(result.content(), chunking);
                System.out.printf(
                        Locale.ROOT,
                        "%s: %d chars, %d chunks%n",
                        file,
                        result.text().length(),
                        chunks.size());
                chunks.forEach(c -> texts.add(c.text()));
            }
        }
        BenchmarkSupport.OpenProvider open =
                BenchmarkSupport.open(1, Runtime.getRuntime().availableProcessors());
        List<float[]> vectors = new ArrayList<>(texts.size());
        long start = System.nanoTime();
        try (AutoCloseable closer = open.closer()) {
            for (int i = 0; i < texts.size(); i += 16) {
                vectors.addAll(open.provider()
                        .embed(texts.subList(i, Math.min(texts.size(), i + 16)), EmbeddingPurpose.DOCUMENT));
                if (vectors.size() % 128 == 0 || vectors.size() == texts.size()) {
                    System.out.printf(
                            Locale.ROOT,
                            "  embedded %d / %d in %.0f s%n",
                            vectors.size(),
                            texts.size(),
                            (System.nanoTime() - start) / 1e9);
                }
            }
        }
        write(output, vectors);
        System.out.println("wrote " + vectors.size() + " vectors to " + output);
    }

    private static void write(Path output, List<float[]> vectors) throws IOException {
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(output)))) {
            out.writeInt(vectors.size());
            out.writeInt(vectors.get(0).length);
            for (float[] v : vectors) {
                for (float x : v) {
                    out.writeFloat(x);
                }
            }
        }
    }
}
