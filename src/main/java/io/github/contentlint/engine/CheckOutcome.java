package io.github.contentlint.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * What a check run produced.
 *
 * @param result the findings and counts
 * @param reports the report files written
 * @param unmatchedIncludes include patterns the user gave that select no file (a likely typo)
 */
public record CheckOutcome(LintResult result, List<Path> reports, List<String> unmatchedIncludes) {

    public CheckOutcome {
        reports = List.copyOf(reports);
        unmatchedIncludes = List.copyOf(unmatchedIncludes);
    }
}
