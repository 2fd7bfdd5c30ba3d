package io.github.contentlint.report;

import java.util.Locale;

/** The report formats of the {@code formats} parameter. */
public enum ReportFormat {
    CONSOLE(null),
    SARIF("contentlint.sarif");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The report's file name in the output directory, or null for console output. */
    public String fileName() {
        return fileName;
    }

    /**
     * Reads one format name.
     *
     * @throws IllegalArgumentException naming the known formats
     */
    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown report format '" + name.trim()
                    + "': write a comma-separated list of console, sarif");
        }
    }
}
