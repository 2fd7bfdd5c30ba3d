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
 */
public record LintResult(List<Finding> findings, int postsChecked, Duration elapsed) {

    public LintResult {
        findings = List.copyOf(findings);
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
