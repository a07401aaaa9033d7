package com.gridvault.blobstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Blobs as files under a root folder: {@code root/<tenantId>/<aa>/<bb>/<sha256>}, where {@code aa}
 * and {@code bb} are the digest's first two byte pairs (two fan-out levels keep folders small).
 *
 * <p>A put streams into a temporary file in {@code root/.tmp} (the same file system as the blobs),
 * forces it to disk and then renames it into place atomically, so a reader sees either nothing or
 * the whole blob. Temporary files left by a crash are removed when a store is constructed, once
 * they are older than an hour (younger ones may belong to another live store on the same root).
 */
public final class LocalDiskBlobStore implements BlobStore {
    static final String TEMP_FOLDER = ".tmp";
    static final Duration STALE_TEMP_AGE = Duration.ofHours(1);

    private final Path root;
    private final Path temp;
    private final KeyLocks locks = new KeyLocks();

    /**
     * Opens (and creates, if missing) a store under {@code root}.
     *
     * @throws UncheckedIOException if the root or its temporary folder cannot be created
     */
    public LocalDiskBlobStore(Path root) {
        this.root = Objects.requireNonNull(root, "root must not be null")
                .toAbsolutePath()
                .normalize();
        this.temp = this.root.resolve(TEMP_FOLDER);
        try {
            Files.createDirectories(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the blob store folder " + temp, e);
        }
        removeStaleTempFiles(Instant.now().minus(STALE_TEMP_AGE));
    }

    @Override
    public StoredBlob put(String tenantId, InputStream content, long maxBytes) throws IOException {
        BlobNames.checkTenantId(tenantId);
        Objects.requireNonNull(content, "content must not be null");
        BlobNames.checkMaxBytes(maxBytes);
        Path spooled = Files.createTempFile(temp, "put-", ".part");
        try {
            Spool.Digested digested;
            try (FileChannel channel = FileChannel.open(spooled, StandardOpenOption.WRITE)) {
                digested = Spool.copy(content, Channels.newOutputStream(channel), maxBytes);
                channel.force(true);
            }
            Path target = blobPath(tenantId, digested.sha256());
            boolean created = locks.withLock(
                    tenantId, digested.sha256(), () -> !Files.exists(target) && moveIntoPlace(spooled, target));
            if (created) {
                syncFolder(target.getParent());
            }
            return new StoredBlob(digested.sha256(), digested.size(), created);
        } finally {
            Spool.deleteQuietly(spooled);
        }
    }

    @Override
    public InputStream open(String tenantId, String sha256) throws IOException {
        FileChannel channel = openChannel(tenantId, sha256);
        try {
            return new FileRangeInputStream(channel, 0, channel.size());
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public InputStream openRange(String tenantId, String sha256, long offset, long length) throws IOException {
        BlobNames.checkTenantId(tenantId);
        BlobNames.checkSha256(sha256);
        BlobNames.checkRange(offset, length);
        FileChannel channel = openChannel(tenantId, sha256);
        try {
            return new FileRangeInputStream(channel, offset, BlobNames.clippedLength(channel.size(), offset, length));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public OptionalLong size(String tenantId, String sha256) throws IOException {
        try {
            return OptionalLong.of(Files.size(blobPath(tenantId, sha256)));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public boolean delete(String tenantId, String sha256) throws IOException {
        Path path = blobPath(tenantId, sha256);
        return locks.withLock(tenantId, sha256, () -> Files.deleteIfExists(path));
    }

    @Override
    public String describe() {
        return "disk:" + root;
    }

    private Path blobPath(String tenantId, String sha256) {
        BlobNames.checkTenantId(tenantId);
        BlobNames.checkSha256(sha256);
        return root.resolve(tenantId)
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private FileChannel openChannel(String tenantId, String sha256) throws IOException {
        try {
            return FileChannel.open(blobPath(tenantId, sha256), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new NoSuchBlobException(tenantId, sha256);
        }
    }

    /** Renames the spooled file to its final name; {@code false} if that name is already taken. */
    private static boolean moveIntoPlace(Path spooled, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try {
            Files.move(spooled, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(spooled, target);
                return true;
            } catch (FileAlreadyExistsException raced) {
                // Another process stored the same bytes first: theirs is kept.
                return false;
            }
        }
    }

    // Makes the new directory entry durable; not every platform can open a folder for this.
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // best effort only
        }
    }

    private void removeStaleTempFiles(Instant cutoff) {
        FileTime limit = FileTime.from(cutoff);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(temp)) {
            for (Path leftover : leftovers) {
                if (isOlderThan(leftover, limit)) {
                    Spool.deleteQuietly(leftover);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the blob store's temporary folder " + temp, e);
        }
    }

    private static boolean isOlderThan(Path file, FileTime limit) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(limit) < 0;
        } catch (IOException e) {
            return false; // gone already, or another store's business
        }
    }
}
