package io.github.contentlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contentlint.api.Finding;
import io.github.contentlint.engine.CheckOptions;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.engine.LintResult;
import io.github.contentlint.engine.Linter;
import io.github.contentlint.report.ConsoleReport;
import io.github.contentlint.rules.RuleCatalog;
import io.github.contentlint.rules.RuleDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternRuleFilesTest {

    private static final String GOOD = """
            id: no-hype
            type: pattern
            summary: Hype words that say nothing.
            severity: warning
            scope: line
            patterns:
              - regex: '革命的|game-changing'
                message: '"{0}" says nothing: say what changed'
            """;

    @TempDir
    Path base;

    private void write(String name, String text) throws IOException {
        Path dir = base.resolve(".contentlint/rules");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String failure(String name, String text) throws IOException {
        write(name, text);
        try {
            PatternRuleFiles.load(base, RuleCatalog.builtIn());
        } catch (ConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected " + name + " to be refused");
    }

    @Test
    void noFolderMeansNoRules() throws ConfigException {
        assertThat(PatternRuleFiles.load(base, RuleCatalog.builtIn())).isEmpty();
    }

    @Test
    void loadsEveryRuleFileInNameOrder() throws Exception {
        write("b.yml", GOOD);
        write("a.yaml", GOOD.replace("no-hype", "no-filler").replace("革命的|game-changing", "基本的に"));
        write("notes.txt", "not a rule");
        List<RuleDescriptor> rules = PatternRuleFiles.load(base, RuleCatalog.builtIn());
        assertThat(rules).extracting(RuleDescriptor::id).containsExactly("no-filler", "no-hype");
        assertThat(rules.get(1).source()).isEqualTo(".contentlint/rules/b.yml");
        assertThat(rules.get(1).kind()).isEqualTo(RuleDescriptor.Kind.PATTERN);
    }

    @Test
    void aBadRegexNamesTheFileTheLineAndTheReason() throws IOException {
        String text = GOOD + """
                  - regex: '(unclosed'
                    message: m
                """;
        assertThat(failure("hype.yml", text)).isEqualTo(".contentlint/rules/hype.yml:9: patterns[1].regex does not"
                + " compile: missing closing ) in `(unclosed`; write RE2 syntax"
                + " (https://github.com/google/re2/wiki/Syntax): no lookaround, no backreferences");
    }

    @Test
    void anUnknownScopeOrAMissingMessageNamesItsLine() throws IOException {
        assertThat(failure("s.yml", GOOD.replace("scope: line", "scope: body")))
                .isEqualTo(".contentlint/rules/s.yml:5: scope has 'body', which is not a scope: write one of line,"
                        + " paragraph, heading, title, excerpt, front-matter");
        Files.delete(base.resolve(".contentlint/rules/s.yml"));
        assertThat(failure("m.yml", GOOD + "  - regex: 'x'\n")).startsWith(".contentlint/rules/m.yml:9: patterns[1].message is"
                + " missing: ");
    }

    @Test
    void brokenYamlAndDuplicateKeysNameTheirLine() throws IOException {
        assertThat(failure("y.yml", GOOD + "  - regex: 'x\n")).startsWith(".contentlint/rules/y.yml:").contains("is not valid YAML");
        Files.delete(base.resolve(".contentlint/rules/y.yml"));
        assertThat(failure("d.yml", GOOD.replace("severity: warning", "severity: warning\nseverity: error")))
                .startsWith(".contentlint/rules/d.yml:5: is not valid YAML").contains("duplicate key severity");
    }

    @Test
    void requiredFieldsTypeSeverityAndIdAreChecked() throws IOException {
        assertThat(failure("1.yml", GOOD.replace("summary: Hype words that say nothing.\n", "")))
                .isEqualTo(".contentlint/rules/1.yml:1: missing 'summary': say in one line what the rule reports");
        Files.delete(base.resolve(".contentlint/rules/1.yml"));
        assertThat(failure("2.yml", GOOD.replace("type: pattern", "type: java")))
                .startsWith(".contentlint/rules/2.yml:2: type 'java' is not allowed here");
        Files.delete(base.resolve(".contentlint/rules/2.yml"));
        assertThat(failure("3.yml", GOOD.replace("severity: warning", "severity: loud")))
                .isEqualTo(".contentlint/rules/3.yml:4: unknown severity 'loud': write off, info, warning or error");
        Files.delete(base.resolve(".contentlint/rules/3.yml"));
        assertThat(failure("4.yml", GOOD.replace("id: no-hype", "id: No Hype")))
                .startsWith(".contentlint/rules/4.yml:1: rule id 'No Hype' must be lower-case");
    }

    @Test
    void anIdMustBeNew() throws IOException {
        assertThat(failure("a.yml", GOOD.replace("id: no-hype", "id: front-matter")))
                .isEqualTo(".contentlint/rules/a.yml:1: rule id 'front-matter' is already taken by a built-in rule:"
                        + " choose another id");
        Files.delete(base.resolve(".contentlint/rules/a.yml"));
        write("a.yml", GOOD);
        assertThat(failure("b.yml", GOOD)).isEqualTo(".contentlint/rules/b.yml:1: rule id 'no-hype' is already used by"
                + " .contentlint/rules/a.yml: give each rule its own id");
    }

    @Test
    void aUserRuleRunsAndIsConfiguredLikeAnyRule() throws Exception {
        write("no-hype.yml", GOOD);
        Files.createDirectories(base.resolve("_posts"));
        Files.writeString(base.resolve("_posts/2024-01-01-launch.md"), """
                ---
                title: Launch
                date: 2024-01-01
                ---
                A game-changing release.

                ```
                game-changing in code is fine
                ```
                """, StandardCharsets.UTF_8);
        assertThat(lint()).containsExactly(
                "_posts/2024-01-01-launch.md:5:3: warning [no-hype] \"game-changing\" says nothing: say what changed");
        Files.writeString(base.resolve(".contentlint.yml"), "rules:\n  no-hype: error\n", StandardCharsets.UTF_8);
        assertThat(lint()).singleElement().asString().contains(": error [no-hype]");
        Files.writeString(base.resolve(".contentlint.yml"), "rules:\n  no-hype:\n    options: {level: 2}\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(this::lint).hasRootCauseInstanceOf(ConfigException.class)
                .rootCause().hasMessageContaining("rule no-hype has no option 'level'");
    }

    @Test
    void aBrokenUserRuleStopsTheRunBeforeAnyPostIsRead() throws IOException {
        write("bad.yml", GOOD.replace("'革命的|game-changing'", "'[unclosed'"));
        assertThatThrownBy(() -> Contentlint.prepare(options())).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(".contentlint/rules/bad.yml:7: patterns[0].regex does not compile:");
    }

    private List<String> lint() {
        try {
            Contentlint.Prepared prepared = Contentlint.prepare(options());
            LintResult result = new Linter(prepared.settings(), prepared.rules()).run();
            return result.findings().stream().filter(f -> !f.ruleId().equals("front-matter"))
                    .map(ConsoleReport::line).toList();
        } catch (ConfigException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CheckOptions options() {
        return CheckOptions.defaults(base, base.resolve("target"));
    }

    @SuppressWarnings("unused")
    private static String line(Finding finding) {
        return ConsoleReport.line(finding);
    }
}
