package io.github.contentlint.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * What a check run produced.
 *
 * @param result the findings and counts
 * @param reports the report files written
 */
public record CheckOutcome(LintResult result, List<Path> reports) {

    public CheckOutcome {
        reports = List.copyOf(reports);
    }
}
