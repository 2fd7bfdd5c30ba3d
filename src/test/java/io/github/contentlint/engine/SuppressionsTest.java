package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.config.ConfigLoader;
import io.github.contentlint.config.ContentlintConfig;
import io.github.contentlint.report.ConsoleReport;
import io.github.contentlint.rules.RuleCatalog;
import io.github.contentlint.testing.MarkerRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppression comments, front matter, per-path severities, and the report of unused suppressions. */
class SuppressionsTest {

    private static final String HEAD = "---\ntitle: T\ndate: 2025-01-01\n---\n";

    @TempDir
    Path base;

    private LintResult run(String config) throws Exception {
        RuleCatalog catalog = MarkerRule.catalog();
        ContentlintConfig parsed = config == null ? ContentlintConfig.defaults()
                : new ConfigLoader(catalog).parse(config, ".contentlint.yml");
        RuleSet rules = RuleSet.resolve(catalog, parsed, Locale.ENGLISH, getClass().getClassLoader());
        LintSettings settings = new LintSettings(base, List.of("**/*.md", "**/*.mdx"), List.of(), StandardCharsets.UTF_8, 2,
                LintSettings.DEFAULT_MAX_FILE_BYTES);
        return new Linter(settings, rules).run();
    }

    private List<String> lint(String config) throws Exception {
        return run(config).findings().stream().map(ConsoleReport::line).toList();
    }

    private List<String> lint() throws Exception {
        return lint(null);
    }

