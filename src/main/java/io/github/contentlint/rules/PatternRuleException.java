package io.github.contentlint.rules;

import java.util.List;

/**
 * A pattern rule file that cannot be used: a regex that does not compile, an unknown scope, a
 * missing message. The message names the value ({@code patterns[3].regex does not compile: …});
 * the path ({@code ["patterns", 3, "regex"]}) lets whoever holds the file's text name its line.
 */
public final class PatternRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Object> path;

    /**
     * @param path keys and list indexes from the root to the bad value
     * @param predicate what is wrong, written to follow the value's name ({@code "does not compile: …"});
     *     when the path is empty, a whole sentence
     */
    public PatternRuleException(List<Object> path, String predicate) {
        super(path.isEmpty() ? predicate : where(path) + " " + predicate);
        this.path = List.copyOf(path);
    }

    /** Keys (strings) and list indexes (integers) from the document's root to the bad value. */
    public List<Object> path() {
        return path;
    }

    /** The path as written in messages: {@code patterns[3].regex}. */
    public String where() {
        return where(path);
    }

    private static String where(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(step);
            }
        }
        return out.toString();
    }
}
