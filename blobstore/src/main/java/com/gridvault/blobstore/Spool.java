package com.gridvault.blobstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Copies content to a temporary file while hashing and counting it, stopping at the limit. */
final class Spool {
    private static final int BUFFER_SIZE = 64 * 1024;

    private Spool() {}

    /** The digest and length of spooled content. */
    record Digested(String sha256, long size) {}

    /**
     * Copies {@code in} to {@code out}. Never reads more than one byte past {@code maxBytes}, so an
     * oversized upload is rejected without draining it.
     */
    static Digested copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        MessageDigest sha256 = newSha256();
        byte[] buffer = new byte[BUFFER_SIZE];
        long total = 0;
        while (true) {
            long remaining = maxBytes - total;
            int wanted = remaining >= buffer.length ? buffer.length : (int) remaining + 1;
            int n = in.read(buffer, 0, wanted);
            if (n < 0) {
                return new Digested(HexFormat.of().formatHex(sha256.digest()), total);
            }
            total += n;
            if (total > maxBytes) {
                throw new BlobTooLargeException(maxBytes);
            }
            sha256.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** Deletes a temporary file; one that cannot be deleted now is left to the next clean-up. */
    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the clean-up at the next start
        }
    }
}
