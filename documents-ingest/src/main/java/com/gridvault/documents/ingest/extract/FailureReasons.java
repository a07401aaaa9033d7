package com.gridvault.documents.ingest.extract;

import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.ZeroByteFileException;

/** Maps what went wrong during a parse to a failure kind and a sentence a person understands. */
final class FailureReasons {
    private static final int MAX_DETAIL = 160;

    private FailureReasons() {}

    record Failure(FailureKind kind, String reason) {}

    static Failure describe(Throwable error, String mediaType) {
        String what = kindOfDocument(mediaType);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof LimitExceededException limit) {
                return new Failure(limit.kind(), limit.getMessage());
            }
            if (t instanceof EncryptedDocumentException || isPdfBoxEncryption(t)) {
                return new Failure(FailureKind.ENCRYPTED, "The " + what + " is password-protected");
            }
            if (t instanceof ZeroByteFileException) {
                return new Failure(FailureKind.CORRUPT, "The file is empty");
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return new Failure(
                        FailureKind.LIMIT_EXCEEDED,
                        "The " + what + " expands too much when unpacked or nests too deeply (suspected zip bomb)");
            }
            if (t instanceof StackOverflowError) {
                return new Failure(FailureKind.LIMIT_EXCEEDED, "The " + what + " is nested too deeply to read");
            }
        }
        return new Failure(
                FailureKind.CORRUPT,
                "The " + what + " could not be read; it may be damaged or truncated" + detail(error));
    }

    static String kindOfDocument(String mediaType) {
        String t = mediaType == null ? "" : mediaType;
        if (t.equals("application/pdf")) {
            return "PDF";
        }
        if (t.contains("wordprocessingml") || t.equals("application/msword")) {
            return "Word document";
        }
        if (t.contains("spreadsheetml") || t.equals("application/vnd.ms-excel")) {
            return "spreadsheet";
        }
        if (t.contains("presentationml") || t.equals("application/vnd.ms-powerpoint")) {
            return "presentation";
        }
        if (t.contains("zip") || t.contains("x-tar") || t.contains("gzip") || t.contains("x-7z")) {
            return "archive";
        }
        if (t.equals("message/rfc822") || t.equals("application/vnd.ms-outlook")) {
            return "e-mail";
        }
        return "document";
    }

    private static boolean isPdfBoxEncryption(Throwable t) {
        String name = t.getClass().getName();
        return name.endsWith("InvalidPasswordException") || name.endsWith("EncryptedDocumentException");
    }

    private static String detail(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // The parser's own words help people; Java class names do not, and are not shown.
        String msg = root.getMessage();
        if (msg == null || msg.isBlank()) {
            return "";
        }
        msg = msg.replaceAll("[\\p{Cntrl}]", " ").strip();
        return " (the reader reported: " + (msg.length() > MAX_DETAIL ? msg.substring(0, MAX_DETAIL) + "..." : msg)
                + ")";
    }
}
