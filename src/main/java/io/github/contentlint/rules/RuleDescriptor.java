package io.github.contentlint.rules;

import io.github.contentlint.api.Severity;
import java.util.List;
import java.util.Map;

/**
 * One entry of the rule catalog: what {@code rules/<id>.yml} says about a rule.
 *
 * @param id the rule id
 * @param kind how the rule is implemented
 * @param summary one line
 * @param description a paragraph or more
 * @param severity the default severity
 * @param options the options, by name, in file order
 * @param examples good and bad examples, each a map with {@code kind} and {@code post}
 * @param definition the whole YAML document (pattern rules read their patterns from it)
 * @param source where the YAML came from, for error messages
 */
public record RuleDescriptor(
        String id,
        Kind kind,
        String summary,
        String description,
        Severity severity,
        Map<String, OptionSpec> options,
        List<Map<String, Object>> examples,
        Map<String, Object> definition,
        String source) {

    /** How a rule is implemented. */
    public enum Kind {
        /** A Java class implementing {@link io.github.contentlint.api.Rule}. */
        JAVA,
        /** Regular expressions in the YAML, run by the pattern-rule interpreter. */
        PATTERN,
        /** Reported by the engine itself ({@code unreadable}, {@code internal-error}). */
        ENGINE
    }
}
