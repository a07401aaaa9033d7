package com.gridvault.documents.ingest.extract;

import com.gridvault.documents.ingest.sec.EdgarFilingParser;
import com.gridvault.documents.ingest.sec.Filing;
import com.gridvault.documents.ingest.text.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Extracts text and structure from one document at a time, on a bounded pool of parser threads,
 * under the limits of {@link ExtractionSettings}. Never throws for bad input: encrypted, corrupt,
 * oversized, hostile or slow documents come back as FAILED results with a human reason, and one
 * document's failure cannot affect another's. EDGAR filings (HTML with the SEC cover page) are
 * split into their items by {@link EdgarFilingParser}. Thread-safe; close it to stop the pool.
 */
public final class DocumentExtractor implements AutoCloseable {
    /** Inline XBRL filings put hundreds of KB of hidden facts before the cover page. */
    private static final int SNIFF_CHARS = 512 * 1024;

    private final ExtractionSettings settings;
    private final Parser parser;
    private final TypeDetector detector;
    private final ThreadPoolExecutor pool;

    public DocumentExtractor(ExtractionSettings settings) {
        this(settings, null);
    }

    /**
     * Uses {@code parser} instead of Tika's auto-detecting parser (tests use stand-ins); the limits
     * still apply. {@code null} means the default parser.
     */
    public DocumentExtractor(ExtractionSettings settings, Parser parser) {
        this.settings = Checks.notNull(settings, "settings");
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = new TypeDetector(config);
        this.parser = parser != null ? parser : autoDetectParser(config, settings);
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                settings.parallelism(),
                settings.parallelism(),
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.queueCapacity()),
                r -> {
                    Thread t = new Thread(r, "gridvault-extract-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.pool.allowCoreThreadTimeOut(true);
        OcrSupport.logStatus(settings.ocr());
    }

    public ExtractionSettings settings() {
        return settings;
    }

    /** Extracts a file; {@code fileName} (may be null) only refines the detected type. */
    public ExtractionResult extract(Path file, String fileName) {
        try {
            long size = Files.size(file);
            if (size > settings.maxBytes()) {
                return ExtractionResult.failed("", FailureKind.LIMIT_EXCEEDED, tooLarge());
            }
            MediaType type;
            try (TikaInputStream stream = TikaInputStream.get(file)) {
                type = detector.detect(stream, fileName);
            }
            return run(file, type.toString());
        } catch (IOException e) {
            return ExtractionResult.failed("", FailureKind.IO, "The file could not be read from storage");
        }
    }

    /** Spools {@code content} to a temporary file (at most maxBytes) and extracts it. */
    public ExtractionResult extract(InputStream content, String fileName) {
        Path temp = null;
        try {
            temp = Files.createTempFile("gridvault-extract-", ".bin");
            long copied = copyAtMost(content, temp, settings.maxBytes() + 1);
            if (copied > settings.maxBytes()) {
                return ExtractionResult.failed("", FailureKind.LIMIT_EXCEEDED, tooLarge());
            }
            return extract(temp, fileName);
        } catch (IOException e) {
            return ExtractionResult.failed("", FailureKind.IO, "The upload could not be read");
        } finally {
            deleteQuietly(temp);
        }
    }

    public ExtractionResult extract(byte[] content, String fileName) {
        return extract(new java.io.ByteArrayInputStream(content), fileName);
    }

    private ExtractionResult run(Path file, String mediaType) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Callable<ExtractionResult> task = () -> parseSafely(file, mediaType, cancelled);
        Future<ExtractionResult> future;
        try {
            future = pool.submit(task);
        } catch (RejectedExecutionException e) {
            return ExtractionResult.failed(mediaType, FailureKind.BUSY, "Too many documents are being read; try again");
        }
        try {
            return future.get(settings.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Stop it: the interrupt reaches parsers that honour it, the flag stops ours at the next SAX event.
            cancelled.set(true);
            future.cancel(true);
            return ExtractionResult.failed(
                    mediaType,
                    FailureKind.TIMEOUT,
                    "Reading the " + FailureReasons.kindOfDocument(mediaType) + " took longer than "
                            + settings.parseTimeout().toSeconds() + " s and was stopped");
        } catch (InterruptedException e) {
            cancelled.set(true);
            future.cancel(true);
            Thread.currentThread().interrupt();
            return ExtractionResult.failed(mediaType, FailureKind.TIMEOUT, "Extraction was interrupted");
        } catch (ExecutionException e) {
            FailureReasons.Failure f = FailureReasons.describe(e.getCause(), mediaType);
            return ExtractionResult.failed(mediaType, f.kind(), f.reason());
        }
    }

    private ExtractionResult parseSafely(Path file, String mediaType, AtomicBoolean cancelled) {
        try {
            if (isHtml(mediaType)) {
                String html = Files.readString(file, StandardCharsets.UTF_8);
                if (EdgarFilingParser.looksLikeFiling(html.substring(0, Math.min(html.length(), SNIFF_CHARS)))) {
                    return filing(mediaType, EdgarFilingParser.DEFAULT.parse(html), settings);
                }
            }
            return tika(file, mediaType, cancelled);
        } catch (Exception | StackOverflowError | LinkageError e) {
            FailureReasons.Failure f = FailureReasons.describe(e, mediaType);
            return ExtractionResult.failed(mediaType, f.kind(), f.reason());
        }
    }

    private ExtractionResult tika(Path file, String mediaType, AtomicBoolean cancelled) throws Exception {
        StructureHandler handler = new StructureHandler(settings, cancelled::get);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        if (OcrSupport.active(settings.ocr())) {
            // Tika's own image parsers are not on the classpath: a picture goes straight to Tesseract
            OcrSupport.ocrTypeOf(mediaType)
                    .ifPresent(t -> metadata.set(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, t));
        }
        try (TikaInputStream stream = TikaInputStream.get(file)) {
            parser.parse(stream, handler, metadata, parseContext());
        }
        if (handler.failure() != null) {
            throw handler.failure();
        }
        var content = handler.result();
        if (content.text().isBlank() && mediaType.equals(MediaType.OCTET_STREAM.toString())) {
            return ExtractionResult.failed(
                    mediaType, FailureKind.UNSUPPORTED, "The file type was not recognised; no text could be read");
        }
        return ExtractionResult.ok(mediaType, content, MetadataSanitizer.select(metadata));
    }

    /**
     * OCR, when on, reads what has no text: PDF pages whose text layer is (nearly) empty (under 10
     * characters, Tika's AUTO strategy) are rendered without their text and OCR'd, and image uploads
     * go to Tesseract. Pictures inside PDFs are not extracted, so nothing is read twice and text
     * PDFs start no OCR.
     */
    private ParseContext parseContext() {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser); // embedded documents (attachments, archive entries) are parsed too
        boolean ocr = OcrSupport.active(settings.ocr());
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(!ocr);
        tesseract.setLanguage(OcrSupport.LANGUAGE);
        // one Tesseract run never outlives the document's budget, even if the interrupt is missed
        tesseract.setTimeoutSeconds((int)
                Math.min(Integer.MAX_VALUE, Math.max(1, settings.parseTimeout().toSeconds())));
        context.set(TesseractOCRConfig.class, tesseract);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        // the page image holds only the pictures: text the page already has is not read twice
        pdf.setOcrRenderingStrategy(PDFParserConfig.OCR_RENDERING_STRATEGY.NO_TEXT);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private static ExtractionResult filing(String mediaType, Filing filing, ExtractionSettings settings) {
        if (filing.content().text().length() > settings.maxTextChars()) {
            return ExtractionResult.failed(
                    mediaType,
                    FailureKind.LIMIT_EXCEEDED,
                    "The filing holds more than " + settings.maxTextChars()
                            + " characters of text, the configured limit");
        }
        if (filing.content().pages().size() > settings.maxPages()) {
            return ExtractionResult.failed(
                    mediaType,
                    FailureKind.LIMIT_EXCEEDED,
                    "The filing has more than " + settings.maxPages() + " pages, the configured limit");
        }
        return ExtractionResult.ok(
                mediaType,
                filing.content(),
                Map.of(
                        "sec:form", filing.form().code(),
                        "sec:company", MetadataSanitizer.clean(filing.companyName()),
                        "sec:cik", MetadataSanitizer.clean(filing.cik())));
    }

    private static Parser autoDetectParser(TikaConfig config, ExtractionSettings settings) {
        AutoDetectParser parser = new AutoDetectParser(config);
        parser.setAutoDetectParserConfig(new AutoDetectParserConfig(
                null,
                1_000_000L,
                settings.maxCompressionRatio(),
                settings.maxXmlDepth(),
                // deeper than ours, so our handler sees the excess and fails instead of Tika skipping it
                settings.maxPackageDepth() + 2));
        return parser;
    }

    private static boolean isHtml(String mediaType) {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    private String tooLarge() {
        return "The file is larger than " + settings.maxBytes() / (1024 * 1024) + " MB, the configured limit";
    }

    private static long copyAtMost(InputStream in, Path target, long limit) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (in;
                OutputStream out = Files.newOutputStream(target)) {
            int n;
            while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) >= 0) {
                out.write(buffer, 0, n);
                total += n;
            }
        }
        return total;
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover temp file is harmless; the OS temp cleaner removes it
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
