package io.github.contentlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.contentlint.api.FrontMatterKeys;
import io.github.contentlint.api.Severity;
import io.github.contentlint.engine.RuleSet;
import io.github.contentlint.rules.RuleCatalog;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    private final ConfigLoader loader = new ConfigLoader(RuleCatalog.builtIn());

    @Test
    void readsKeysGlobsSeveritiesAndOptions() throws Exception {
        ContentlintConfig config = loader.parse("""
                keys: {excerpt: description, readingTime: readingTime}
                includes: ["posts/**/*.md"]
                rules:
                  front-matter:
                    severity: warning
                    options:
                      required: [title, excerpt]
                """, ".contentlint.yml");
        assertThat(config.keys()).isEqualTo(new FrontMatterKeys("title", "description", "date", "readingTime"));
        assertThat(config.includes()).containsExactly("posts/**/*.md");
        assertThat(config.excludes()).isNull();
        RuleSettings frontMatter = config.rules().get("front-matter");
        assertThat(frontMatter.severity()).isEqualTo(Severity.WARNING);
        assertThat(frontMatter.options()).containsEntry("required", List.of("title", "excerpt"));
    }

    @Test
    void aBareSeverityAndYamlOffBothWork() throws Exception {
        ContentlintConfig config = loader.parse("rules:\n  front-matter: off\n", "c.yml");
        assertThat(config.rules().get("front-matter").severity()).isEqualTo(Severity.OFF);
        assertThat(loader.parse("rules:\n  front-matter: info\n", "c.yml").rules().get("front-matter").severity())
                .isEqualTo(Severity.INFO);
    }

    @Test
    void anEmptyFileIsTheDefaults() throws Exception {
        assertThat(loader.parse("", "c.yml").rules()).isEmpty();
    }

    @Test
    void mistakesFailWithFileLineAndWhatToWrite() {
        assertThatThrownBy(() -> loader.parse("rules:\n  front-mater: error\n", ".contentlint.yml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(".contentlint.yml:2: unknown rule 'front-mater' (did you mean 'front-matter'?)");
        assertThatThrownBy(() -> loader.parse("rules:\n  front-matter:\n    options:\n      requird: [title]\n", "c.yml"))
                .hasMessageStartingWith("c.yml:4: rule front-matter has no option 'requird' (did you mean 'required'?)");
        assertThatThrownBy(() -> loader.parse("rules:\n  front-matter:\n    options:\n      required: title\n", "c.yml"))
                .hasMessage("c.yml:4: option required of front-matter must be a list of strings, like [a, b],"
                        + " not the string \"title\" (default: [title])");
        assertThatThrownBy(() -> loader.parse("rules:\n  front-matter: loud\n", "c.yml"))
                .hasMessage("c.yml:2: unknown severity 'loud': write off, info, warning or error");
        assertThatThrownBy(() -> loader.parse("rule:\n  front-matter: off\n", "c.yml"))
                .hasMessageStartingWith("c.yml:1: unknown key 'rule': the top level takes excludes, includes, keys, overrides, rules");
        assertThatThrownBy(() -> loader.parse("keys: {summary: description}\n", "c.yml"))
                .hasMessageStartingWith("c.yml:1: unknown field 'summary' under keys");
        assertThatThrownBy(() -> loader.parse("rules:\n  front-matter: error\n  front-matter: off\n", "c.yml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("c.yml:3: is not valid YAML");
        assertThatThrownBy(() -> loader.parse("rules: [a\n", "c.yml"))
                .hasMessageContaining("is not valid YAML");
    }

    @Test
    void ruleOptionsAreValidatedByTheRuleBeforeAnyPostIsRead() throws Exception {
        ContentlintConfig config = loader.parse("""
                rules:
                  front-matter:
                    options:
                      schema:
                        title: {type: text}
                """, ".contentlint.yml");
        assertThatThrownBy(() -> RuleSet.resolve(RuleCatalog.builtIn(), config, Locale.ENGLISH, getClass().getClassLoader()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(".contentlint.yml:2: rules.front-matter.options: schema.title.type 'text' is not one of"
                        + " boolean, date, integer, list, number, string");
        ContentlintConfig badRegex = loader.parse("""
                rules:
                  front-matter:
                    options:
                      schema:
                        title: {pattern: "(unclosed"}
                """, ".contentlint.yml");
        assertThatThrownBy(() -> RuleSet.resolve(RuleCatalog.builtIn(), badRegex, Locale.ENGLISH, getClass().getClassLoader()))
                .hasMessageStartingWith(".contentlint.yml:2: rules.front-matter.options: schema.title.pattern does not compile");
    }

    @Test
    void overridesSetSeveritiesPerGlobAndFailFastOnUnknownRules() throws Exception {
        ContentlintConfig config = loader.parse("""
                overrides:
                  - files: ["_drafts/**", "notes/*.md"]
                    rules:
                      front-matter: off
                  - files: "_posts/2019/**"
                    rules: {unused-suppression: {severity: warning}}
                """, "c.yml");
        assertThat(config.overrides()).hasSize(2);
        assertThat(config.overrides().get(0).files()).containsExactly("_drafts/**", "notes/*.md");
        assertThat(config.overrides().get(0).severities()).containsEntry("front-matter", Severity.OFF);
        assertThat(config.overrides().get(0).matches("_drafts/a/b.md")).isTrue();
        assertThat(config.overrides().get(0).matches("_posts/a.md")).isFalse();
        assertThat(config.overrides().get(1).line()).isEqualTo(5);
        assertThatThrownBy(() -> loader.parse("overrides:\n  - files: [\"a/**\"]\n    rules: {front-mater: off}\n",
                "c.yml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("c.yml:3: unknown rule 'front-mater' (did you mean 'front-matter'?)");
        assertThatThrownBy(() -> loader.parse("overrides:\n  - rules: {front-matter: off}\n", "c.yml"))
                .hasMessageStartingWith("c.yml:2: each entry of overrides needs files");
        assertThatThrownBy(() -> loader.parse("overrides: {files: a}\n", "c.yml"))
                .hasMessageStartingWith("c.yml:1: overrides is a list of");
        assertThatThrownBy(() -> loader.parse("overrides:\n  - files: a\n    ignore: [x]\n    rules: {x: off}\n",
                "c.yml"))
                .hasMessageStartingWith("c.yml:3: unknown key 'ignore' in overrides");
    }

    @Test
    void overridesTakeOptionsReadExactlyLikeTopLevelRules() throws Exception {
        ContentlintConfig config = loader.parse("""
                rules:
                  reading-time:
                    options: {charactersPerMinute: 500, maximum: 20}
                overrides:
                  - files: ["translations/en/**"]
                    rules:
                      reading-time:
                        options: {wordsPerMinute: 180}
                  - files: "_drafts/**"
                    rules:
                      reading-time: off
                      front-matter: {severity: warning, options: {required: [title]}}
                """, "c.yml");
        PathOverride translated = config.overrides().get(0);
        assertThat(translated.rules().get("reading-time").severity()).isNull();
        assertThat(translated.rules().get("reading-time").options()).containsExactly(entry("wordsPerMinute", 180L));
        assertThat(translated.rules().get("reading-time").line()).isEqualTo(7);
        assertThat(translated.severities()).isEmpty();
        PathOverride drafts = config.overrides().get(1);
        assertThat(drafts.severities()).containsExactly(entry("reading-time", Severity.OFF),
                entry("front-matter", Severity.WARNING));
        assertThat(drafts.rules().get("front-matter").options()).containsExactly(entry("required", List.of("title")));
        assertThat(config.rules().get("reading-time").line()).isEqualTo(2);
    }

    @Test
    void optionsInOverridesFailWithTheSameMessagesAsTopLevelOnes() {
        String prefix = "overrides:\n  - files: [\"a/**\"]\n    rules:\n      reading-time:\n";
        assertThatThrownBy(() -> loader.parse(prefix + "        options: {wordsPerMinut: 200}\n", "c.yml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("c.yml:5: rule reading-time has no option 'wordsPerMinut' (did you mean"
                        + " 'wordsPerMinute'?); its options: ");
        assertThatThrownBy(() -> loader.parse(prefix + "        options: {wordsPerMinute: fast}\n", "c.yml"))
                .hasMessageStartingWith("c.yml:5: option wordsPerMinute of reading-time must be ")
                .hasMessageContaining("not the string \"fast\"");
        assertThatThrownBy(() -> loader.parse(prefix + "        severity: loud\n", "c.yml"))
                .hasMessage("c.yml:5: unknown severity 'loud': write off, info, warning or error");
        assertThatThrownBy(() -> loader.parse(prefix + "        ignore: true\n", "c.yml"))
                .hasMessageStartingWith("c.yml:5: unknown key 'ignore' for rule reading-time: write severity and options");
        assertThatThrownBy(() -> loader.parse(prefix + "        options: [200]\n", "c.yml"))
                .hasMessageStartingWith("c.yml:5: options of reading-time must be a mapping");
    }
}
