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
 * @param cache whether to reuse the findings of unchanged posts from the output directory's cache
 * @param maxFileBytes posts larger than this are reported, not read
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
        boolean cache,
        long maxFileBytes,
        String baseline) {

    public CheckOptions {
        includes = includes == null ? null : List.copyOf(includes);
        excludes = excludes == null ? null : List.copyOf(excludes);
        formats = List.copyOf(formats);
    }

    /**
     * The defaults of a run on a folder, as the goals have them without parameters: the default
     * includes and excludes, console output, UTF-8, one thread, English, no cache, the base
     * directory's baseline when present. Adjust with the {@code with…} methods.
     */
    public static CheckOptions defaults(Path baseDirectory, Path outputDirectory) {
        return new CheckOptions(baseDirectory, null, null, null, List.of("console"), outputDirectory,
                java.nio.charset.StandardCharsets.UTF_8, 1, Locale.ENGLISH, false, LintSettings.DEFAULT_MAX_FILE_BYTES,
                null);
    }

    public CheckOptions withIncludes(List<String> newIncludes) {
        return new CheckOptions(baseDirectory, newIncludes, excludes, configFile, formats, outputDirectory, encoding,
                threads, locale, cache, maxFileBytes, baseline);
    }

    public CheckOptions withConfigFile(Path newConfigFile) {
        return new CheckOptions(baseDirectory, includes, excludes, newConfigFile, formats, outputDirectory, encoding,
                threads, locale, cache, maxFileBytes, baseline);
    }

    public CheckOptions withFormats(List<String> newFormats) {
        return new CheckOptions(baseDirectory, includes, excludes, configFile, newFormats, outputDirectory, encoding,
                threads, locale, cache, maxFileBytes, baseline);
    }

    public CheckOptions withLocale(Locale newLocale) {
        return new CheckOptions(baseDirectory, includes, excludes, configFile, formats, outputDirectory, encoding,
                threads, newLocale, cache, maxFileBytes, baseline);
    }

    public CheckOptions withThreads(int newThreads) {
        return new CheckOptions(baseDirectory, includes, excludes, configFile, formats, outputDirectory, encoding,
                newThreads, locale, cache, maxFileBytes, baseline);
    }

    public CheckOptions withCache(boolean newCache) {
        return new CheckOptions(baseDirectory, includes, excludes, configFile, formats, outputDirectory, encoding,
                threads, locale, newCache, maxFileBytes, baseline);
    }

    public CheckOptions withBaseline(String newBaseline) {
        return new CheckOptions(baseDirectory, includes, excludes, configFile, formats, outputDirectory, encoding,
                threads, locale, cache, maxFileBytes, newBaseline);
    }
}
