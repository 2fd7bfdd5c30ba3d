package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contentlint.api.Severity;
import io.github.contentlint.config.ConfigException;
import io.github.contentlint.config.ConfigLoader;
import io.github.contentlint.config.ContentlintConfig;
import io.github.contentlint.rules.RuleCatalog;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private static final String CONFIG = """
            rules:
              reading-time:
                options: {charactersPerMinute: 450, maximum: 20}
              no-truncated-ending:
                options: {boilerplateHeadings: ["^Related"]}
            overrides:
              - files: ["en/**"]
                rules:
                  reading-time:
                    options: {wordsPerMinute: 180}
              - files: ["en/drafts/**", "_drafts/**"]
                rules:
                  reading-time: {severity: warning, options: {maximum: 0}}
                  no-truncated-ending:
                    options: {boilerplateHeadings: ["^See also"]}
                  front-matter: off
            """;

    private static RuleSet resolve(String yaml) throws ConfigException {
        ContentlintConfig config = new ConfigLoader(RuleCatalog.builtIn()).parse(yaml, ".contentlint.yml");
        return RuleSet.resolve(RuleCatalog.builtIn(), config, Locale.ENGLISH, RuleSetTest.class.getClassLoader());
    }

    private static Object option(RuleSet rules, String id, String path, String option) {
        Object value = rules.activeFor(id, path).context().options().raw(option);
        return value instanceof Number number ? (Object) number.longValue() : value; // catalog defaults are Integers
    }

    @Test
    void aPostNoOverrideMatchesRunsWithTheTopLevelRulesThemselves() throws Exception {
        RuleSet rules = resolve(CONFIG);
        assertThat(rules.activeFor("ja/post.md")).isSameAs(rules.active());
        assertThat(option(rules, "reading-time", "ja/post.md", "charactersPerMinute")).isEqualTo(450L);
        assertThat(option(rules, "reading-time", "ja/post.md", "wordsPerMinute")).isEqualTo(238L);
    }

    @Test
    void overridesApplyInOrderOneOptionAtATimeAndListsReplace() throws Exception {
        RuleSet rules = resolve(CONFIG);
        // the first entry: one option changed, the others kept from the top level and the catalog
        assertThat(option(rules, "reading-time", "en/post.md", "wordsPerMinute")).isEqualTo(180L);
        assertThat(option(rules, "reading-time", "en/post.md", "charactersPerMinute")).isEqualTo(450L);
        assertThat(option(rules, "reading-time", "en/post.md", "maximum")).isEqualTo(20L);
        assertThat(rules.severityFor("reading-time", "en/post.md")).isEqualTo(Severity.ERROR);
        // both entries: the later one wins where they differ, and merges with the earlier one
        assertThat(option(rules, "reading-time", "en/drafts/a.md", "wordsPerMinute")).isEqualTo(180L);
        assertThat(option(rules, "reading-time", "en/drafts/a.md", "maximum")).isEqualTo(0L);
        assertThat(rules.severityFor("reading-time", "en/drafts/a.md")).isEqualTo(Severity.WARNING);
        assertThat(rules.activeFor("reading-time", "en/drafts/a.md").context().severity()).isEqualTo(Severity.WARNING);
        assertThat(option(rules, "no-truncated-ending", "en/drafts/a.md", "boilerplateHeadings"))
                .isEqualTo(List.of("^See also"));
        assertThat(option(rules, "no-truncated-ending", "en/post.md", "boilerplateHeadings"))
                .isEqualTo(List.of("^Related"));
        // off for a path: the rule does not run there
        assertThat(rules.activeFor("front-matter", "_drafts/a.md")).isNull();
        assertThat(rules.activeFor("_drafts/a.md")).noneMatch(a -> a.rule().id().equals("front-matter"));
        assertThat(rules.severityFor("front-matter", "_drafts/a.md")).isEqualTo(Severity.OFF);
        assertThat(rules.activeFor("front-matter", "en/post.md")).isNotNull();
    }

    @Test
    void equalSettingsShareOneContextAndEachCombinationIsResolvedOnce() throws Exception {
        RuleSet rules = resolve(CONFIG);
        // the title rule has the same settings everywhere: one context for every post
        assertThat(rules.activeFor("title-format", "en/drafts/a.md"))
                .isSameAs(rules.activeFor("title-format", "ja/post.md"));
        assertThat(rules.activeFor("en/a.md")).isSameAs(rules.activeFor("en/b/c.md"));
        // resolved once under contention: every thread gets the same list
        ConcurrentHashMap<Integer, Object> seen = new ConcurrentHashMap<>();
        IntStream.range(0, 200).parallel().forEach(i -> seen.put(System.identityHashCode(
                rules.activeFor("en/drafts/p" + i + ".md")), Boolean.TRUE));
        assertThat(seen).hasSize(1);
    }

    @Test
    void aRuleOffAtTheTopRunsOnlyWhereAnOverrideSwitchesItOn() throws Exception {
        RuleSet rules = resolve("""
                rules:
                  reading-time: off
                overrides:
                  - files: ["posts/**"]
                    rules: {reading-time: warning}
                """);
        assertThat(rules.active()).noneMatch(a -> a.rule().id().equals("reading-time"));
        assertThat(rules.activeFor("reading-time", "posts/a.md").context().severity()).isEqualTo(Severity.WARNING);
        assertThat(rules.severityFor("reading-time", "notes/a.md")).isEqualTo(Severity.OFF);
    }

    @Test
    void optionsInOverridesAreValidatedByTheRuleWithTheLineOfTheEntry() {
        assertThatThrownBy(() -> resolve("""
                overrides:
                  - files: ["en/**"]
                    rules:
                      reading-time:
                        options: {tolerance: 0.5}
                """))
                .isInstanceOf(ConfigException.class)
                .hasMessage(".contentlint.yml:4: rules.reading-time.options in the override for en/**: tolerance is a"
                        + " factor of 1 or more, such as 1.5 (the stated value may be up to 1.5 times more or less than"
                        + " the measured one)");
        // each entry is fine alone; a post matching both gets minimum 5 and maximum 3
        assertThatThrownBy(() -> resolve("""
                overrides:
                  - files: ["a/**"]
                    rules:
                      reading-time: {options: {minimum: 5}}
                  - files: ["**/short/**"]
                    rules:
                      reading-time: {options: {maximum: 3}}
                """))
                .hasMessage(".contentlint.yml:7: rules.reading-time.options in a post matching the overrides for a/**"
                        + " and **/short/**: minimum 5 is above maximum 3");
        // options of a rule that is off where they apply are never used, so never refused
        assertThatCode(() -> resolve("""
                overrides:
                  - files: ["a/**"]
                    rules:
                      reading-time: {severity: off, options: {tolerance: 0.5}}
                """));
    }

    private static void assertThatCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable code) {
        org.assertj.core.api.Assertions.assertThatCode(code).doesNotThrowAnyException();
    }

    @Test
    void theFingerprintChangesWithAnOverridesOptionsSoCachedFindingsAreDropped() throws Exception {
        String one = resolve(CONFIG).fingerprint();
        assertThat(resolve(CONFIG).fingerprint()).isEqualTo(one);
        assertThat(resolve(CONFIG.replace("wordsPerMinute: 180", "wordsPerMinute: 181")).fingerprint()).isNotEqualTo(one);
        assertThat(resolve(CONFIG.replace("\"en/**\"", "\"en/**/*.md\"")).fingerprint()).isNotEqualTo(one);
        assertThat(resolve(CONFIG.replace("front-matter: off", "front-matter: warning")).fingerprint()).isNotEqualTo(one);
    }
}
