package com.gridvault.documents.ingest.extract;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out whether Tesseract is installed: the {@code tesseract} executable on the PATH. Looked
 * up once per JVM; no process is started to check.
 */
public final class OcrSupport {
    /** Tesseract language data used; Debian's tesseract-ocr package brings it (tesseract-ocr-eng). */
    static final String LANGUAGE = "eng";

    private static final Logger LOG = LoggerFactory.getLogger(OcrSupport.class);
    private static final boolean TESSERACT = findOnPath("tesseract");
    /** Picture types Tesseract reads; Tika routes them to it under an "ocr-" subtype. */
    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/tiff", "image/bmp", "image/gif");

    private OcrSupport() {}

    public static boolean tesseractAvailable() {
        return TESSERACT;
    }

    static boolean active(OcrMode mode) {
        return mode == OcrMode.AUTO && TESSERACT;
    }

    /** The type that sends a picture of {@code mediaType} to Tesseract, if it is one. */
    static Optional<String> ocrTypeOf(String mediaType) {
        if (!IMAGES.contains(mediaType)) {
            return Optional.empty();
        }
        return Optional.of("image/ocr-" + mediaType.substring("image/".length()));
    }

    /** Tells operators once per extractor whether scanned pages and pictures will be read. */
    static void logStatus(OcrMode mode) {
        if (active(mode)) {
            LOG.info("OCR is on: scanned PDF pages and images are read with tesseract ({})", LANGUAGE);
        } else if (mode == OcrMode.AUTO) {
            LOG.info("OCR is off: tesseract is not on the PATH, so scanned PDF pages and images yield no text"
                    + " (install it, e.g. apt-get install tesseract-ocr)");
        } else {
            LOG.info("OCR is off by configuration: scanned PDF pages and images yield no text");
        }
    }

    private static boolean findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
