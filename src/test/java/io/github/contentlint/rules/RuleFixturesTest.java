package io.github.contentlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.api.Finding;
import io.github.contentlint.engine.CheckOptions;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.engine.LintResult;
import io.github.contentlint.engine.Linter;
import io.github.contentlint.engine.LintSettings;
import io.github.contentlint.report.ConsoleReport;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture under {@code src/test/resources/rules/<rule-id>/}: each post in
 * {@code good/} must give no finding of that rule; each post in {@code bad/} must give exactly
 * the findings of that rule listed in the file of the same name ending in {@code .expected},
 * one console line each without the path ({@code 12:1: error [rule-id] message}). A
 * {@code .contentlint.yml} in the rule's folder configures the run.
 */
class RuleFixturesTest {

    static Path fixturesRoot() {
        try {
            return Path.of(RuleFixturesTest.class.getResource("/rules").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> ruleDirs = Files.list(fixturesRoot())) {
            for (Path ruleDir : ruleDirs.sorted().toList()) {
                String ruleId = ruleDir.getFileName().toString();
                LintResult result = lint(ruleDir);
                for (String kind : List.of("good", "bad")) {
                    Path dir = ruleDir.resolve(kind);
                    if (!Files.isDirectory(dir)) {
                        continue;
                    }
                    try (Stream<Path> posts = Files.list(dir)) {
                        for (Path post : posts.filter(RuleFixturesTest::isPost).sorted().toList()) {
                            String path = kind + "/" + post.getFileName();
                            tests.add(DynamicTest.dynamicTest(ruleId + " " + path,
                                    () -> check(ruleId, kind, post, path, result)));
                        }
                    }
                }
            }
        }
        return tests.stream();
    }

    private static boolean isPost(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdx");
    }

    static LintResult lint(Path ruleDir) throws IOException {
        Path config = ruleDir.resolve(".contentlint.yml");
        CheckOptions options = CheckOptions.builder(ruleDir, ruleDir.resolve("target"))
                .includes(List.of("good/*.md", "bad/*.md", "good/*.markdown", "bad/*.markdown", "good/*.mdx", "bad/*.mdx"))
                .configFile(Files.isRegularFile(config) ? config : null).build();
        try {
            Contentlint.Prepared prepared = Contentlint.prepare(options);
            return new Linter(prepared.settings(), prepared.rules()).run();
        } catch (io.github.contentlint.config.ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(String ruleId, String kind, Path post, String path, LintResult result)
            throws IOException {
        List<String> actual = result.findings().stream()
                .filter(f -> f.path().equals(path) && f.ruleId().equals(ruleId))
                .map(RuleFixturesTest::withoutPath)
                .toList();
        if (kind.equals("good")) {
            assertThat(actual).as("findings of %s on %s", ruleId, path).isEmpty();
            return;
        }
        Path expectedFile = post.resolveSibling(post.getFileName().toString().replaceFirst("\\.(md|markdown|mdx)$", ".expected"));
        assertThat(expectedFile).as("bad fixture %s needs its .expected file", path).exists();
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        assertThat(actual).as("findings of %s on %s", ruleId, path).containsExactlyElementsOf(expected);
    }

    private static String withoutPath(Finding finding) {
        return ConsoleReport.line(finding).substring(finding.path().length() + 1);
    }
}
