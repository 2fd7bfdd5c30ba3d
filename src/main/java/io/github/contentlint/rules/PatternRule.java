package io.github.contentlint.rules;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Rule;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.post.Position;
import io.github.contentlint.post.Post;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A rule written in YAML ({@code type: pattern}): regexes with messages, run over one scope of
 * each post (lines, paragraphs, headings, the title, the excerpt, the front matter). Built by
 * {@link PatternRules#compile}; immutable and shared by the worker threads.
 *
 * <p>Every entry reports its matches at the match's line and column. A line gets at most one
 * finding from one rule: the first match of the first entry, in file order, that matches on it;
 * so list the most specific entries first. That keeps one leaked line one finding, whichever
 * entries it trips. Messages come
 * from the rule file through {@link PatternMessages}: the finding's message key is the entry's
 * index, its arguments the match and its groups.
 */
public final class PatternRule implements Rule {

    private final String id;
    private final List<Entry> entries;

    PatternRule(String id, List<Entry> entries) {
        this.id = id;
        this.entries = List.copyOf(entries);
    }

    @Override
    public String id() {
        return id;
    }

    List<Entry> entries() {
        return entries;
    }

    @Override
    public List<Finding> check(Post post, RuleContext context) {
        Map<PatternScope, List<ScopeText.Unit>> units = new EnumMap<>(PatternScope.class);
        Function<PatternScope, List<ScopeText.Unit>> unitsOf =
                scope -> units.computeIfAbsent(scope, s -> ScopeText.units(post, s, context.keys()));
        List<Finding> findings = new ArrayList<>();
        Set<Integer> reportedLines = new HashSet<>();
        for (Entry entry : entries) {
            report(entry, post, context, unitsOf, reportedLines, findings);
        }
        return findings;
    }

    private static void report(Entry entry, Post post, RuleContext context,
            Function<PatternScope, List<ScopeText.Unit>> unitsOf, Set<Integer> reportedLines, List<Finding> findings) {
        Boolean required = null; // whether `requires` holds in this post, decided at the first match
        for (PatternScope scope : entry.scopes()) {
            for (ScopeText.Unit unit : unitsOf.apply(scope)) {
                if (!entry.mayMatch(unit.text())) {
                    continue;
                }
                Matcher matcher = entry.regex().matcher(unit.text());
                while (matcher.find()) {
                    if (matcher.end() == matcher.start()) {
                        continue;
                    }
                    if (required == null) {
                        required = entry.requires() == null || requiresHolds(entry, unitsOf);
                    }
                    if (!required) {
                        return;
                    }
                    Finding finding = finding(post, context, entry, unit, matcher, reportedLines);
                    if (finding != null) {
                        findings.add(finding);
                    }
                }
            }
        }
    }

    private static boolean requiresHolds(Entry entry, Function<PatternScope, List<ScopeText.Unit>> unitsOf) {
        for (PatternScope scope : entry.scopes()) {
            for (ScopeText.Unit unit : unitsOf.apply(scope)) {
                if ((entry.requiresLiteral().isEmpty() || unit.text().contains(entry.requiresLiteral()))
                        && entry.requires().matcher(unit.text()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Finding finding(Post post, RuleContext context, Entry entry, ScopeText.Unit unit, Matcher matcher,
            Set<Integer> reportedLines) {
        Object[] arguments = new Object[matcher.groupCount() + 1];
        for (int group = 0; group <= matcher.groupCount(); group++) {
            String text = matcher.group(group);
            arguments[group] = text == null ? "" : text;
        }
        String key = String.valueOf(entry.index());
        int start = unit.offsetOf(matcher.start(), matcher.end());
        if (start < 0) {
            // a parsed front matter value whose match is not a plain substring of the file: its key
            Position at = unit.fallback();
            return reportedLines.add(at.line())
                    ? context.finding(post.path(), at, post.source().endOfLine(at.line()), key, arguments) : null;
        }
        if (!reportedLines.add(post.source().lineOf(start))) {
            return null; // an earlier entry (or match) already reported this line
        }
        return context.atOffsets(post, start, start + (matcher.end() - matcher.start()), key, arguments);
    }

    /**
     * One regex of a pattern rule.
     *
     * @param index the entry's place in the file's {@code patterns} list (its message key)
     * @param regex the compiled regex
     * @param literal text every match contains (empty when unknown): units without it are skipped
     * @param scopes where it looks
     * @param requires a regex that must match somewhere in the same scopes of the post for this
     *     entry to report, or null
     * @param requiresLiteral text every match of {@code requires} contains, or empty
     */
    record Entry(int index, Pattern regex, String literal, List<PatternScope> scopes, Pattern requires,
            String requiresLiteral) {

        Entry {
            scopes = scopes.stream().distinct().sorted().toList(); // a fixed order keeps output deterministic
        }

        boolean mayMatch(String text) {
            return literal.isEmpty() || text.contains(literal);
        }
    }
}
