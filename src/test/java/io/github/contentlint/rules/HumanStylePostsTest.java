package io.github.contentlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.config.ConfigException;
import io.github.contentlint.engine.CheckOptions;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.engine.LintResult;
import io.github.contentlint.engine.Linter;
import io.github.contentlint.report.ConsoleReport;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Human-written posts with legitimate repetition (a refrain, a chorus, a quote that opens and
 * closes a post, repeated code, FAQ headings, a TL;DR, parallel product reviews, release notes)
 * under {@code src/test/resources/human-style/}, linted with every rule active at its default
 * settings. The rules in {@link #CHECKED} must report none of them: a finding here is a false
 * positive that real blogs would see. Add a rule's id to the list once it is tuned for this.
 */
class HumanStylePostsTest {

    /** Rules that must stay silent on every human-style post. */
    static final List<String> CHECKED = List.of(NoRepeatedParagraphsRule.ID);

    @TempDir
    Path output;

    @Test
    void thereAreEnoughPostsInBothLanguages() throws IOException {
        List<String> names = posts();
        assertThat(names).hasSizeGreaterThanOrEqualTo(20);
        assertThat(names).anyMatch(name -> name.contains("-ja-")).anyMatch(name -> name.contains("-en-"));
    }

    @Test
    void checkedRulesReportNothing() throws IOException, ConfigException {
        CheckOptions options = new CheckOptions(root(), List.of("*.md"), List.of(), null, List.of("console"), output,
                StandardCharsets.UTF_8, 1, Locale.ENGLISH);
        Contentlint.Prepared prepared = Contentlint.prepare(options);
        LintResult result = new Linter(prepared.settings(), prepared.rules()).run();
        assertThat(result.postsChecked()).isEqualTo(posts().size());
        List<String> falsePositives = result.findings().stream()
                .filter(finding -> CHECKED.contains(finding.ruleId()))
                .map(ConsoleReport::line)
                .toList();
        assertThat(falsePositives).as("findings on human-style posts").isEmpty();
    }

    private static List<String> posts() throws IOException {
        try (Stream<Path> files = Files.list(root())) {
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
