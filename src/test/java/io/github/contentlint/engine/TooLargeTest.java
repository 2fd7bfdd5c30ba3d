package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.config.ContentlintConfig;
import io.github.contentlint.report.ConsoleReport;
import io.github.contentlint.rules.RuleCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post over the size limit is a finding and is never read; the other posts are checked. */
class TooLargeTest {

    @TempDir
    Path base;

    @Test
    void aPostOverTheLimitIsReportedWithoutBeingRead() throws Exception {
        Files.createDirectories(base.resolve("_posts"));
        byte[] fiftyOneMegabytes = new byte[51 * 1024 * 1024];
        java.util.Arrays.fill(fiftyOneMegabytes, (byte) 'a');
        Files.write(base.resolve("_posts/2025-01-01-huge.md"), fiftyOneMegabytes);
        Files.writeString(base.resolve("_posts/2025-01-02-small.md"), "---\ntitle: t\ntitle: u\n---\n");
        RuleSet rules = RuleSet.resolve(RuleCatalog.builtIn(), ContentlintConfig.defaults(), Locale.ENGLISH,
                getClass().getClassLoader());
        LintSettings settings = new LintSettings(base, FileDiscovery.DEFAULT_INCLUDES, FileDiscovery.DEFAULT_EXCLUDES,
                StandardCharsets.UTF_8, 2, LintSettings.DEFAULT_MAX_FILE_BYTES);
        FileSource neverReadsTheHugeOne = file -> {
            assertThat(file.getFileName().toString()).isNotEqualTo("2025-01-01-huge.md");
            return Files.readAllBytes(file);
        };
        List<String> lines = new Linter(settings, rules, neverReadsTheHugeOne).run().findings().stream()
                .map(ConsoleReport::line).toList();
        assertThat(lines).containsExactly(
                "_posts/2025-01-01-huge.md:1:1: error [unreadable] the file is 53477376 bytes, over the limit of 52428800"
                        + " bytes: split the post, or exclude the file",
                "_posts/2025-01-02-small.md:3:1: error [front-matter] key \"title\" appears again (first on line 2):"
                        + " keep one of the two");
    }
}
