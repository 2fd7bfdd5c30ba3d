package io.github.contentlint.post;

/** The syntax a post's front matter is written in. */
public enum FrontMatterFormat {
    /** {@code ---} … {@code ---} (Jekyll, Hugo, Astro). */
    YAML("---"),
    /** {@code +++} … {@code +++} (Hugo). */
    TOML("+++"),
    /** A JSON object at the top of the file (Hugo). */
    JSON("{"),
    /**
     * {@code Key: value} lines up to the first blank line, no delimiter (Pelican, MultiMarkdown);
     * its delimiter is empty.
     */
    METADATA("");

    private final String delimiter;

    FrontMatterFormat(String delimiter) {
        this.delimiter = delimiter;
    }

    /** The line that opens (and, for YAML and TOML, closes) the front matter; empty for {@link #METADATA}. */
    public String delimiter() {
        return delimiter;
    }

    /** Whether the front matter sits between a line of its own above and below it (YAML, TOML). */
    public boolean hasDelimiterLines() {
        return this == YAML || this == TOML;
    }
}
