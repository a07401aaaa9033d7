package com.gridvault.server.documents;

import java.text.Normalizer;

/**
 * Makes a client-supplied file name safe to store and to send back in a header: the last path
 * segment only, NFC-normalized, without control characters, quotes or characters that are reserved
 * on common file systems, at most 255 characters, never empty.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {}

    static String sanitize(String name) {
        if (name == null) {
            return "document";
        }
        String value = Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\'));
        value = value.substring(slash + 1);
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            boolean reserved = cp < 0x20
                    || cp == 0x7f
                    || "<>:\"|?*;".indexOf(cp) >= 0
                    || Character.getType(cp) == Character.FORMAT
                    || (cp >= 0x80 && cp < 0xa0);
            out.appendCodePoint(reserved ? '_' : cp);
        });
        String cleaned = out.toString().strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.isBlank()) {
            return "document";
        }
        if (cleaned.length() > MAX_LENGTH) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 16 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return cleaned;
    }
}
