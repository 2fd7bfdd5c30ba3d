package io.github.contentlint.engine;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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

    /** Whether the run checks only some posts in full ({@code files} or {@code changedSince} given). */
    public boolean selectsPosts() {
        return files != null || (changedSince != null && !changedSince.isBlank());
    }

    /**
     * The defaults of a run on a folder, as the goals have them without parameters: the default
     * includes and excludes, console output, UTF-8, one thread, English, no cache, the base
     * directory's baseline when present, every post.
     */
    public static CheckOptions defaults(Path baseDirectory, Path outputDirectory) {
        return builder(baseDirectory, outputDirectory).build();
    }

    /** A builder that starts from {@link #defaults}. */
    public static Builder builder(Path baseDirectory, Path outputDirectory) {
        return new Builder(baseDirectory, outputDirectory);
    }

    /** A builder that starts from these options, to change some of them. */
    public Builder toBuilder() {
        return new Builder(baseDirectory, outputDirectory).includes(includes).excludes(excludes).configFile(configFile)
                .formats(formats).encoding(encoding).threads(threads).locale(locale).cache(cache)
                .maxFileBytes(maxFileBytes).baseline(baseline).files(files).changedSince(changedSince);
    }

    /** Builds {@link CheckOptions}; each setter is named after the component it sets. */
    public static final class Builder {
        private final Path baseDirectory;
        private final Path outputDirectory;
        private List<String> includes;
        private List<String> excludes;
        private Path configFile;
        private List<String> formats = List.of("console");
        private Charset encoding = StandardCharsets.UTF_8;
        private int threads = 1;
        private Locale locale = Locale.ENGLISH;
        private boolean cache;
        private long maxFileBytes = LintSettings.DEFAULT_MAX_FILE_BYTES;
        private String baseline;
        private List<String> files;
        private String changedSince;

        private Builder(Path baseDirectory, Path outputDirectory) {
            this.baseDirectory = baseDirectory;
            this.outputDirectory = outputDirectory;
        }

        public Builder includes(List<String> value) {
            includes = value;
            return this;
        }

        public Builder excludes(List<String> value) {
            excludes = value;
            return this;
        }

        public Builder configFile(Path value) {
            configFile = value;
            return this;
        }

        public Builder formats(List<String> value) {
            formats = value;
            return this;
        }

        public Builder encoding(Charset value) {
            encoding = value;
            return this;
        }

        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public Builder locale(Locale value) {
            locale = value;
            return this;
        }

        public Builder cache(boolean value) {
            cache = value;
            return this;
        }

        public Builder maxFileBytes(long value) {
            maxFileBytes = value;
            return this;
        }

        public Builder baseline(String value) {
            baseline = value;
            return this;
        }

        public Builder files(List<String> value) {
            files = value;
            return this;
        }

        public Builder changedSince(String value) {
            changedSince = value;
            return this;
        }

        public CheckOptions build() {
            return new CheckOptions(baseDirectory, includes, excludes, configFile, formats, outputDirectory, encoding,
                    threads, locale, cache, maxFileBytes, baseline, files, changedSince);
        }
    }
}
