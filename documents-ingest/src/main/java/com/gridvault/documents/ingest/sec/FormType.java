package com.gridvault.documents.ingest.sec;

import java.util.Locale;
import java.util.Optional;

/** The EDGAR forms this library splits into items. */
public enum FormType {
    FORM_10K("10-K"),
    FORM_10Q("10-Q"),
    FORM_8K("8-K");

    private final String code;

    FormType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Maps an EDGAR document type ("10-K", "10-K/A", "10-KT", "8-K/A"...) to a form. */
    public static Optional<FormType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT).replace('\u2010', '-').replace('\u2011', '-');
        if (c.startsWith("10-K")) {
            return Optional.of(FORM_10K);
        }
        if (c.startsWith("10-Q")) {
            return Optional.of(FORM_10Q);
        }
        if (c.startsWith("8-K")) {
            return Optional.of(FORM_8K);
        }
        return Optional.empty();
    }
}
