package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.config.ContentlintConfig;
import io.github.contentlint.report.ConsoleReport;
import io.github.contentlint.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input suite: every hostile or broken post gives a clear finding on that file (or
 * none, when it is merely odd) and the run goes on; nothing becomes an internal error.
 */
class HostileInputTest {

    private static final String FRONT_MATTER = "---\ntitle: t\ndate: 2025-01-01\n---\n\n";

    @TempDir
    Path base;

    private List<String> lint(FileSource files, Charset encoding) throws Exception {
        RuleSet rules = RuleSet.resolve(RuleCatalog.builtIn(), ContentlintConfig.defaults(), Locale.ENGLISH,
                getClass().getClassLoader());
        LintSettings settings = new LintSettings(base, List.of("**/*.md"), FileDiscovery.DEFAULT_EXCLUDES, encoding, 2,
                LintSettings.DEFAULT_MAX_FILE_BYTES);
        List<String> lines = new Linter(settings, rules, files).run().findings().stream().map(ConsoleReport::line).toList();
        assertThat(lines).noneMatch(line -> line.contains("[internal-error]"));
        return lines;
    }

    private List<String> lint() throws Exception {
        return lint(FileSource.FILE_SYSTEM, StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws IOException {
        // each post its own title: a title two posts share is a title-format finding
        return write(name, text.replaceFirst("title: t(\r\n|\r|\n)", "title: " + name + "$1").getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = base.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    @Test
    void deepNestingOnOneLineIsBoundedBeforeParsing() throws Exception {
        write("quotes.md", FRONT_MATTER + ">".repeat(10_000) + " deep\n");
        write("lists.md", FRONT_MATTER + "- ".repeat(10_000) + "deep\n");
        write("ordered.md", FRONT_MATTER + "1. ".repeat(10_000) + "deep\n");
        write("emphasis.md", FRONT_MATTER + "**".repeat(2_000) + "x" + "**".repeat(2_000) + "\n");
        write("links.md", FRONT_MATTER + "[".repeat(20_000) + "x" + "](u)".repeat(20_000) + "\n");
        assertThat(lint()).isEmpty();
    }

    @Test
    void aLinkLabelFullOfEscapesDoesNotSendFlexmarksRegexIntoBacktracking() throws Exception {
        // without the bound each of these runs for hours inside flexmark's link-label regex
        write("backslashes.md", FRONT_MATTER + "Read [the notes" + "\\".repeat(400) + " here.\n");
        write("escapes.md", FRONT_MATTER + "[id" + "\\!".repeat(400) + "\n\nThe end.\n");
        write("reference.md", FRONT_MATTER + "- [a list item" + "\\".repeat(5_000) + "\n");
        // a generous bound, only so that a regression fails instead of hanging the build
        assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> lint())).isEmpty();
    }

    @Test
    void deepNestingByIndentationIsBounded() throws Exception {
        StringBuilder list = new StringBuilder(FRONT_MATTER);
        for (int level = 0; level < 3_000; level++) {
            list.append(" ".repeat(level * 2)).append("- level ").append(level).append('\n');
        }
        write("indented.md", list.toString());
        assertThat(lint()).isEmpty();
    }

    @Test
    void aGiantBlockIsReportedNotParsed() throws Exception {
        StringBuilder table = new StringBuilder(FRONT_MATTER + "| a | b |\n|---|---|\n");
        for (int row = 0; row < 30_000; row++) {
            table.append("| ").append(row).append(" | x |\n");
        }
        write("table.md", table.toString());
        write("fine.md", FRONT_MATTER + "Fine.\n");
        assertThat(lint()).containsExactly("table.md:6:1: error [unreadable] the post has a block of 30002 lines without"
                + " a blank line, over the limit of 10000: contentlint does not check it; break the block up with blank lines");
    }

    @Test
    void manyParagraphsAndALongLineAreJustSlow() throws Exception {
        write("paragraphs.md", FRONT_MATTER + "Paragraph.\n\n".repeat(100_000));
        write("line.md", FRONT_MATTER + "あ".repeat(2_000_000) + "\n");
        assertThat(lint()).isEmpty();
    }

    @Test
    void oddButHarmlessShapesGiveNoFinding() throws Exception {
        write("dashes.md", FRONT_MATTER + "text\n\n---\n\nmore\n---\nkey: value\n---\n");
        write("only-front-matter.md", "---\ntitle: t\ndate: 2025-01-01\n---");
        write("no-newline.md", FRONT_MATTER + "end");
        write("crlf.md", FRONT_MATTER.replace("\n", "\r\n") + "text\r\n");
        write("cr.md", FRONT_MATTER.replace("\n", "\r") + "text\r");
        write("folder with spaces/日本語 😀.md", FRONT_MATTER + "ok\n");
        assertThat(lint()).isEmpty();
    }

    @Test
    void japaneseLegacyEncodingsAreNamed() throws Exception {
        String post = "---\ntitle: 日本語の記事\ndate: 2025-01-01\n---\n本文です。\n";
        write("sjis.md", post.getBytes(Charset.forName("Shift_JIS")));
        write("eucjp.md", post.getBytes(Charset.forName("EUC-JP")));
        assertThat(lint()).containsExactly(
                "eucjp.md:1:1: error [unreadable] the bytes at line 2 (byte 11) are not valid UTF-8; the file reads as"
                        + " EUC-JP: save it as UTF-8, or set <encoding>EUC-JP</encoding> if every post uses it",
                "sjis.md:1:1: error [unreadable] the bytes at line 2 (byte 11) are not valid UTF-8; the file reads as"
                        + " Shift_JIS: save it as UTF-8, or set <encoding>Shift_JIS</encoding> if every post uses it");
        Files.delete(base.resolve("eucjp.md"));
        assertThat(lint(FileSource.FILE_SYSTEM, Charset.forName("Shift_JIS"))).isEmpty();
    }

    @Test
    void linksOutsideTheBaseAndLoopsAreNotFollowed() throws Exception {
        Path outside = Files.createTempFile("outside", ".md");
        try {
            Files.writeString(outside, "secret");
            Files.createSymbolicLink(base.resolve("outside.md"), outside);
            Files.createDirectories(base.resolve("posts"));
            Files.createSymbolicLink(base.resolve("posts/loop"), base);
            write("posts/inside.md", FRONT_MATTER + "ok\n");
            Files.createSymbolicLink(base.resolve("posts/alias.md"), base.resolve("posts/inside.md"));
            // a link inside the base is a second path to the same post: a site built from it shows the title twice
            assertThat(lint()).containsExactly("outside.md:1:1: error [unreadable] the file is a link to a file outside"
                    + " the base directory: contentlint does not follow it",
                    "posts/alias.md:2:8: error [title-format] title \"posts/inside.md\" is also the title of"
                            + " posts/inside.md: give each post its own title",
                    "posts/inside.md:2:8: error [title-format] title \"posts/inside.md\" is also the title of"
                            + " posts/alias.md: give each post its own title");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void unreadableAndTruncatedFilesAreFindings() throws Exception {
        write("denied.md", FRONT_MATTER + "x\n");
        write("truncated.md", FRONT_MATTER + "full text\n");
        FileSource files = file -> {
            String name = file.getFileName().toString();
            if (name.equals("denied.md")) {
                throw new java.nio.file.AccessDeniedException(file.toString());
            }
            byte[] bytes = Files.readAllBytes(file);
            // truncated while the run goes on: the stamp said more bytes than there are
            return name.equals("truncated.md") ? java.util.Arrays.copyOf(bytes, 9) : bytes;
        };
        assertThat(lint(files, StandardCharsets.UTF_8)).containsExactly(
                "denied.md:1:1: error [unreadable] the file cannot be read (permission denied)",
                "truncated.md:1:1: error [front-matter] front matter opened with --- on line 1 is never closed:"
                        + " add a line --- after the last key");
    }
}
