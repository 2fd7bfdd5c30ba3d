package io.github.contentlint.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats of the {@code formats} parameter. */
public enum ReportFormat {
    /** Compiler-style lines through Maven's log. */
    CONSOLE(null),
    /** SARIF 2.1.0, for GitHub code scanning and SARIF viewers. */
    SARIF("contentlint.sarif"),
    /** Checkstyle XML, for Jenkins warnings-ng and reviewdog. */
    CHECKSTYLE("contentlint-checkstyle.xml"),
    /** contentlint's own JSON, described by {@code contentlint/schemas/contentlint-report-1.schema.json}. */
    JSON("contentlint.json"),
    /** GitHub Actions workflow commands ({@code ::error file=…}) on standard output. */
    GITHUB(null),
    /** One self-contained page for people. */
    HTML("contentlint.html");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The report's file name in the output directory, or null for a format printed to the console. */
    public String fileName() {
        return fileName;
    }

    /** The name as written in the {@code formats} parameter. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
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
                    + "': write a comma-separated list of "
                    + Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", ")));
        }
    }
}
