package com.gridvault.server.documents;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP {@code Range} header (RFC 9110 section 14). Only single ranges are
 * served as 206; a header this class cannot use (several ranges, another unit, bad syntax) is
 * ignored and the whole file is sent, as the RFC allows.
 *
 * @param start first byte (inclusive)
 * @param end last byte (inclusive)
 */
record ByteRange(long start, long end) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,19})-(\\d{0,19})");

    long length() {
        return end - start + 1;
    }

    /** The value of the {@code Content-Range} header of a 206 response. */
    String contentRange(long size) {
        return "bytes " + start + "-" + end + "/" + size;
    }

    /** What a Range header asks of a file of {@code size} bytes. */
    sealed interface Request permits Whole, Partial, Unsatisfiable {}

    /** Send everything (no header, or one that is ignored). */
    record Whole() implements Request {}

    /** Send one range. */
    record Partial(ByteRange range) implements Request {}

    /** 416: the range lies beyond the end of the file. */
    record Unsatisfiable() implements Request {}

    static Request parse(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Whole();
        }
        Optional<Long> first = number(m.group(1));
        Optional<Long> last = number(m.group(2));
        if (first.isEmpty()) { // suffix: the last N bytes
            long n = last.orElseThrow();
            if (n == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Partial(new ByteRange(Math.max(0, size - n), size - 1));
        }
        long start = first.get();
        if (start >= size) {
            return new Unsatisfiable();
        }
        long end = last.map(v -> Math.min(v, size - 1)).orElse(size - 1);
        if (end < start) {
            return new Whole(); // syntactically invalid: ignored
        }
        return new Partial(new ByteRange(start, end));
    }

    private static Optional<Long> number(String digits) {
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return Optional.of(Long.MAX_VALUE);
        }
    }
}
