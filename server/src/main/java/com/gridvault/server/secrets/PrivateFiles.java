package com.gridvault.server.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files that only the appliance's OS user may read (passwords, keys): the content goes into
 * a temp file created with mode 0600 and is then moved into place atomically, so the file never
 * exists with wider permissions or half-written.
 */
public final class PrivateFiles {

    private PrivateFiles() {}

    /**
     * Writes (or replaces) a private file.
     *
     * @param file the target
     * @param content the text to write, UTF-8
     * @param what what the file holds, for the error message
     */
    public static void write(Path file, String content, String what) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            try {
                Files.createFile(
                        temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temp);
            }
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + what + " to " + file, e);
        }
    }
}
