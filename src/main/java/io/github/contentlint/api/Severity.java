package io.github.contentlint.api;

import java.util.Locale;

/** How much a finding matters; {@link #OFF} switches a rule off. Ordered from least to most severe. */
public enum Severity {
    OFF("none"),
    INFO("note"),
    WARNING("warning"),
    ERROR("error");

    private final String sarifLevel;

    Severity(String sarifLevel) {
        this.sarifLevel = sarifLevel;
    }

    /** The SARIF 2.1.0 {@code level} for this severity. */
    public String sarifLevel() {
        return sarifLevel;
    }

    /** The lower-case name used in configuration and output ({@code error}, {@code warning}, …). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /**
     * Reads a severity as written in configuration.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Severity parse(String text) {
        if (text != null) {
            for (Severity severity : values()) {
                if (severity.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                    return severity;
                }
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "': write off, info, warning or error");
    }
}
