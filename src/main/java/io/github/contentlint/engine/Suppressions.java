package io.github.contentlint.engine;

import io.github.contentlint.api.FindingFingerprint;
import io.github.contentlint.api.Finding;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.Severity;
import io.github.contentlint.config.ConfigLoader;
import io.github.contentlint.engine.PostSuppressions.Directive;
import io.github.contentlint.engine.PostSuppressions.Kind;
import io.github.contentlint.post.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The step between the rules and the reports: gives each finding the severity the configuration
 * sets for its path ({@code rules:}, then {@code overrides:}), drops the findings that are off or
 * that a post's own directives suppress, and reports each directive, or rule id in one, that
 * suppressed nothing ({@code unused-suppression}): so that suppressions go away once the posts are
 * fixed, as ESLint's unused-directive report does. Runs once, after the cross-post pass, so that
 * a comment can suppress a cross-post finding on its post too.
 */
final class Suppressions {

    /** Findings no comment may hide: a contentlint bug, and the reports about the comments themselves. */
    private static final Set<String> NOT_SUPPRESSIBLE = Set.of(RuleSet.INTERNAL_ERROR, RuleSet.UNUSED_SUPPRESSION);
    private static final String ALL = "";

    private Suppressions() {
    }

    /**
     * What the step leaves.
     *
     * @param findings the findings to report, unsorted
     * @param suppressed how many findings a directive suppressed
     */
    record Applied(List<Finding> findings, int suppressed) {
    }

