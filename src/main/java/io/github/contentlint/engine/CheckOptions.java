package io.github.contentlint.engine;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A run as a user asked for it, before configuration is applied.
 *
 * @param baseDirectory the folder to lint
 * @param includes include patterns from the POM or {@code -D}, or null to use the config file's or the defaults
 * @param excludes exclude patterns likewise
 * @param configFile the configuration file, or null for {@code .contentlint.yml} in the base directory when present
 * @param formats report formats ({@code console}, {@code sarif}, …)
 * @param outputDirectory where report files go
 * @param encoding the posts' encoding
 * @param threads worker threads, at least 1
 * @param locale the messages' language
 * @param baseline the baseline file (relative paths from the base directory), {@code none} to use
 *     none, or null for {@code .contentlint-baseline.json} in the base directory when present
 */
public record CheckOptions(
        Path baseDirectory,
        List<String> includes,
        List<String> excludes,
        Path configFile,
        List<String> formats,
        Path outputDirectory,
        Charset encoding,
        int threads,
        Locale locale,
        String baseline) {

    public CheckOptions {
        includes = includes == null ? null : List.copyOf(includes);
        excludes = excludes == null ? null : List.copyOf(excludes);
        formats = List.copyOf(formats);
    }

    /** A run with the baseline file of the base directory, when there is one. */
    public CheckOptions(Path baseDirectory, List<String> includes, List<String> excludes, Path configFile,
            List<String> formats, Path outputDirectory, Charset encoding, int threads, Locale locale) {
        this(baseDirectory, includes, excludes, configFile, formats, outputDirectory, encoding, threads, locale, null);
    }
}
