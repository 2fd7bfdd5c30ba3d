package io.github.contentlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contentlint.config.ConfigException;
import io.github.contentlint.config.PathOverride;
import io.github.contentlint.config.RuleSettings;
import io.github.contentlint.engine.CheckOptions;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.rules.RuleCatalog;
import io.github.contentlint.rules.RuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code rules} goal's text: the rules in effect, and one rule's documentation. */
class RuleDocsTest {

    @TempDir
    Path base;

    private Contentlint.Configuration configure() throws ConfigException {
        return Contentlint.configure(CheckOptions.defaults(base, base.resolve("target")));
    }

    private void write(String path, String text) throws Exception {
        Files.createDirectories(base.resolve(path).getParent());
        Files.writeString(base.resolve(path), text);
    }

    @Test
    void withoutAConfigurationEveryRuleIsAtItsDefaultAndNothingIsMarked() throws Exception {
        List<String> lines = RuleDocs.listing(configure());

        assertThat(lines.get(0)).isEqualTo("Configuration: none: defaults (no .contentlint.yml in the base directory)");
        assertThat(lines.get(1)).isEqualTo(
                "Front matter keys: title: title, excerpt: excerpt, date: date, readingTime: reading_time");
        assertThat(lines).contains(
                "  reading-time: error",
                "      The stated reading time agrees with the length of the body.",
                "      charactersPerMinute: 500",
                "      tolerance: 1.5",
                "  front-matter: error",
                "      required: [title]",
                "      schema: {}",
                "  title-matches-excerpt: warning",
                "  unused-suppression: info",
                "      dateAliases: [pubDate, publishDate, published, publishedAt, created, createdAt, created_at]");
        // a long default list is shortened in the listing; the rule's documentation prints it whole
        assertThat(lines).anyMatch(line -> line.matches(
                " {6}signoffs: the default, \\d+ entries \\(see -Dcontentlint.rule=no-truncated-ending\\)"));
        assertThat(lines).noneMatch(line -> line.startsWith("* ") || line.startsWith("    * "));
        assertThat(lines).containsSubsequence(
                "Overrides (applied in order over the rules above; the last match wins):", "  none",
                "Repository rules (.contentlint/rules/*.yml):", "  none",
                "One rule's documentation: mvn contentlint:rules -Dcontentlint.rule=<id>");
        for (RuleDescriptor descriptor : RuleCatalog.builtIn().all()) {
            assertThat(lines).as(descriptor.id()).contains("  " + descriptor.id() + ": " + descriptor.severity().label());
        }
    }

    @Test
    void marksWhatTheConfigurationChangesAndSaysWhere() throws Exception {
        write(".contentlint.yml", """
                keys: {excerpt: description}
                rules:
                  reading-time:
                    severity: warning
                    options:
                      tolerance: 2.0
                      charactersPerMinute: 500
                  front-matter:
                    options:
                      required: [title, date, description]
                  no-truncated-ending: off
                overrides:
                  - files: ["_drafts/**", "content/**/_index.md"]
                    rules: {front-matter: off, title-format: warning}
                """);
        List<String> lines = RuleDocs.listing(configure());

        assertThat(lines.get(0)).isEqualTo("Configuration: .contentlint.yml");
        assertThat(lines.get(1)).isEqualTo("Front matter keys: title: title, excerpt: description (default excerpt),"
                + " date: date, readingTime: reading_time (set in .contentlint.yml)");
        assertThat(lines).contains(
                "* reading-time: warning  (default error; set in .contentlint.yml)",
                "    * tolerance: 2.0  (default 1.5; set in .contentlint.yml)",
                "      charactersPerMinute: 500  (set in .contentlint.yml; same as the default)",
                "      wordsPerMinute: 238",
                "  front-matter: error",
                "    * required: [title, date, description]  (default [title]; set in .contentlint.yml)",
                "* no-truncated-ending: off  (default error; set in .contentlint.yml)");
        assertThat(lines).containsSubsequence(
                "Overrides (applied in order over the rules above; the last match wins):",
                "  .contentlint.yml:13: files [_drafts/**, content/**/_index.md]",
                "      front-matter: off",
                "      title-format: warning",
                "Repository rules (.contentlint/rules/*.yml):");
    }

