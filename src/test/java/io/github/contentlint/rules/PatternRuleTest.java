package io.github.contentlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.FrontMatterKeys;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.RuleOptions;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.PostParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PatternRuleTest {

    private static final String HEAD = """
            id: my-rule
            type: pattern
            summary: test rule
            severity: warning
            """;

    /** Lint one post with a rule file; findings as {@code line:col-line:col message}, in order. */
    static List<String> run(String ruleYaml, String post) {
        return run(ruleYaml, post, Locale.ENGLISH, FrontMatterKeys.DEFAULT);
    }

    static List<String> run(String ruleYaml, String post, Locale locale, FrontMatterKeys keys) {
        RuleDescriptor descriptor = RuleCatalog.parse(ruleYaml, "my-rule.yml");
        PatternRule rule = PatternRules.compile(descriptor);
        RuleContext context = new RuleContext(descriptor.id(), descriptor.severity(), RuleOptions.empty(), keys,
                BuiltInRules.messages(descriptor, locale));
        Post parsed = new PostParser().parse("p.md", post, StandardCharsets.UTF_8, 0);
        return rule.check(parsed, context).stream()
                .sorted(Finding.ORDER)
                .map(f -> f.start().line() + ":" + f.start().column() + "-" + f.end().line() + ":" + f.end().column()
                        + " " + f.message())
                .toList();
    }

    private static String rule(String scope, String regex, String message) {
        return HEAD + "scope: " + scope + "\npatterns:\n  - regex: '" + regex + "'\n    message: '" + message + "'\n";
    }

    @Test
    void lineScopeReportsEachMatchAtItsColumnAndQuotesIt() {
        String post = """
                ---
                title: t
                ---
                First line with synergy.
                Synergy twice: synergy and synergy.
                """;
        assertThat(run(rule("line", "[Ss]ynergy", "avoid \"{0}\""), post)).containsExactly(
                "4:17-4:24 avoid \"synergy\"",
                "5:1-5:8 avoid \"Synergy\""); // one finding a line: the first match
    }

    @Test
    void lineScopeSkipsCodeButReadsIndentedCode() {
        String post = """
                ---
                title: t
                ---
                bad here

                ```
                bad in a fence
                ```

                ~~~text
                bad in a tilde fence
                ~~~

                Inline `bad` code and ``more `bad` code`` are blanked, but this bad counts.

                {% highlight ruby %}
                bad in liquid
                {% endhighlight %}

                {{< highlight go >}}
                bad in hugo
                {{< /highlight >}}

                <pre>
                bad in pre
                </pre>

                    bad in indented code
                """;
        assertThat(run(rule("line", "bad", "x"), post)).containsExactly(
                "4:1-4:4 x",
                "14:65-14:68 x",
                "28:5-28:8 x");
    }

    @Test
    void lineScopeDoesNotReadTheFrontMatter() {
        assertThat(run(rule("line", "secret", "x"), "---\ntitle: secret\n---\nbody\n")).isEmpty();
        assertThat(run(rule("front-matter", "secret", "x"), "---\ntitle: secret\n---\nbody secret\n"))
                .containsExactly("2:8-2:14 x");
    }

    @Test
    void paragraphScopeSeesLineBreaksAndProseOnly() {
        String post = """
                ---
                title: t
                ---
                # word split

                A word
                split over lines.

                - a list word
                  split too

                > quoted word
                > split
                """;
        // continuation lines keep their indentation and `>` as written
        assertThat(run(rule("paragraph", "word\\s+(?:>\\s*)?split", "x"), post)).containsExactly(
                "6:3-7:6 x",
                "9:10-10:8 x",
                "12:10-13:8 x");
        assertThat(run(rule("paragraph", "^A word", "x"), post)).containsExactly("6:1-6:7 x");
    }

    @Test
    void headingScopeSeesTheTextWithoutMarkers() {
        String post = """
                ---
                title: t
                ---
                ## Part two (cont.) ##

                Part one (cont.)
                ================

                Part three (cont.)
                """;
        assertThat(run(rule("heading", "^Part \\w+ \\(cont\\.\\)$", "x"), post)).containsExactly(
                "4:4-4:20 x",
                "6:1-6:17 x");
    }

    @Test
    void titleAndExcerptScopesFollowTheKeysMapAndPointIntoTheValue() {
        String post = """
                ---
                title: "Ten tips, synergy included"
                description: 'Plain synergy'
                excerpt: synergy
                ---
                body
                """;
        String yaml = HEAD + "scope: [title, excerpt]\npatterns:\n  - {regex: synergy, message: x}\n";
        assertThat(run(yaml, post, Locale.ENGLISH, new FrontMatterKeys("title", "description", "date", "reading_time")))
                .containsExactly("2:19-2:26 x", "3:21-3:28 x");
        assertThat(run(yaml, post)).containsExactly("2:19-2:26 x", "4:10-4:17 x");
    }

    @Test
    void aValueWithEscapesIsReportedAtTheMatchOrElseAtItsKey() {
        String post = "---\ntitle: \"tab\\there, then synergy\"\nexcerpt: \"x\\ty\"\n---\n";
        assertThat(run(rule("[title, excerpt]", "synergy", "x"), post)).containsExactly("2:25-2:32 x");
        assertThat(run(rule("excerpt", "x\\ty", "x"), post)).containsExactly("3:1-3:16 x");
    }

    @Test
    void requiresLimitsAnEntryToPostsWhereAnotherPatternMatches() {
        String yaml = HEAD + """
                scope: line
                patterns:
                  - regex: '^={7}$'
                    requires: '^<{7} '
                    message: separator
                """;
        String heading = "---\ntitle: t\n---\nTitle\n=======\n\ntext\n";
        assertThat(run(yaml, heading)).isEmpty();
        String conflict = "---\ntitle: t\n---\n<<<<<<< HEAD\na\n=======\nb\n";
        assertThat(run(yaml, conflict)).containsExactly("6:1-6:8 separator");
    }

    @Test
    void theFirstEntryThatMatchesALineWins() {
        String yaml = HEAD + """
                scope: line
                patterns:
                  - {regex: 'specific thing', message: first}
                  - {regex: 'thing', message: second}
                """;
        assertThat(run(yaml, "---\ntitle: t\n---\na specific thing\nanother thing\n"))
                .containsExactly("4:3-4:17 first", "5:9-5:14 second");
    }

    @Test
    void messagesQuoteGroupsLiterallyAndUseJapaneseWhenAsked() {
        String yaml = HEAD + """
                scope: line
                patterns:
                  - regex: '(\\w+)=(\\w+)'
                    message: 'don''t set {1} to {2} here ({0}); {x} and {12} stay as written'
                    message_ja: '{1} に {2} を設定しないでください'
                """;
        String post = "---\ntitle: t\n---\nmode=fast\n";
        assertThat(run(yaml, post)).containsExactly(
                "4:1-4:10 don't set mode to fast here (mode=fast); {x} and {12} stay as written");
        assertThat(run(yaml, post, Locale.JAPANESE, FrontMatterKeys.DEFAULT)).containsExactly(
                "4:1-4:10 mode に fast を設定しないでください");
    }

    @Test
    void aLongQuoteIsCutToOneShortLine() {
        String post = "---\ntitle: t\n---\n" + "x".repeat(100) + "\n";
        List<String> findings = run(rule("line", "x+", "found \"{0}\""), post);
        assertThat(findings).singleElement().asString()
                .endsWith("found \"" + "x".repeat(PatternMessages.MAX_QUOTE - 1) + "…\"");
    }

    @Test
    void columnsCountCodePoints() {
        String post = "---\ntitle: t\n---\n😀😀 bad\n";
        assertThat(run(rule("line", "bad", "x"), post)).containsExactly("4:4-4:7 x");
    }

    @Test
    void aPatternThatWouldBacktrackForeverRunsInLinearTime() {
        // (a+)+$ takes exponential time on a backtracking engine for "aaaa…b"; RE2J stays linear
        String post = "---\ntitle: t\n---\n" + "a".repeat(50_000) + "b\n";
        assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThat(run(rule("line", "(a+)+$", "x"), post)).isEmpty());
    }

    @Test
    void aPostWithoutBodyOrFrontMatterIsFine() {
        assertThat(run(rule("[line, title, excerpt, front-matter, heading, paragraph]", "x", "x"), "")).isEmpty();
        assertThat(run(rule("[line, front-matter]", "x", "x"), "---\ntitle: x\n")).isEmpty(); // unclosed
        assertThat(run(rule("line", "x", "x"), "x\n")).containsExactly("1:1-1:2 x");
    }
}
