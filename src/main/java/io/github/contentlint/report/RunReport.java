package io.github.contentlint.report;

import io.github.contentlint.engine.BaselineOutcome;
import io.github.contentlint.engine.LintResult;
import java.util.List;

/**
 * What every report shows of one run.
 *
 * @param result the findings to report, and the run's counts
 * @param files the posts checked, relative to the base directory, sorted
 * @param baseline what the baseline did, or null without one
 */
public record RunReport(LintResult result, List<String> files, BaselineOutcome baseline) {

    public RunReport {
        files = List.copyOf(files);
    }
}
