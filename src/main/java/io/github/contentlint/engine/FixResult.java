package io.github.contentlint.engine;

import io.github.contentlint.api.Finding;
import java.util.List;

/**
 * What a fix run did.
 *
 * @param lint the findings of the check the fixes came from
 * @param files one entry per file that had fixes to apply, in path order
 * @param dryRun whether files were left alone and diffs made instead
 */
public record FixResult(LintResult lint, List<FileResult> files, boolean dryRun) {

    public FixResult {
        files = List.copyOf(files);
    }

    /** What happened to one file. */
    public enum Status {
        /** The fixes were written (or, in a dry run, would be). */
        CHANGED,
        /** The file was left as it was; {@link FileResult#detail()} says why. */
        SKIPPED
    }

    /**
     * One file's outcome.
     *
     * @param path the path relative to the base directory
     * @param status changed or skipped
     * @param applied the findings whose fix was applied (none when skipped)
     * @param skipped the findings whose fix was not applied
     * @param detail why the file was skipped, or null
     * @param diff the unified diff of the change, lines without terminators; empty unless a dry run
     */
    public record FileResult(String path, Status status, List<Finding> applied, List<Finding> skipped, String detail,
            List<String> diff) {

        public FileResult {
            applied = List.copyOf(applied);
            skipped = List.copyOf(skipped);
            diff = List.copyOf(diff);
        }
    }

    /** Files changed, or that a dry run would change. */
    public long filesChanged() {
        return files.stream().filter(f -> f.status() == Status.CHANGED).count();
    }

    /** Files left alone although they had fixes (changed meanwhile, not writable, …). */
    public long filesSkipped() {
        return files.stream().filter(f -> f.status() == Status.SKIPPED).count();
    }

    public long fixesApplied() {
        return files.stream().mapToLong(f -> f.applied().size()).sum();
    }

    /** Fixes not applied: overlapping another, or in a file that was skipped. */
    public long fixesSkipped() {
        return files.stream().mapToLong(f -> f.skipped().size()).sum();
    }

    /** Findings that carry no fix at all. */
    public long findingsWithoutFix() {
        return lint.findings().stream().filter(f -> f.fix() == null).count();
    }

    /** Every finding still standing after the run: those without a fix and those whose fix was not applied. */
    public List<Finding> findingsLeft() {
        List<Finding> applied = files.stream().flatMap(f -> f.applied().stream()).toList();
        return lint.findings().stream().filter(f -> !applied.contains(f)).toList();
    }
}
