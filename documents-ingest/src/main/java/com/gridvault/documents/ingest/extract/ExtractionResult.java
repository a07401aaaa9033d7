package com.gridvault.documents.ingest.extract;

import com.gridvault.documents.ingest.text.Checks;
import com.gridvault.documents.ingest.text.StructuredText;
import java.util.Map;
import java.util.Optional;

/**
 * What extraction produced for one document.
 *
 * @param status OK or FAILED
 * @param mediaType the type detected from the content (e.g. "application/pdf"), or empty
 * @param content text and structure; empty text when FAILED
 * @param metadata document metadata (title, author, page count, SEC form...), sanitised strings;
 *     untrusted input, never to be rendered as markup
 * @param failure why it failed, when FAILED
 * @param reason a sentence for people ("The PDF is password-protected"), empty when OK
 */
public record ExtractionResult(
        ExtractionStatus status,
        String mediaType,
        StructuredText content,
        Map<String, String> metadata,
        Optional<FailureKind> failure,
        String reason) {

    public ExtractionResult {
        Checks.notNull(status, "status");
        Checks.notNull(content, "content");
        mediaType = mediaType == null ? "" : mediaType;
        metadata = Map.copyOf(metadata);
        Checks.notNull(failure, "failure");
        reason = reason == null ? "" : reason;
        if ((status == ExtractionStatus.FAILED) != failure.isPresent()) {
            throw new IllegalArgumentException("a FAILED result needs a failure kind, an OK one none");
        }
    }

    public static ExtractionResult ok(String mediaType, StructuredText content, Map<String, String> metadata) {
        return new ExtractionResult(ExtractionStatus.OK, mediaType, content, metadata, Optional.empty(), "");
    }

    public static ExtractionResult failed(String mediaType, FailureKind kind, String reason) {
        return new ExtractionResult(
                ExtractionStatus.FAILED, mediaType, StructuredText.plain(""), Map.of(), Optional.of(kind), reason);
    }

    public boolean isOk() {
        return status == ExtractionStatus.OK;
    }

    public String text() {
        return content.text();
    }
}
