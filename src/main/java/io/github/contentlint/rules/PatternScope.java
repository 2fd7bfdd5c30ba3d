package io.github.contentlint.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which text of a post a pattern rule's regexes see. Every scope hands the regex text as written
 * in the file, so that a finding points at the line and column of the match.
 */
public enum PatternScope {
    /**
     * Each line of the body on its own, as written (list markers, {@code >} and {@code #} kept).
     * Lines of fenced code blocks, of Liquid {@code {% highlight %}} and Hugo
     * {@code {{< highlight >}}} blocks and of raw HTML {@code <pre>}, {@code <script>},
     * {@code <style>} and {@code <textarea>} blocks are skipped, and inline code spans on the line
     * are blanked out (their characters read as spaces). Indented code blocks are read: in
     * generated text a four-space indent is an accident more often than code.
     */
    LINE,
    /** Each paragraph, list-item paragraph and block-quote paragraph as written, line breaks kept as {@code \n}. */
    PARAGRAPH,
    /** Each heading's text as written, without its {@code #} markers or setext underline. */
    HEADING,
    /** The title's value (the front matter key named by {@code keys.title}). */
    TITLE,
    /** The excerpt's value (the front matter key named by {@code keys.excerpt}). */
    EXCERPT,
    /** Each line between the front matter's delimiters. */
    FRONT_MATTER;

    /** The name written in a rule file ({@code line}, {@code front-matter}, …). */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads a scope name as written in a rule file.
     *
     * @throws IllegalArgumentException naming the known scopes
     */
    public static PatternScope parse(String name) {
        for (PatternScope scope : values()) {
            if (scope.yamlName().equals(name)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown scope '" + name + "': write one of " + names());
    }

    static String names() {
        return Arrays.stream(values()).map(PatternScope::yamlName).collect(Collectors.joining(", "));
    }
}
