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
 * @param files the only posts to check in full, or null for every post (see {@link FileSelection#named}
 *     for how the paths are read); the other posts only lend what cross-post rules compare
 * @param changedSince a git ref: check only the posts changed since it (committed, staged, unstaged,
 *     untracked), or null
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
        String baseline,
        List<String> files,
        String changedSince) {

    public CheckOptions {
        includes = includes == null ? null : List.copyOf(includes);
        excludes = excludes == null ? null : List.copyOf(excludes);
        formats = List.copyOf(formats);
        files = files == null ? null : List.copyOf(files);
    }

    /** A run over every post (the form before {@code files} and {@code changedSince} existed). */
    public CheckOptions(Path baseDirectory, List<String> includes, List<String> excludes, Path configFile,
            List<String> formats, Path outputDirectory, Charset encoding, int threads, Locale locale, boolean cache,
            long maxFileBytes, String baseline) {
        this(baseDirectory, includes, excludes, configFile, formats, outputDirectory, encoding, threads, locale, cache,
                maxFileBytes, baseline, null, null);
    }

    /** Whether the run checks only some posts in full ({@code files} or {@code changedSince} given). */
    public boolean selectsPosts() {
        return files != null || (changedSince != null && !changedSince.isBlank());
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
                threads, locale, cache, maxFileBytes, baseline, files, changedSince);
    }

    public CheckOptions withConfigFile(Path newConfigFile) {
        return new CheckOptions(baseDirectory, includes, excludes, newConfigFile, formats, outputDirectory, encoding,
                threads, locale, cache, maxFileBytes, baseline, files, changedSince);
    }

    public CheckOptions withFormats(List<String> newFormats) {
        return new CheckOptions(baseDirectory, includes, excludes, configFile, newFormats, outputDirectory, encoding,
                threads, locale, cache, maxFileBytes, baseline, files, changedSince);
    }

    public CheckOptions withLocale(Locale newLocale) {
        return new CheckOptions(baseDirectory, includes, excludes, configFile, formats, outputDirectory, encoding,
                threads, newLocale, cache, maxFileBytes, baseline, files, changedSince);
    }

    public CheckOptions withThreads(int newThreads) {
        return new CheckOptions(baseDirectory, includes, excludes, configFile, formats, outputDirectory, encoding,
                newThreads, locale, cache, maxFileBytes, baseline, files, changedSince);
    }

    public CheckOptions withCache(boolean newCache) {
        return new CheckOptions(baseDirectory, includes, excludes, configFile, formats, outputDirectory, encoding,
                threads, locale, newCache, maxFileBytes, baseline, files, changedSince);
    }

    public CheckOptions withBaseline(String newBaseline) {
        return new CheckOptions(baseDirectory, includes, excludes, configFile, formats, outputDirectory, encoding,
                threads, locale, cache, maxFileBytes, newBaseline, files, changedSince);
    }

    /** Checks only these posts in full; null checks every post. */
    public CheckOptions withFiles(List<String> newFiles) {
        return new CheckOptions(baseDirectory, includes, excludes, configFile, formats, outputDirectory, encoding,
                threads, locale, cache, maxFileBytes, baseline, newFiles, changedSince);
    }

    /** Checks only the posts changed since a git ref; null checks every post. */
    public CheckOptions withChangedSince(String newChangedSince) {
        return new CheckOptions(baseDirectory, includes, excludes, configFile, formats, outputDirectory, encoding,
                threads, locale, cache, maxFileBytes, baseline, files, newChangedSince);
    }
}
