package com.gridvault.documents.ingest.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.metadata.Metadata;

/** Keeps a few useful metadata fields and makes them safe to store: no control characters, bounded length. */
final class MetadataSanitizer {
    private static final int MAX_VALUE = 1_000;
    private static final List<String> KEPT = List.of(
            "dc:title",
            "dc:creator",
            "dc:subject",
            "dcterms:created",
            "dcterms:modified",
            "xmpTPg:NPages",
            "Message-From",
            "Message-To",
            "Message-Cc",
            "language");

    private MetadataSanitizer() {}

    static Map<String, String> select(Metadata metadata) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : KEPT) {
            String value = metadata.get(key);
            if (value != null && !value.isBlank()) {
                out.put(key, clean(value));
            }
        }
        return out;
    }

    static String clean(String value) {
        String v = value.replaceAll("[\\p{Cntrl}&&[^\\t]]", " ").strip();
        return v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v;
    }
}