    private void post(String path, String body) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, HEAD + body);
    }

    @Test
    void disableUntilEnableOrTheEnd() throws Exception {
        post("a.md", """
                MARK one
                <!-- contentlint-disable test-marker -->
                MARK two
                <!-- contentlint-enable test-marker -->
                MARK three
                <!-- contentlint-disable -->
                MARK four
                """);
        assertThat(lint()).containsExactly(
                "a.md:5:1: warning [test-marker] marked",
                "a.md:9:1: warning [test-marker] marked");
        assertThat(run(null).suppressed()).isEqualTo(2);
    }

    @Test
    void mdxWritesTheDirectivesAsJsxComments() throws Exception {
        post("a.mdx", """
                MARK one
                {/* contentlint-disable-next-line test-marker -- a quote from the manual */}
                MARK two
                {/* contentlint-disable */}
                MARK three
                {/* contentlint-enable */}
                MARK four
                {/* contentlint-disable unknown-rule */}
                """);
        assertThat(lint()).containsExactly(
                "a.mdx:5:1: warning [test-marker] marked",
                "a.mdx:11:1: warning [test-marker] marked",
                "a.mdx:12:1: info [unused-suppression] contentlint-disable names unknown-rule, which is not a rule id:"
                        + " write an id from the rule list, or remove it");
    }

    @Test
    void disableNextLineCoversOnlyTheLineAfterTheComment() throws Exception {
        post("a.md", """
                <!-- contentlint-disable-next-line test-marker -- the marker is quoted on purpose -->
                MARK one
                MARK two
                """);
        assertThat(lint()).containsExactly("a.md:7:1: warning [test-marker] marked");
    }

    @Test
    void enablingOneRuleAfterDisablingAllKeepsTheOthersOff() throws Exception {
        post("a.md", """
                <!-- contentlint-disable -->
                MARK one
                <!-- contentlint-enable test-marker -->
                MARK two
                """);
        assertThat(lint()).containsExactly("a.md:8:1: warning [test-marker] marked");
    }

    @Test
    void frontMatterDisablesARuleForTheWholePost() throws Exception {
        Files.writeString(base.resolve("a.md"), """
                ---
                title: T
                date: 2025-01-01
                contentlint: {disable: [test-marker]}
                ---
                MARK one
                MARK two
                """);
        assertThat(lint()).isEmpty();
    }

    @Test
    void aPelicanHeaderDisablesRulesInTheCommentsSyntax() throws Exception {
        Files.writeString(base.resolve("a.md"), "Title: T\nContentlint: disable test-marker -- a list of marks\n\nMARK\n");
        Files.writeString(base.resolve("b.md"), "Title: U\ncontentlint: disable\n\nMARK\n");
        Files.writeString(base.resolve("c.md"), "Title: V\nContentlint: off\n\nMARK\n");
        assertThat(lint()).containsExactly(
                "c.md:2:1: info [unused-suppression] Contentlint in the metadata header must read"
                        + " Contentlint: disable rule-id, …, not off",
                "c.md:4:1: warning [test-marker] marked");
    }

    @Test
    void aSuppressionThatSuppressesNothingIsReported() throws Exception {
        post("a.md", """
                Nothing marked here.
                <!-- contentlint-disable-next-line test-marker -->
                Still nothing.
                <!-- contentlint-disable front-matter, test-marker -->
                MARK
                <!-- contentlint-enable -->
                <!-- contentlint-enable test-marker -->
                """);
        assertThat(lint()).containsExactly(
                "a.md:6:1: info [unused-suppression] <!-- contentlint-disable-next-line test-marker --> suppresses no"
                        + " finding of test-marker here: remove test-marker from the comment, or the whole comment",
                "a.md:8:1: info [unused-suppression] <!-- contentlint-disable front-matter --> suppresses no finding"
                        + " of front-matter here: remove front-matter from the comment, or the whole comment",
                "a.md:11:1: info [unused-suppression] <!-- contentlint-enable test-marker --> ends no"
                        + " contentlint-disable above it: remove it, or move it below the comment it should end");
    }

    @Test
    void unknownIdsAndWordsAreReportedAndSuppressNothing() throws Exception {
        post("a.md", """
                <!-- contentlint-disable test-markr -->
                MARK
                <!-- contentlint-disable-line -->
                """);
        Files.writeString(base.resolve("b.md"), "---\ntitle: U\ndate: 2025-01-01\ncontentlint: off\n---\nText.\n");
        assertThat(lint()).containsExactly(
                "a.md:5:1: info [unused-suppression] contentlint-disable names test-markr, which is not a rule id:"
                        + " did you mean test-marker?",
                "a.md:6:1: warning [test-marker] marked",
                "a.md:7:1: info [unused-suppression] <!-- contentlint-disable-line --> is not a contentlint comment:"
                        + " write contentlint-disable, contentlint-enable or contentlint-disable-next-line",
                "b.md:4:1: info [unused-suppression] contentlint in the front matter must read"
                        + " contentlint: {disable: [rule-id, …]}, not false");
    }

    @Test
    void commentsInCodeBlocksAreText() throws Exception {
        post("a.md", """
                ```markdown
                <!-- contentlint-disable -->
                ```
                MARK
                """);
        assertThat(lint()).containsExactly("a.md:8:1: warning [test-marker] marked");
    }

    @Test
    void disableTrueInFrontMatterCoversEveryRule() throws Exception {
        Files.writeString(base.resolve("a.md"), "---\ncontentlint: {disable: true}\n---\nMARK\n");
        assertThat(lint()).isEmpty(); // front-matter's finding (no title) and the marker are both suppressed
    }

    @Test
    void overridesSetSeveritiesPerPathAndTheLastMatchWins() throws Exception {
        post("_posts/a.md", "MARK\n");
        post("_drafts/b.md", "MARK\n");
        post("_drafts/old/c.md", "MARK\n");
        assertThat(lint("""
                overrides:
                  - files: ["_drafts/**"]
                    rules: {test-marker: off}
                  - files: "_drafts/old/*.md"
                    rules:
                      test-marker: {severity: error}
                """)).containsExactly(
                "_drafts/old/c.md:5:1: error [test-marker] marked",
                "_posts/a.md:5:1: warning [test-marker] marked");
    }

    @Test
    void aRuleOffAtTheTopRunsWhereAnOverrideSwitchesItOn() throws Exception {
        post("_posts/a.md", "MARK\n");
        post("_drafts/b.md", "MARK\n");
        assertThat(lint("""
                rules: {test-marker: off}
                overrides:
                  - files: ["_drafts/**"]
                    rules: {test-marker: warning}
                """)).containsExactly("_drafts/b.md:5:1: warning [test-marker] marked");
    }

    @Test
    void unusedSuppressionCanBeSwitchedOff() throws Exception {
        post("a.md", "<!-- contentlint-disable test-marker -->\n");
        assertThat(lint("rules: {unused-suppression: off}\n")).isEmpty();
    }

    @Test
    void fingerprintsOfUnusedSuppressionsDoNotDependOnTheLine() throws Exception {
        post("a.md", "<!-- contentlint-disable test-marker -->\n");
        String before = run(null).findings().get(0).fingerprint();
        post("a.md", "A new first paragraph.\n\n<!-- contentlint-disable test-marker -->\n");
        assertThat(run(null).findings().get(0).fingerprint()).isEqualTo(before);
    }

    @Test
    void aHugeBlockOfUnclosedCommentsStaysFast() throws Exception {
        post("a.md", "<div>\n" + "<!-- contentlint-disable x ".repeat(200_000) + "\n</div>\n\nMARK\n");
        long started = System.nanoTime();
        assertThat(lint()).containsExactly("a.md:9:1: warning [test-marker] marked");
        assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
    }
}
