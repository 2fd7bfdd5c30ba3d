package io.github.contentlint.report;

import io.github.contentlint.api.Finding;
import io.github.contentlint.engine.FixResult;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The console form of a fix run: why a file was skipped, and the closing summary. */
public final class FixReport {

    private FixReport() {
    }

    /** {@code fixed _posts/a.md:3:1: error [reading-time] reading_time is 8, but …}: what a fix changed. */
    public static String fixed(Finding finding) {
        return "fixed " + ConsoleReport.line(finding);
    }

    /** {@code _posts/a.md: not fixed: it changed after it was checked: run fix again}. */
    public static String skipped(FixResult.FileResult file) {
        return file.path() + ": not fixed: " + file.detail();
    }

    /**
     * {@code Fixed 3 files: 3 fixes applied; 2 findings have no fix}, or in a dry run
     * {@code Would fix 3 files: 3 fixes; …; nothing was written}.
     */
    public static String summary(FixResult result) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        long files = result.filesChanged();
        long fixes = result.fixesApplied();
        StringBuilder line = new StringBuilder(result.dryRun() ? "Would fix " : "Fixed ")
                .append(numbers.format(files)).append(' ').append(plural(files, "file")).append(": ")
                .append(numbers.format(fixes)).append(' ').append(plural(fixes, "fix"))
                .append(result.dryRun() ? "" : " applied");
        List<String> rest = new ArrayList<>();
        if (result.fixesSkipped() > 0) {
            rest.add(numbers.format(result.fixesSkipped()) + " " + plural(result.fixesSkipped(), "fix")
                    + " not applied");
        }
        if (result.filesSkipped() > 0) {
            rest.add(numbers.format(result.filesSkipped()) + " " + plural(result.filesSkipped(), "file") + " skipped");
        }
        long withoutFix = result.findingsWithoutFix();
        rest.add(withoutFix == 0 ? "no finding is left without a fix"
                : numbers.format(withoutFix) + " " + plural(withoutFix, "finding") + " "
                        + (withoutFix == 1 ? "has" : "have") + " no fix");
        line.append("; ").append(String.join("; ", rest));
        if (result.dryRun()) {
            line.append("; dry run: nothing was written");
        }
        return line.toString();
    }

    private static String plural(long count, String word) {
        if (count == 1) {
            return word;
        }
        return word.endsWith("x") ? word + "es" : word + "s";
    }
}
