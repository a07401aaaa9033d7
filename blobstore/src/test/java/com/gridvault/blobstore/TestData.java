package com.gridvault.blobstore;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Content and streams for the blob store tests. */
final class TestData {
    private TestData() {}

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** The reference digest, from the JDK's own SHA-256. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Hands out the bytes in small, uneven reads, as a network stream would. */
    static InputStream trickling(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 7_919));
            }
        };
    }

    /**
     * Serves the bytes, but reports their end only once every party of {@code barrier} has reached
     * its end too, so concurrent puts of it reach their commit step at the same moment.
     */
    static InputStream endingTogether(byte[] bytes, CyclicBarrier barrier) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            private boolean waited;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n < 0 && !waited) {
                    waited = true;
                    try {
                        barrier.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    } catch (BrokenBarrierException | TimeoutException e) {
                        throw new IOException("the other puts never finished reading", e);
                    }
                }
                return n;
            }
        };
    }

    /** Counts what is read from it. */
    static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }

        long count() {
            return count;
        }
    }

    /** Serves the first {@code failAfter} bytes of {@code bytes}, then throws an IOException. */
    static InputStream failingAfter(byte[] bytes, int failAfter) {
        return new FilterInputStream(new ByteArrayInputStream(bytes, 0, failAfter)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n < 0) {
                    throw new IOException("connection reset by client (test)");
                }
                return n;
            }
        };
    }

    /**
     * Serves the first {@code pauseAt} bytes, then signals {@link #paused} and blocks until {@link
     * #resume} is counted down, then serves the rest.
     */
    static final class PausingStream extends InputStream {
        final CountDownLatch paused = new CountDownLatch(1);
        final CountDownLatch resume = new CountDownLatch(1);
        private final byte[] bytes;
        private final int pauseAt;
        private int position;

        PausingStream(byte[] bytes, int pauseAt) {
            this.bytes = bytes;
            this.pauseAt = pauseAt;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position == pauseAt && paused.getCount() > 0) {
                paused.countDown();
                try {
                    if (!resume.await(30, TimeUnit.SECONDS)) {
                        throw new IOException("test never resumed the stream");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            if (position >= bytes.length) {
                return -1;
            }
            int limit = position < pauseAt ? pauseAt : bytes.length;
            int n = Math.min(len, limit - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }
    }
}
