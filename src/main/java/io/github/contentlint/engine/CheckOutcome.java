package io.github.contentlint.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * What a check run produced.
 *
 * @param result the findings to report (the baseline's accepted ones taken out) and counts
 * @param files the posts checked, relative to the base directory, sorted
 * @param baseline what the baseline did, or null when the run had none
 * @param reports the report files written
 * @param unmatchedIncludes include patterns the user gave that select no file (a likely typo)
 */
public record CheckOutcome(LintResult result, List<String> files, BaselineOutcome baseline, List<Path> reports,
        List<String> unmatchedIncludes) {

    public CheckOutcome {
        files = List.copyOf(files);
        reports = List.copyOf(reports);
        unmatchedIncludes = List.copyOf(unmatchedIncludes);
    }

}
