package com.gridvault.documents.ingest.extract;

import org.xml.sax.SAXException;

/** Thrown inside a parse (through Tika's SAX pipeline) when a configured limit is reached. */
final class LimitExceededException extends SAXException {
    private final FailureKind kind;

    LimitExceededException(FailureKind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    FailureKind kind() {
        return kind;
    }
}
