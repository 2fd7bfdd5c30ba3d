package io.github.contentlint.report;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.MessageSource;
import io.github.contentlint.api.Severity;
import io.github.contentlint.engine.BaselineOutcome;
import io.github.contentlint.engine.LintResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The console form: one finding a line, compiler style
 * ({@code path:line:col: severity [rule-id] message}, the same in every language), then a summary
 * in the run's language: the totals, the counts per rule and severity, what suppressions and the
 * baseline took out, and the report files.
 */
public final class ConsoleReport {

    /** Stale baseline entries listed one by one before the rest are only counted. */
    static final int STALE_LISTED = 20;

    private ConsoleReport() {
    }

    public static String line(Finding finding) {
        return finding.path() + ":" + finding.start().line() + ":" + finding.start().column() + ": "
                + finding.severity().label() + " [" + finding.ruleId() + "] " + finding.message();
    }

    /**
     * {@code Checked 1,992 posts in 1.4 s: 812 errors, 37 warnings in 1,210 files}, in the language
     * of {@code messages} (the {@code report} bundle).
     */
    public static String summary(LintResult result, MessageSource messages) {
        String seconds = String.format(Locale.ROOT, "%.1f", result.elapsed().toMillis() / 1000.0);
        String posts = messages.format("posts", result.postsChecked());
        if (result.findings().isEmpty()) {
            return messages.format("summary", posts, seconds, messages.format("summary.clean"));
        }
        List<String> counts = new ArrayList<>();
        for (Severity severity : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            long count = result.count(severity);
            if (count > 0) {
                counts.add(messages.format("count." + severity.label(), count));
            }
        }
        String findings = messages.format("summary.findings", String.join(messages.format("separator"), counts),
                messages.format("files", result.filesWithFindings()));
        return messages.format("summary", posts, seconds, findings);
    }

    /**
     * Every line of the end-of-run summary: the totals, one line per rule with findings, what was
     * suppressed, what the baseline matched and which of its entries are stale, the report files.
     */
    public static List<String> summaryLines(RunReport run, List<Path> reports, MessageSource messages) {
        List<String> lines = new ArrayList<>();
        lines.add(summary(run.result(), messages));
        List<RuleCounts> rules = RuleCounts.of(run.result().findings());
        int width = rules.stream().mapToInt(r -> r.ruleId().length()).max().orElse(0);
        for (RuleCounts rule : rules) {
            List<String> counts = new ArrayList<>();
            for (Severity severity : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
                if (rule.count(severity) > 0) {
                    counts.add(messages.format("count." + severity.label(), rule.count(severity)));
                }
            }
            String id = rule.ruleId() + " ".repeat(width - rule.ruleId().length());
            lines.add("  " + messages.format("summary.rule", id, String.join(messages.format("separator"), counts)));
        }
        if (run.result().suppressed() > 0) {
            lines.add(messages.format("suppressed", run.result().suppressed()));
        }
        BaselineOutcome baseline = run.baseline();
        if (baseline != null) {
            lines.add(messages.format("baseline.matched", baseline.file(), baseline.matched()));
            if (!baseline.stale().isEmpty()) {
                lines.add(messages.format("baseline.stale", baseline.stale().size()));
                baseline.stale().stream().limit(STALE_LISTED).forEach(entry -> lines.add("  " + messages.format(
                        "baseline.stale-entry", entry.path(), entry.ruleId(), entry.fingerprint())));
                if (baseline.stale().size() > STALE_LISTED) {
                    lines.add("  " + messages.format("baseline.stale-more", baseline.stale().size() - STALE_LISTED));
                }
            }
        }
        for (Path report : reports) {
            lines.add(messages.format("report", report));
        }
        return lines;
    }
}
