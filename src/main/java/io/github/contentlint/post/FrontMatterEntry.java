package io.github.contentlint.post;

/**
 * One top-level key of the front matter.
 *
 * @param key the key as written
 * @param value the value: {@code String}, {@code Long}, {@code Double}, {@code Boolean},
 *     {@code java.util.List}, {@code java.util.Map}, or {@code null}; dates stay strings
 * @param keyPosition where the key starts in the file
 * @param valueStart character offset of the value's first character in the file's text, or -1
 * @param valueEnd character offset just past the value's last character, or -1
 */
public record FrontMatterEntry(String key, Object value, Position keyPosition, int valueStart, int valueEnd) {

    /** Whether the value is absent, blank, or an empty list or map. */
    public boolean isEmpty() {
        if (value == null) {
            return true;
        }
        if (value instanceof String s) {
            return s.isBlank();
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.isEmpty();
        }
        if (value instanceof java.util.Map<?, ?> m) {
            return m.isEmpty();
        }
        return false;
    }

    /** Whether the value's source range is known, so that a fix can replace it. */
    public boolean hasValueRange() {
        return valueStart >= 0 && valueEnd >= valueStart;
    }
}
