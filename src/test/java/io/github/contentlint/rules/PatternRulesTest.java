package io.github.contentlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternRulesTest {

    private static final String HEAD = """
            id: my-rule
            type: pattern
            summary: test rule
            severity: warning
            """;

    static PatternRule compile(String yaml) {
        return PatternRules.compile(RuleCatalog.parse(yaml, "my-rule.yml"));
    }

    private static PatternRuleException failure(String yaml) {
        try {
            compile(yaml);
        } catch (PatternRuleException e) {
            return e;
        }
        throw new AssertionError("expected the rule file to be refused:\n" + yaml);
    }

    @Test
    void compilesEntriesWithTheirScopesAndLiterals() {
        PatternRule rule = compile(HEAD + """
                scope: line
                patterns:
                  - regex: 'synergy'
                    message: 'say what you mean instead of "{0}"'
                  - regex: '^(TODO|FIXME):'
                    message: 'unfinished note {1}'
                    scope: [heading, paragraph]
                    requires: 'draft'
                """);
        assertThat(rule.id()).isEqualTo("my-rule");
        assertThat(rule.entries()).hasSize(2);
        assertThat(rule.entries().get(0).scopes()).containsExactly(PatternScope.LINE);
        assertThat(rule.entries().get(0).literal()).isEqualTo("synergy");
        assertThat(rule.entries().get(1).scopes()).containsExactly(PatternScope.PARAGRAPH, PatternScope.HEADING);
        assertThat(rule.entries().get(1).requires().pattern()).isEqualTo("draft");
    }

    @Test
    void refusesARegexRe2DoesNotCompile() {
        PatternRuleException e = failure(HEAD + """
                scope: line
                patterns:
                  - regex: 'ok'
                    message: m
                  - regex: '(?=lookahead)'
                    message: m
                """);
        assertThat(e.path()).isEqualTo(List.of("patterns", 1, "regex"));
        assertThat(e.where()).isEqualTo("patterns[1].regex");
        assertThat(e.getMessage()).startsWith("patterns[1].regex does not compile: ").contains("(?=")
                .contains("no lookaround");
    }

    @Test
    void refusesARegexThatMatchesEmptyText() {
        assertThat(failure(HEAD + "scope: line\npatterns:\n  - {regex: 'x*', message: m}\n").getMessage())
                .contains("matches empty text");
    }

    @Test
    void refusesAnUnknownScope() {
        PatternRuleException e = failure(HEAD + "scope: sentence\npatterns:\n  - {regex: x, message: m}\n");
        assertThat(e.path()).isEqualTo(List.of("scope"));
        assertThat(e.getMessage()).isEqualTo("scope has 'sentence', which is not a scope: write one of line, paragraph,"
                + " heading, title, excerpt, front-matter");
        PatternRuleException entry = failure(HEAD + "scope: line\npatterns:\n  - {regex: x, message: m, scope: [line, body]}\n");
        assertThat(entry.path()).isEqualTo(List.of("patterns", 0, "scope"));
    }

    @Test
    void refusesAMissingMessageOrRegex() {
        PatternRuleException message = failure(HEAD + "scope: line\npatterns:\n  - regex: x\n");
        assertThat(message.path()).isEqualTo(List.of("patterns", 0, "message"));
        assertThat(message.getMessage()).startsWith("patterns[0].message is missing: ");
        PatternRuleException regex = failure(HEAD + "scope: line\npatterns:\n  - message: m\n");
        assertThat(regex.path()).isEqualTo(List.of("patterns", 0, "regex"));
        assertThat(failure(HEAD + "scope: line\npatterns:\n  - {regex: x, message: m, message_ja: ''}\n").path())
                .isEqualTo(List.of("patterns", 0, "message_ja"));
    }

    @Test
    void refusesAPlaceholderBeyondTheGroups() {
        assertThat(failure(HEAD + "scope: line\npatterns:\n  - {regex: '(a)b', message: 'got {2}'}\n").getMessage())
                .isEqualTo("patterns[0].message quotes {2} but the regex has 1 group: use {0} for the whole match");
    }

    @Test
    void refusesUnknownKeysAndMissingParts() {
        assertThat(failure(HEAD + "scope: line\npatterns:\n  - {regex: x, mesage: m}\n").getMessage())
                .startsWith("patterns[0].mesage is not a key of a pattern entry: write message, message_ja,");
        assertThat(failure(HEAD + "scope: line\noptions: {}\npatterns:\n  - {regex: x, message: m}\n").getMessage())
                .contains("pattern rules take no options");
        assertThat(failure(HEAD + "patterns:\n  - {regex: x, message: m}\n").getMessage())
                .startsWith("a pattern rule needs 'scope'");
        assertThat(failure(HEAD + "scope: line\npatterns: []\n").getMessage())
                .isEqualTo("patterns must be a non-empty list of {regex, message} entries");
        assertThat(failure(HEAD + "scope: line\npatterns:\n  - just text\n").path()).isEqualTo(List.of("patterns", 0));
    }

    @Test
    void theShippedRuleCompiles() {
        RuleDescriptor descriptor = RuleCatalog.builtIn().get("no-generation-artifacts");
        assertThat(descriptor.kind()).isEqualTo(RuleDescriptor.Kind.PATTERN);
        PatternRule rule = PatternRules.compile(descriptor);
        assertThat(rule.entries()).isNotEmpty();
        // every entry is gated by plain text, so that lines without it cost one String.contains
        assertThat(rule.entries()).allSatisfy(entry -> assertThat(entry.literal()).isNotEmpty());
    }
}
