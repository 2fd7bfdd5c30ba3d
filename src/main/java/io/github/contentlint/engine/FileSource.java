package io.github.contentlint.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file's bytes. The engine reads posts only through this, so that tests can make a
 * file unreadable or vanish mid-run (CI runs as root, where {@code chmod 000} reads fine).
 */
@FunctionalInterface
public interface FileSource {

    /** The real file system. */
    FileSource FILE_SYSTEM = Files::readAllBytes;

    byte[] read(Path file) throws IOException;

    /** The file's size in bytes, before reading it; -1 when unknown. */
    default long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
