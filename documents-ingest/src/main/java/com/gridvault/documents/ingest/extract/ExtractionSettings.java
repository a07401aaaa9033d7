package com.gridvault.documents.ingest.extract;

import com.gridvault.documents.ingest.text.Checks;
import java.time.Duration;

/**
 * Limits and options for extraction. Every limit turns hostile or oversized input into a FAILED
 * result with a human reason instead of exhausting the server.
 *
 * @param maxBytes largest accepted file
 * @param maxPages most pages (PDF pages, sheets or slides) read from one document
 * @param maxTextChars most characters of text extracted from one document
 * @param parseTimeout wall-clock limit for parsing one document
 * @param maxCompressionRatio text characters per input byte beyond which output is a zip bomb
 * @param maxXmlDepth deepest XML/XHTML element nesting accepted
 * @param maxPackageDepth deepest nesting of archives/embedded documents accepted
 * @param parallelism parser threads (documents parsed at the same time)
 * @param queueCapacity documents allowed to wait for a parser thread before being refused
 * @param ocr OCR mode
 */
public record ExtractionSettings(
        long maxBytes,
        int maxPages,
        int maxTextChars,
        Duration parseTimeout,
        long maxCompressionRatio,
        int maxXmlDepth,
        int maxPackageDepth,
        int parallelism,
        int queueCapacity,
        OcrMode ocr) {

    public static final ExtractionSettings DEFAULTS = new ExtractionSettings(
            100L * 1024 * 1024,
            2_000,
            20_000_000,
            Duration.ofSeconds(120),
            100,
            100,
            8,
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            256,
            OcrMode.AUTO);

    public ExtractionSettings {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be > 0");
        }
        Checks.positive(maxPages, "maxPages");
        Checks.positive(maxTextChars, "maxTextChars");
        Checks.notNull(parseTimeout, "parseTimeout");
        if (parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("parseTimeout must be positive");
        }
        if (maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("maxCompressionRatio must be > 0");
        }
        Checks.positive(maxXmlDepth, "maxXmlDepth");
        Checks.positive(maxPackageDepth, "maxPackageDepth");
        Checks.positive(parallelism, "parallelism");
        Checks.positive(queueCapacity, "queueCapacity");
        Checks.notNull(ocr, "ocr");
    }

    public ExtractionSettings withMaxBytes(long value) {
        return new ExtractionSettings(
                value,
                maxPages,
                maxTextChars,
                parseTimeout,
                maxCompressionRatio,
                maxXmlDepth,
                maxPackageDepth,
                parallelism,
                queueCapacity,
                ocr);
    }

    public ExtractionSettings withMaxPages(int value) {
        return new ExtractionSettings(
                maxBytes,
                value,
                maxTextChars,
                parseTimeout,
                maxCompressionRatio,
                maxXmlDepth,
                maxPackageDepth,
                parallelism,
                queueCapacity,
                ocr);
    }

    public ExtractionSettings withMaxTextChars(int value) {
        return new ExtractionSettings(
                maxBytes,
                maxPages,
                value,
                parseTimeout,
                maxCompressionRatio,
                maxXmlDepth,
                maxPackageDepth,
                parallelism,
                queueCapacity,
                ocr);
    }

    public ExtractionSettings withParseTimeout(Duration value) {
        return new ExtractionSettings(
                maxBytes,
                maxPages,
                maxTextChars,
                value,
                maxCompressionRatio,
                maxXmlDepth,
                maxPackageDepth,
                parallelism,
                queueCapacity,
                ocr);
    }

    public ExtractionSettings withParallelism(int value) {
        return new ExtractionSettings(
                maxBytes,
                maxPages,
                maxTextChars,
                parseTimeout,
                maxCompressionRatio,
                maxXmlDepth,
                maxPackageDepth,
                value,
                queueCapacity,
                ocr);
    }

    public ExtractionSettings withOcr(OcrMode value) {
        return new ExtractionSettings(
                maxBytes,
                maxPages,
                maxTextChars,
                parseTimeout,
                maxCompressionRatio,
                maxXmlDepth,
                maxPackageDepth,
                parallelism,
                queueCapacity,
                value);
    }
}