    static Applied apply(List<Finding> findings, Map<String, PostSuppressions> byPath, RuleSet rules) {
        List<Finding> kept = new ArrayList<>(findings.size());
        Map<Directive, Set<String>> used = new IdentityHashMap<>();
        int suppressed = 0;
        for (Finding finding : findings) {
            Severity severity = rules.severityFor(finding.ruleId(), finding.path());
            if (severity == Severity.OFF) {
                continue;
            }
            Finding placed = severity == finding.severity() ? finding : finding.withSeverity(severity);
            PostSuppressions post = byPath.get(placed.path());
            if (post != null && !NOT_SUPPRESSIBLE.contains(placed.ruleId())) {
                Directive by = suppressing(post, placed.ruleId(), placed.start().line(), rules);
                if (by != null) {
                    used.computeIfAbsent(by, d -> new HashSet<>()).add(by.ruleIds().isEmpty() ? ALL : placed.ruleId());
                    suppressed++;
                    continue;
                }
            }
            kept.add(placed);
        }
        byPath.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> report(entry.getKey(), entry.getValue(), used, rules, kept));
        return new Applied(kept, suppressed);
    }

    /** The directive that hides a rule's finding starting on a line, or null: the nearest comment first. */
    private static Directive suppressing(PostSuppressions post, String ruleId, int line, RuleSet rules) {
        Directive frontMatter = null;
        Directive open = null;
        Directive nextLine = null;
        for (Directive directive : post.directives()) {
            if (!isKnown(directive, ruleId, rules)) {
                continue;
            }
            switch (directive.kind()) {
                case FRONT_MATTER -> frontMatter = directive;
                case DISABLE -> {
                    if (directive.start().line() <= line) {
                        open = directive;
                    }
                }
                case ENABLE -> {
                    if (directive.start().line() <= line) {
                        open = null;
                    }
                }
                case DISABLE_NEXT_LINE -> {
                    if (directive.end().line() + 1 == line) {
                        nextLine = directive;
                    }
                }
                default -> {
                    // invalid directives suppress nothing
                }
            }
        }
        return nextLine != null ? nextLine : open != null ? open : frontMatter;
    }

    /** Whether a directive covers a rule id the catalog knows (an unknown id is a typo, reported below). */
    private static boolean isKnown(Directive directive, String ruleId, RuleSet rules) {
        return directive.covers(ruleId) && rules.catalog().find(ruleId).isPresent();
    }

    private static void report(String path, PostSuppressions post, Map<Directive, Set<String>> used, RuleSet rules,
            List<Finding> out) {
        Severity severity = rules.severityFor(RuleSet.UNUSED_SUPPRESSION, path);
        if (severity == Severity.OFF) {
            return;
        }
        RuleContext context = rules.engineContext(RuleSet.UNUSED_SUPPRESSION);
        List<Directive> directives = new ArrayList<>(post.directives());
        directives.sort(Comparator.comparing(Directive::start));
        for (int i = 0; i < directives.size(); i++) {
            Directive directive = directives.get(i);
            Set<String> usedIds = used.getOrDefault(directive, Set.of());
            switch (directive.kind()) {
                case INVALID -> out.add(finding(context, severity, path, directive, "", "unknown-directive",
                        directive.text()));
                case INVALID_FRONT_MATTER -> out.add(finding(context, severity, path, directive, "",
                        "bad-front-matter", directive.text()));
                case INVALID_HEADER -> out.add(finding(context, severity, path, directive, "", "bad-header",
                        directive.text()));
                case ENABLE -> {
                    for (String id : unknownIds(directive, rules)) {
                        out.add(unknownRule(context, severity, path, directive, id, rules));
                    }
                    if (!closesSomething(directives, i, rules)) {
                        out.add(finding(context, severity, path, directive, "", "unmatched-enable",
                                directive.text()));
                    }
                }
                default -> {
                    for (String id : unknownIds(directive, rules)) {
                        out.add(unknownRule(context, severity, path, directive, id, rules));
                    }
                    if (directive.ruleIds().isEmpty()) {
                        if (usedIds.isEmpty()) {
                            out.add(finding(context, severity, path, directive, "", unusedKey(directive),
                                    describe(directive), ""));
                        }
                    } else {
                        for (String id : directive.ruleIds()) {
                            if (rules.catalog().find(id).isPresent() && !usedIds.contains(id)) {
                                out.add(finding(context, severity, path, directive, id, unusedKey(directive),
                                        describe(directive), id));
                            }
                        }
                    }
                }
            }
        }
    }

    private static String unusedKey(Directive directive) {
        return directive.kind() == Kind.FRONT_MATTER
                ? directive.ruleIds().isEmpty() ? "unused-front-matter-all" : "unused-front-matter"
                : directive.ruleIds().isEmpty() ? "unused-all" : "unused";
    }

    /** {@code contentlint-disable-next-line} as the message names the comment. */
    private static String describe(Directive directive) {
        return "contentlint-" + directive.kind().word();
    }

    /** Whether an enable comment ends a disable above it for at least one rule it names. */
    private static boolean closesSomething(List<Directive> directives, int index, RuleSet rules) {
        Directive enable = directives.get(index);
        for (int j = index - 1; j >= 0; j--) {
            Directive before = directives.get(j);
            if (before.kind() == Kind.ENABLE && before.ruleIds().isEmpty()) {
                return false; // everything was enabled again already
            }
            if (before.kind() == Kind.DISABLE && (enable.ruleIds().isEmpty() || before.ruleIds().isEmpty()
                    || before.ruleIds().stream().anyMatch(enable.ruleIds()::contains))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> unknownIds(Directive directive, RuleSet rules) {
        return directive.ruleIds().stream().filter(id -> rules.catalog().find(id).isEmpty()).toList();
    }

    private static Finding unknownRule(RuleContext context, Severity severity, String path, Directive directive,
            String id, RuleSet rules) {
        return ConfigLoader.nearest(id, rules.catalog().ids())
                .map(near -> finding(context, severity, path, directive, id, "unknown-rule-near", describe(directive),
                        id, near))
                .orElseGet(() -> finding(context, severity, path, directive, id, "unknown-rule", describe(directive),
                        id));
    }

    private static Finding finding(RuleContext context, Severity severity, String path, Directive directive,
            String id, String key, Object... arguments) {
        Position start = directive.start();
        Finding finding = context.finding(path, start, directive.end(), key, arguments);
        // the directive's own text, not its line, so that the baseline keeps matching it
        return finding.withSeverity(severity).withFingerprint(
                FindingFingerprint.of(RuleSet.UNUSED_SUPPRESSION, path, key + '\0' + directive.text() + '\0' + id));
    }
}