    @Test
    void listsTheRepositorysOwnPatternRulesApart() throws Exception {
        write(".contentlint/rules/no-filler.yml", """
                id: no-filler
                type: pattern
                summary: Filler phrases that say nothing.
                severity: warning
                scope: paragraph
                patterns:
                  - regex: '(?i)\\bneedless to say\\b'
                    message: 'cut "{0}": if it needs no saying, do not say it'
                  - regex: 'はじめに'
                    scope: heading
                    requires: 'まとめ'
                    message: 'a heading that says nothing: name what the section says'
                """);
        write(".contentlint.yml", "rules:\n  no-filler: error\n");
        Contentlint.Configuration configuration = configure();
        List<String> lines = RuleDocs.listing(configuration);

        assertThat(lines).containsSubsequence(
                "Repository rules (.contentlint/rules/*.yml):",
                "* no-filler: error  (default warning; set in .contentlint.yml) [.contentlint/rules/no-filler.yml]",
                "      Filler phrases that say nothing.",
                "One rule's documentation: mvn contentlint:rules -Dcontentlint.rule=<id>");
        assertThat(lines.stream().filter(line -> line.contains("no-filler:"))).hasSize(1);

        List<String> doc = RuleDocs.rule(configuration, configuration.rule("no-filler"));
        assertThat(doc).containsSubsequence(
                "no-filler: Filler phrases that say nothing.",
                "Default severity: warning; in effect: error (set in .contentlint.yml)",
                "Defined in: .contentlint/rules/no-filler.yml (a pattern rule)",
                "Options: none",
                "Patterns (RE2 syntax; scope paragraph; {0} = the match, {1}.. = groups):",
                "  (?i)\\bneedless to say\\b",
                "      cut \"{0}\": if it needs no saying, do not say it",
                "  はじめに  (scope heading)  (only in a post that also matches まとめ)",
                "      a heading that says nothing: name what the section says");
    }

    @Test
    void oneRulesDocumentationHasEverythingItsCatalogEntrySays() throws Exception {
        write(".contentlint.yml", """
                rules:
                  reading-time:
                    options: {tolerance: 2.0}
                overrides:
                  - files: ["_drafts/**"]
                    rules: {reading-time: off}
                  - files: ["_posts/**"]
                    rules: {front-matter: warning}
                """);
        Contentlint.Configuration configuration = configure();
        List<String> doc = RuleDocs.rule(configuration, configuration.rule("reading-time"));

        assertThat(doc).containsSubsequence(
                "reading-time: The stated reading time agrees with the length of the body.",
                "Default severity: error; in effect: error",
                "Defined in: rules/reading-time.yml of the plugin (a Java rule)",
                "",
                "Description:",
                "  Compares the post's stated reading time (the `readingTime` key of the `keys` map,",
                "",
                "Options (in .contentlint.yml: rules: {reading-time: {options: {name: value}}}):",
                "  charactersPerMinute (number): default 500, current 500",
                "      CJK characters read per minute. 500 is the middle of the 400-600 characters/min that studies",
                "  tolerance (number): default 1.5, current 2.0 (set in .contentlint.yml)",
                "  addMissing (boolean): default false, current false",
                "",
                "Overrides that set it (in order; the last match wins):",
                "  .contentlint.yml:5: files [_drafts/**]",
                "      reading-time: off",
                "",
                "Examples:",
                "  good: 40 Japanese characters read in well under a minute, and the post says 1分",
                "      ---",
                "      reading_time: 1分",
                "  bad: a one-minute post that says 8 minutes: the fix writes reading_time: \"1 min\"",
                "      reading_time: \"8 min\"");
        assertThat(doc).doesNotContain("      front-matter: warning");
        int options = doc.indexOf("Options (in .contentlint.yml: rules: {reading-time: {options: {name: value}}}):");
        assertThat(doc.subList(options + 1, doc.indexOf("Overrides that set it (in order; the last match wins):") - 1))
                .as("option descriptions wrap at 100 columns").hasSizeGreaterThan(16).allMatch(line -> line.length() <= 100);
    }

