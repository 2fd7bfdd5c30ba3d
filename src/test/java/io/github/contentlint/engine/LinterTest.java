package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.api.Finding;
import io.github.contentlint.config.ContentlintConfig;
import io.github.contentlint.report.ConsoleReport;
import io.github.contentlint.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {

    @TempDir
    Path base;

    private List<String> lint(FileSource files, int threads) throws Exception {
        RuleSet rules = RuleSet.resolve(RuleCatalog.builtIn(), ContentlintConfig.defaults(), Locale.ENGLISH,
                getClass().getClassLoader());
        LintSettings settings = new LintSettings(base, FileDiscovery.DEFAULT_INCLUDES, FileDiscovery.DEFAULT_EXCLUDES,
                StandardCharsets.UTF_8, threads, LintSettings.DEFAULT_MAX_FILE_BYTES);
        return new Linter(settings, rules, files).run().findings().stream().map(ConsoleReport::line).toList();
    }

    private List<String> lint() throws Exception {
        return lint(FileSource.FILE_SYSTEM, 2);
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private void write(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void emptyBinaryAndBadlyEncodedFilesAreFindingsAndTheRunGoesOn() throws Exception {
        write("_posts/2025-01-01-empty.md", new byte[0]);
        write("_posts/2025-01-02-binary.md", new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        write("_posts/2025-01-03-sjis.md", "---\ntitle: 日本語\n---\n".getBytes(Charset.forName("Shift_JIS")));
        write("_posts/2025-01-04-fine.md", "---\ntitle: Fine\n---\nText.\n");
        assertThat(lint()).containsExactly(
                "_posts/2025-01-01-empty.md:1:1: error [front-matter] the file is empty: write front matter"
                        + " (---, then the keys title, then ---) and the post",
                "_posts/2025-01-02-binary.md:1:1: error [unreadable] the file holds binary data (NUL bytes), not text:"
                        + " remove it from the posts or exclude it",
                "_posts/2025-01-03-sjis.md:1:1: error [unreadable] the bytes at line 2 (byte 11) are not valid UTF-8;"
                        + " the file reads as Shift_JIS: save it as UTF-8, or set <encoding>Shift_JIS</encoding> if every"
                        + " post uses it");
    }

    @Test
    void byteOrderMarksPickTheEncoding() throws Exception {
        byte[] utf8 = "---\ntitle: BOM\n---\nText.\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        write("_posts/2025-01-01-bom.md", withBom);
        byte[] utf16 = "\uFEFF---\ntitle: UTF-16\n---\nText.\n".getBytes(StandardCharsets.UTF_16LE);
        write("_posts/2025-01-02-utf16.md", utf16);
        assertThat(lint()).isEmpty();
    }

    @Test
    void aFileThatVanishesIsReportedAndOthersAreChecked() throws Exception {
        write("_posts/2025-01-01-gone.md", "---\ntitle: Gone\n---\n");
        write("_posts/2025-01-02-here.md", "---\n---\n");
        FileSource vanishing = file -> {
            if (file.getFileName().toString().contains("gone")) {
                throw new NoSuchFileException(file.toString());
            }
            return Files.readAllBytes(file);
        };
        assertThat(lint(vanishing, 1)).containsExactly(
                "_posts/2025-01-01-gone.md:1:1: error [unreadable] the file cannot be read (it no longer exists)",
                "_posts/2025-01-02-here.md:1:1: error [front-matter] required key \"title\" is missing: add a line"
                        + " title: … to the front matter");
    }

    @Test
    void defaultsSelectJekyllHugoAndAstroContentOnly() throws Exception {
        write("_posts/2025-01-01-a.md", "---\ntitle: A\n---\n");
        write("blog/_posts/2025-01-01-nested.markdown", "---\ntitle: N\n---\n");
        write("_drafts/idea.md", "---\ntitle: Draft\n---\n");
        write("content/posts/hugo.md", "---\ntitle: Hugo\ndate: 2025-01-01\n---\n");
        write("src/content/blog/astro.md", "---\ntitle: Astro\ndate: 2025-01-01\n---\n");
        write("src/content/blog/charts.mdx", "---\ntitle: MDX\n---\nimport C from './C'\n\n<C />\n");
        write("content/posts/hugo-has-no.mdx", "---\ntitle: Not read by Hugo\n---\n");
        write("README.md", "# not a post\n");
        write("node_modules/pkg/content/x.md", "not a post");
        write("target/_posts/2025-01-01-copy.md", "not a post");
        List<String> found = new FileDiscovery(FileDiscovery.DEFAULT_INCLUDES, FileDiscovery.DEFAULT_EXCLUDES).find(base);
        assertThat(found).containsExactly("_drafts/idea.md", "_posts/2025-01-01-a.md",
                "blog/_posts/2025-01-01-nested.markdown", "content/posts/hugo.md", "src/content/blog/astro.md",
                "src/content/blog/charts.mdx");
        assertThat(lint()).isEmpty();
    }

    @Test
    void outputIsTheSameWhateverTheThreadCount() throws Exception {
        for (int i = 0; i < 60; i++) {
            write(String.format("_posts/2025-01-%02d-post%d.md", i % 28 + 1, i),
                    i % 3 == 0 ? "---\ntitle: x\ntitle: y\n---\n" : "---\ndate: 2025-01-01\n---\nText " + i + "\n");
        }
        List<String> one = lint(FileSource.FILE_SYSTEM, 1);
        assertThat(one).hasSizeGreaterThan(40);
        assertThat(lint(FileSource.FILE_SYSTEM, 4)).isEqualTo(one);
    }

    @Test
    void findingsCarryFingerprintsThatIgnoreLineNumbers() throws Exception {
        write("_posts/2025-01-01-a.md", "---\ntitle: x\ntitle: y\n---\n");
        RuleSet rules = RuleSet.resolve(RuleCatalog.builtIn(), ContentlintConfig.defaults(), Locale.ENGLISH,
                getClass().getClassLoader());
        LintSettings settings = new LintSettings(base, FileDiscovery.DEFAULT_INCLUDES, FileDiscovery.DEFAULT_EXCLUDES,
                StandardCharsets.UTF_8, 1, LintSettings.DEFAULT_MAX_FILE_BYTES);
        Finding before = new Linter(settings, rules).run().findings().get(0);
        write("_posts/2025-01-01-a.md", "---\nlayout: post\ntitle: x\ntitle: y\n---\n");
        Finding after = new Linter(settings, rules).run().findings().get(0);
        assertThat(after.start().line()).isEqualTo(before.start().line() + 1);
        assertThat(after.fingerprint()).isNotNull().isEqualTo(before.fingerprint());
    }
}
