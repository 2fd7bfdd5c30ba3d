package io.github.contentlint.engine;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * What one run lints and how: everything the mojos translate from Maven parameters.
 *
 * @param baseDirectory the folder paths are relative to
 * @param includes include patterns (Ant style)
 * @param excludes exclude patterns (Ant style)
 * @param encoding the posts' encoding when they carry no byte order mark
 * @param threads worker threads, at least 1
 * @param maxFileBytes files larger than this are reported {@code unreadable}, not read
 */
public record LintSettings(
        Path baseDirectory,
        List<String> includes,
        List<String> excludes,
        Charset encoding,
        int threads,
        long maxFileBytes) {

    /** 50 MiB: larger than any real post, small enough to bound the heap per worker. */
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    public LintSettings {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }
}
