package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.config.ConfigLoader;
import io.github.contentlint.config.ContentlintConfig;
import io.github.contentlint.report.ConsoleReport;
import io.github.contentlint.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change to posts, configuration or the cache file gives exactly the findings of a cold run. */
class LintCacheTest {

    @TempDir
    Path base;
    @TempDir
    Path cacheDirectory;

    private final AtomicInteger reads = new AtomicInteger();
    private final FileSource countingReads = file -> {
        reads.incrementAndGet();
        return Files.readAllBytes(file);
    };
    private ContentlintConfig config = ContentlintConfig.defaults();

    @BeforeEach
    void posts() throws IOException {
        for (int i = 1; i <= 20; i++) {
            write(String.format("_posts/2025-01-%02d-p.md", i),
                    i % 4 == 0 ? "---\ntitle: x\ntitle: y\n---\n" : "---\ntitle: Post " + i + "\n---\nText.\n");
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<String> run(Path cache) throws Exception {
        RuleSet rules = RuleSet.resolve(RuleCatalog.builtIn(), config, Locale.ENGLISH, getClass().getClassLoader());
        LintSettings settings = new LintSettings(base, FileDiscovery.DEFAULT_INCLUDES, FileDiscovery.DEFAULT_EXCLUDES,
                StandardCharsets.UTF_8, 2, LintSettings.DEFAULT_MAX_FILE_BYTES);
        List<String> lines = new ArrayList<>();
        new Linter(settings, rules, countingReads, cache).run().findings()
                .forEach(f -> lines.add(ConsoleReport.line(f) + " #" + f.fingerprint()));
        return lines;
    }

    private void assertCachedRunEqualsColdRun() throws Exception {
        List<String> cached = run(cacheDirectory);
        assertThat(cached).isEqualTo(run(null));
    }

    @Test
    void aWarmRunReadsNothingAndReportsTheSame() throws Exception {
        List<String> cold = run(cacheDirectory);
        assertThat(cold).hasSize(5);
        reads.set(0);
        assertThat(run(cacheDirectory)).isEqualTo(cold);
        assertThat(reads.get()).isZero();
    }

    @Test
    void suppressionsSurviveTheCache() throws Exception {
        write("_posts/2025-03-01-suppressed.md", "---\ntitle: a\ntitle: b\ncontentlint: {disable: [front-matter]}\n---\n"
                + "<!-- contentlint-disable reading-time -->\n");
        List<String> cold = run(cacheDirectory);
        assertThat(cold).anyMatch(line -> line.startsWith("_posts/2025-03-01-suppressed.md")
                && line.contains("[unused-suppression]"));
        assertThat(cold).noneMatch(line -> line.startsWith("_posts/2025-03-01-suppressed.md")
                && line.contains("[front-matter]"));
        reads.set(0);
        assertThat(run(cacheDirectory)).isEqualTo(cold);
        assertThat(reads.get()).isZero();
    }

    @Test
    void changedDeletedAndAddedPostsAreCheckedAgain() throws Exception {
        run(cacheDirectory);
        write("_posts/2025-01-01-p.md", "---\ntitle: a\ntitle: b\n---\n");
        Files.delete(base.resolve("_posts/2025-01-04-p.md"));
        write("_posts/2025-02-01-new.md", "---\n---\n");
        reads.set(0);
        assertCachedRunEqualsColdRun();
        assertThat(run(cacheDirectory)).hasSize(6);
    }

    @Test
    void aTouchedFileWithTheSameContentIsNotCheckedAgain() throws Exception {
        List<String> cold = run(cacheDirectory);
        Files.setLastModifiedTime(base.resolve("_posts/2025-01-04-p.md"), FileTime.fromMillis(1_000_000));
        reads.set(0);
        assertThat(run(cacheDirectory)).isEqualTo(cold);
        assertThat(reads.get()).isEqualTo(1);
        reads.set(0);
        run(cacheDirectory);
        assertThat(reads.get()).isZero();
    }

    @Test
    void aChangedConfigurationInvalidatesEverything() throws Exception {
        run(cacheDirectory);
        config = new ConfigLoader(RuleCatalog.builtIn()).parse(
                "rules:\n  front-matter:\n    severity: warning\n    options:\n      required: [title, date]\n", "c.yml");
        reads.set(0);
        assertCachedRunEqualsColdRun();
        assertThat(run(cacheDirectory)).allMatch(line -> line.contains(": warning [front-matter]"));
    }

    @Test
    void aCorruptedTruncatedOrForeignCacheIsIgnored() throws Exception {
        List<String> cold = run(null);
        Path file = cacheDirectory.resolve(LintCache.FILE_NAME);
        for (byte[] junk : List.of("not gzip".getBytes(StandardCharsets.UTF_8), new byte[0],
                new byte[] {0x1f, (byte) 0x8b, 8, 0, 0})) {
            Files.write(file, junk);
            assertThat(run(cacheDirectory)).isEqualTo(cold);
        }
        run(cacheDirectory);
        byte[] valid = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(valid, valid.length / 2));
        assertThat(run(cacheDirectory)).isEqualTo(cold);
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"format\":\"contentlint-cache/1\",\"key\":\"someone else\",\"entries\":{}}".getBytes(StandardCharsets.UTF_8));
        }
        reads.set(0);
        assertThat(run(cacheDirectory)).isEqualTo(cold);
        assertThat(reads.get()).isEqualTo(20);
    }
}
