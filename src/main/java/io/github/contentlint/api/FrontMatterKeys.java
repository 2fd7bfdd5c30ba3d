package io.github.contentlint.api;

/**
 * The front matter key names a site uses for the fields rules read: the top-level {@code keys}
 * map of {@code .contentlint.yml}. Hugo and Astro sites, for example, map {@code excerpt} to
 * {@code description}.
 */
public record FrontMatterKeys(String title, String excerpt, String date, String readingTime) {

    public static final FrontMatterKeys DEFAULT = new FrontMatterKeys("title", "excerpt", "date", "reading_time");

    /** The configuration names of the four fields, as written under {@code keys:}. */
    public static final java.util.List<String> FIELDS = java.util.List.of("title", "excerpt", "date", "readingTime");

    /** The key a site uses for one of {@link #FIELDS}. */
    public String keyFor(String field) {
        return switch (field) {
            case "title" -> title;
            case "excerpt" -> excerpt;
            case "date" -> date;
            case "readingTime" -> readingTime;
            default -> throw new IllegalArgumentException("unknown field " + field);
        };
    }
}
