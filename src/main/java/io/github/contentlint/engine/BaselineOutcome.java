package io.github.contentlint.engine;

import java.util.List;

/**
 * What the baseline did in a check.
 *
 * @param file the baseline file as the user knows it (relative to the base directory when inside it)
 * @param matched findings it accepted, not reported
 * @param stale its entries that matched nothing: posts fixed since, to drop by regenerating it
 */
public record BaselineOutcome(String file, int matched, List<Baseline.Entry> stale) {

    public BaselineOutcome {
        stale = List.copyOf(stale);
    }

    /** Findings the stale entries stood for. */
    public int staleFindings() {
        return stale.stream().mapToInt(Baseline.Entry::count).sum();
    }
}
