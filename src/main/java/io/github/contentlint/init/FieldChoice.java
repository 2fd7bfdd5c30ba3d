package io.github.contentlint.init;

import java.util.Map;

/**
 * The key a site uses for one of the fields rules read ({@code title}, {@code excerpt},
 * {@code date}, {@code readingTime}), and why.
 *
 * @param field the field of the {@code keys} map
 * @param usage the chosen key's usage, or null when no post carries any key for the field
 * @param alternatives other keys for the same field and how many posts carry each, most first
 */
public record FieldChoice(String field, KeyUsage usage, Map<String, Integer> alternatives) {

    public FieldChoice {
        alternatives = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alternatives));
    }

    /** Whether some post carries a key for this field. */
    public boolean found() {
        return usage != null;
    }
}