    @Test
    void anUnknownRuleIdFailsWithTheNearestIdAndTheList() throws Exception {
        Contentlint.Configuration configuration = configure();
        assertThatThrownBy(() -> configuration.rule("reading-tme"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("unknown rule 'reading-tme' (did you mean 'reading-time'?); known rules: front-matter, ")
                .hasMessageContaining("no-repeated-paragraphs");
        assertThatThrownBy(() -> configuration.rule("zzz"))
                .hasMessageStartingWith("unknown rule 'zzz'; known rules: front-matter, ");
    }

    @Test
    void aBrokenConfigurationFailsAsCheckDoes() throws Exception {
        write(".contentlint.yml", "rules:\n  reading-time:\n    options: {tolerence: 2}\n");
        assertThatThrownBy(this::configure)
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(".contentlint.yml:3: rule reading-time has no option 'tolerence' (did you mean 'tolerance'?)");
    }

    @Test
    void anOverrideEntryPrintsItsPlaceGlobsAndSettings() {
        PathOverride override = new PathOverride(List.of("_drafts/**"), new java.util.LinkedHashMap<>(Map.of(
                "front-matter", new RuleSettings(io.github.contentlint.api.Severity.OFF, Map.of()))), 7);
        assertThat(RuleDocs.overrideLines(override, "site.yml"))
                .containsExactly("  site.yml:7: files [_drafts/**]", "      front-matter: off");
        PathOverride withOptions = new PathOverride(List.of("content/translations/**"), Map.of("reading-time",
                new RuleSettings(null, Map.of("charactersPerMinute", 300L))), 9);
        assertThat(RuleDocs.overrideLines(withOptions, "site.yml")).containsExactly(
                "  site.yml:9: files [content/translations/**]", "      reading-time: options {charactersPerMinute: 300}");
    }

    @Test
    void valuesPrintAsYamlFlowAndCompareAcrossNumberTypes() {
        assertThat(RuleDocs.flow(List.of("title", "date"))).isEqualTo("[title, date]");
        assertThat(RuleDocs.flow(Map.of("title", Map.of("maxLength", 70)))).isEqualTo("{title: {maxLength: 70}}");
        assertThat(RuleDocs.flow(null)).isEqualTo("none");
        assertThat(RuleDocs.flow("")).isEqualTo("\"\"");
        assertThat(RuleDocs.flow("off")).isEqualTo("\"off\"");
        assertThat(RuleDocs.flow("8 min")).isEqualTo("\"8 min\"");
        assertThat(RuleDocs.flow("**/_posts/**")).isEqualTo("\"**/_posts/**\"");
        assertThat(RuleDocs.flow("a: b")).isEqualTo("\"a: b\"");
        assertThat(RuleDocs.flow(1.5)).isEqualTo("1.5");
        assertThat(RuleDocs.sameValue(500, 500L)).isTrue();
        assertThat(RuleDocs.sameValue(2, 2.0)).isTrue();
        assertThat(RuleDocs.sameValue(1.5, 2.0)).isFalse();
        assertThat(RuleDocs.sameValue(List.of(1, "a"), List.of(1L, "a"))).isTrue();
        assertThat(RuleDocs.sameValue(List.of("a"), List.of("a", "b"))).isFalse();
        assertThat(RuleDocs.sameValue(Map.of("k", 1), Map.of("k", 1L))).isTrue();
        assertThat(RuleDocs.sameValue(Map.of("k", 1), Map.of("j", 1))).isFalse();
        assertThat(RuleDocs.sameValue("1", 1)).isFalse();
    }
}
