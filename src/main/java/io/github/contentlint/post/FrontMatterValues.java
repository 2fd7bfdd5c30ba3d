package io.github.contentlint.post;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of front matter values that several rules share: reading times, dates and
 * Jekyll file-name dates. Every rule that needs one of these values reads it here, so that they
 * agree on what is readable.
 */
public final class FrontMatterValues {

    /** {@code 8}, {@code "8"}, {@code 8 min}, {@code 8 mins}, {@code 8 minutes}, {@code 8分}. */
    private static final Pattern READING_TIME = Pattern.compile(
            "^\\s*(\\d+(?:\\.\\d+)?)\\s*(?:min|mins|minute|minutes|分)?\\s*$", Pattern.CASE_INSENSITIVE);
    /** Jekyll's date forms: {@code 2025-11-21}, {@code 2025-11-21 20:36:29 +0000}, ISO 8601. */
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})"
                    + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?)?"
                    + "\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?)?$");
    /** Dates as people write them in Hakyll, Pandoc and older Hugo sites: "April 30, 2017", RFC 1123. */
    private static final java.util.List<java.time.format.DateTimeFormatter> WRITTEN_DATES = java.util.List.of(
            java.time.format.DateTimeFormatter.ofPattern("MMMM d, uuuu", java.util.Locale.ENGLISH),
            java.time.format.DateTimeFormatter.ofPattern("MMM d, uuuu", java.util.Locale.ENGLISH),
            java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.ENGLISH),
            java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.ENGLISH),
            java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
    private static final Pattern JEKYLL_FILE_NAME = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})-.+");

    private FrontMatterValues() {
    }

    /**
     * Reads a stated reading time in minutes.
     *
     * @return the minutes, or empty when the value is absent, not a reading time, or not positive
     */
    public static OptionalDouble readingTimeMinutes(Object value) {
        double minutes;
        if (value instanceof Number number) {
            minutes = number.doubleValue();
        } else if (value instanceof String text) {
            Matcher m = READING_TIME.matcher(text);
            if (!m.matches()) {
                return OptionalDouble.empty();
            }
            minutes = Double.parseDouble(m.group(1));
        } else {
            return OptionalDouble.empty();
        }
        return minutes > 0 && Double.isFinite(minutes) ? OptionalDouble.of(minutes) : OptionalDouble.empty();
    }

    /**
     * Reads a front matter date in any of Jekyll's, Hugo's and Astro's forms ({@code 2025-11-21},
     * {@code 2025-11-21 20:36:29 +0000}, ISO 8601, {@code 2025/11/21}), and as people write them
     * ({@code April 30, 2017}, RFC 1123).
     */
    public static Optional<LocalDate> date(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().trim();
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            for (java.time.format.DateTimeFormatter format : WRITTEN_DATES) {
                try {
                    return Optional.of(LocalDate.from(format.parse(text)));
                } catch (DateTimeException e) {
                    // try the next form
                }
            }
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) != null) {
                LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            }
            return Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The date of a Jekyll post file name ({@code 2025-11-21-slug.md}), if it has a valid one. */
    public static Optional<LocalDate> fileNameDate(String fileName) {
        Matcher m = JEKYLL_FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return date(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
    }

    /**
     * The date a post's path gives it, as Jekyll and Hugo's {@code :filename} read it: the file
     * name ({@code 2025-11-21-slug.md}), or for a page bundle's {@code index.md} the folder's
     * name ({@code 2025-11-21-slug/index.md}).
     */
    public static Optional<LocalDate> pathDate(String path) {
        String[] parts = path.split("/");
        String fileName = parts[parts.length - 1];
        if (isBundleIndex(fileName) && parts.length > 1) {
            return fileNameDate(parts[parts.length - 2] + ".md");
        }
        return fileNameDate(fileName);
    }

    /**
     * Whether a post is a Hugo (or Zola) section page, {@code _index.md}: a list page whose title
     * the generator takes from its folder and whose date from its newest page.
     */
    public static boolean isSectionPage(Post post) {
        return post.fileName().startsWith("_index.");
    }

    /** Whether a file name is a page bundle's page ({@code index.md} in the post's own folder). */
    private static boolean isBundleIndex(String fileName) {
        return fileName.startsWith("index.");
    }

    /**
     * Whether a post is a draft: under a {@code _drafts} folder, {@code draft: true}, or
     * {@code status: draft} (Pelican's {@code Status: draft}, also in its YAML front matter).
     */
    public static boolean isDraft(Post post) {
        String path = "/" + post.path();
        Object draft = post.value("draft");
        return path.contains("/_drafts/") || Boolean.TRUE.equals(draft)
                || (draft instanceof String s && s.trim().toLowerCase(Locale.ROOT).equals("true"))
                || (post.value("status") instanceof String status && status.trim().equalsIgnoreCase("draft"));
    }
}
