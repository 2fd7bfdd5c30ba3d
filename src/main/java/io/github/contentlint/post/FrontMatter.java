package io.github.contentlint.post;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The front matter of a post: its format, where it is, its top-level entries in file order,
 * and any syntax problems the parser met.
 *
 * @param format YAML, TOML, JSON or a metadata header
 * @param startLine the line of the opening delimiter (a metadata header's first line)
 * @param endLine the line of the closing delimiter (or the last line read when unclosed; a
 *     metadata header's last line)
 * @param entries top-level keys in file order
 * @param problems syntax problems, in file order
 */
public record FrontMatter(
        FrontMatterFormat format,
        int startLine,
        int endLine,
        Map<String, FrontMatterEntry> entries,
        List<FrontMatterProblem> problems) {

    public FrontMatter {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        problems = List.copyOf(problems);
    }

    /**
     * The entry of a key. When no key is written exactly so, a key that differs only in case
     * counts ({@code Title:}): Hugo reads front matter keys without regard to case.
     */
    public Optional<FrontMatterEntry> entry(String key) {
        FrontMatterEntry exact = entries.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (FrontMatterEntry entry : entries.values()) {
            if (entry.key().equalsIgnoreCase(key)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The value of a key, or null when absent. */
    public Object value(String key) {
        return entry(key).map(FrontMatterEntry::value).orElse(null);
    }

    /** The value of a key as text (numbers and booleans too), or null when absent or not a scalar. */
    public String text(String key) {
        Object value = value(key);
        if (value == null || value instanceof List<?> || value instanceof Map<?, ?>) {
            return null;
        }
        return value.toString();
    }

    /** Whether the front matter parsed into a mapping without syntax errors. */
    public boolean isWellFormed() {
        return problems.stream().noneMatch(p -> p.kind() != FrontMatterProblem.Kind.DUPLICATE_KEY);
    }
}
