package io.github.contentlint.post;

/** The syntax a post's front matter is written in. */
public enum FrontMatterFormat {
    /** {@code ---} … {@code ---} (Jekyll, Hugo, Astro). */
    YAML("---"),
    /** {@code +++} … {@code +++} (Hugo). */
    TOML("+++"),
    /** A JSON object at the top of the file (Hugo). */
    JSON("{");

    private final String delimiter;

    FrontMatterFormat(String delimiter) {
        this.delimiter = delimiter;
    }

    /** The line that opens (and, for YAML and TOML, closes) the front matter. */
    public String delimiter() {
        return delimiter;
    }
}
