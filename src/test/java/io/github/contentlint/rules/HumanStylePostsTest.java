package io.github.contentlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.engine.LintResult;
import io.github.contentlint.report.ConsoleReport;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Human-written posts with legitimate repetition (a refrain, a chorus, a quote that opens and
 * closes a post, repeated code, FAQ headings, a TL;DR, parallel product reviews, release notes, a
 * call to subscribe at the top and the bottom) under {@code src/test/resources/human-style/good/},
 * linted with every rule active at its default settings (no configuration file), as the rule
 * fixtures are. The rules in {@link #CHECKED} must report none of them: a finding here is a false
 * positive that real blogs would see. Add a rule's id to the list once it is tuned for this.
 */
class HumanStylePostsTest {

    /** Rules that must stay silent on every human-style post. */
    static final List<String> CHECKED = List.of(NoRepeatedParagraphsRule.ID, "no-truncated-ending",
            "no-generation-artifacts", "title-format", "title-matches-excerpt", "reading-time", "front-matter",
            "unused-suppression");

    @Test
    void thereAreEnoughPostsInBothLanguages() throws IOException {
        List<String> names = posts();
        assertThat(names).hasSizeGreaterThanOrEqualTo(20);
        assertThat(names).anyMatch(name -> name.contains("-ja-")).anyMatch(name -> name.contains("-en-"));
    }

    @Test
    void checkedRulesReportNothing() throws IOException {
        LintResult result = RuleFixturesTest.lint(root());
        assertThat(result.postsChecked()).isEqualTo(posts().size());
        List<String> falsePositives = result.findings().stream()
                .filter(finding -> CHECKED.contains(finding.ruleId()))
                .map(ConsoleReport::line)
                .toList();
        assertThat(falsePositives).as("findings on human-style posts").isEmpty();
    }

    private static List<String> posts() throws IOException {
        try (Stream<Path> files = Files.list(root().resolve("good"))) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".md")).sorted().toList();
        }
    }

    private static Path root() {
        try {
            return Path.of(HumanStylePostsTest.class.getResource("/human-style").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
