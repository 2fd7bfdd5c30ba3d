package io.github.contentlint.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file's bytes. The engine reads posts only through this, so that tests can make a
 * file unreadable or vanish mid-run (CI runs as root, where {@code chmod 000} reads fine).
 */
@FunctionalInterface
public interface FileSource {

    /** The real file system. */
    FileSource FILE_SYSTEM = Files::readAllBytes;

    byte[] read(Path file) throws IOException;

    /**
     * Whether a file is a symbolic link whose target lies outside the base directory: such a file
     * is not read, so that a post cannot pull in {@code /etc/passwd} or a neighbour's files.
     */
    default boolean isOutside(Path file, Path baseDirectory) throws IOException {
        return Files.isSymbolicLink(file) && !file.toRealPath().startsWith(baseDirectory.toRealPath());
    }

    /** The file's size and modification time, without reading it. */
    default FileStamp stamp(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis());
    }
}
