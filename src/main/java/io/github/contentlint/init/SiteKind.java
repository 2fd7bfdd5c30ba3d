package io.github.contentlint.init;

/** The site generator a content repository is written for, as {@code init} recognises it. */
public enum SiteKind {
    /** Jekyll: {@code _config.yml}, posts in {@code _posts/} and {@code _drafts/}, dated by their file names. */
    JEKYLL("Jekyll"),
    /** Hugo: {@code hugo.toml} or {@code config.toml}, posts in {@code content/}, section pages {@code _index.md}. */
    HUGO("Hugo"),
    /** Astro: {@code astro.config.*}, content collections in {@code src/content/}. */
    ASTRO("Astro"),
    /** No generator recognised: posts in plain folders, selected by {@code includes}. */
    PLAIN("plain folders");

    private final String label;

    SiteKind(String label) {
        this.label = label;
    }

    /** The name people know it by. */
    public String label() {
        return label;
    }
}
