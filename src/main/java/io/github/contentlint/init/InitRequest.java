package io.github.contentlint.init;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code init} is asked to do.
 *
 * @param baseDirectory the blog's folder
 * @param includes include patterns the user gave, or null to find the posts (and write the
 *     patterns only when the defaults do not find them)
 * @param excludes exclude patterns the user gave, or null for the defaults
 * @param encoding the posts' encoding (a byte order mark wins)
 * @param target the configuration file to write
 * @param requiredShare the least share of posts (0 to 1) that must carry a key for it to be required
 * @param force replace an existing file, keeping a backup of it
 * @param maxFileBytes posts larger than this are not read
 */
public record InitRequest(Path baseDirectory, List<String> includes, List<String> excludes, Charset encoding,
        Path target, double requiredShare, boolean force, long maxFileBytes) {

    /** The share of posts a key needs to be required when none is given. */
    public static final double DEFAULT_REQUIRED_SHARE = 0.95;

    public InitRequest {
        includes = includes == null || includes.isEmpty() ? null : List.copyOf(includes);
        excludes = excludes == null || excludes.isEmpty() ? null : List.copyOf(excludes);
        if (!(requiredShare > 0 && requiredShare <= 1)) {
            throw new IllegalArgumentException("requiredShare must be above 0 and at most 1 (0.95 means 95 % of the"
                    + " posts), not " + requiredShare);
        }
    }
}
