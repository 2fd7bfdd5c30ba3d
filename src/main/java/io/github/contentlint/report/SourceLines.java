package io.github.contentlint.report;

import java.util.List;

/**
 * The text of a post's lines, for reports that show the lines their findings point at (the HTML
 * page). The engine keeps no post in memory after checking it, so reports read the few lines
 * they show again through this.
 */
@FunctionalInterface
public interface SourceLines {

    /** Shows no text. */
    SourceLines NONE = path -> List.of();

    /**
     * The lines of a post (1-based line n at index n - 1), or an empty list when the file cannot
     * be read as text any more.
     */
    List<String> lines(String path);
}
