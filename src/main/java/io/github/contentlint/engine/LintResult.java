package io.github.contentlint.engine;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Severity;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of one run.
 *
 * @param findings every finding, sorted by {@link Finding#ORDER}
 * @param postsChecked how many files were checked
 * @param elapsed wall-clock time of the run
 * @param suppressed how many findings the posts' own {@code contentlint-disable} comments or
 *     front matter suppressed
 */
public record LintResult(List<Finding> findings, int postsChecked, Duration elapsed, int suppressed) {

    public LintResult {
        findings = List.copyOf(findings);
    }

    public LintResult(List<Finding> findings, int postsChecked, Duration elapsed) {
        this(findings, postsChecked, elapsed, 0);
    }

    /** The same run with other findings (after a baseline took the accepted ones out). */
    public LintResult withFindings(List<Finding> remaining) {
        return new LintResult(remaining, postsChecked, elapsed, suppressed);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Findings at or above a severity. */
    public long countAtLeast(Severity severity) {
        return findings.stream().filter(f -> f.severity().isAtLeast(severity)).count();
    }

    public long filesWithFindings() {
        return findings.stream().map(Finding::path).distinct().count();
    }
}
