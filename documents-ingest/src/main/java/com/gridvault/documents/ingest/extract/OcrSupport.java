package com.gridvault.documents.ingest.extract;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds out whether Tesseract is installed: the {@code tesseract} executable on the PATH. Looked
 * up once per JVM; no process is started to check.
 */
public final class OcrSupport {
    private static final boolean TESSERACT = findOnPath("tesseract");

    private OcrSupport() {}

    public static boolean tesseractAvailable() {
        return TESSERACT;
    }

    static boolean active(OcrMode mode) {
        return mode == OcrMode.AUTO && TESSERACT;
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
