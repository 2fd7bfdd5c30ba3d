package io.github.contentlint.config;

import io.github.contentlint.api.FrontMatterKeys;
import java.util.List;
import java.util.Map;

/**
 * The contents of {@code .contentlint.yml}, validated against the rule catalog.
 *
 * @param keys the site's front matter key names
 * @param includes include globs, or null when the file does not set them
 * @param excludes exclude globs, or null when the file does not set them
 * @param rules settings per rule id, only for the rules the file mentions
 * @param source the file it came from, or null for the built-in defaults
 * @param overrides per-path rule severities, in file order
 */
public record ContentlintConfig(
        FrontMatterKeys keys,
        List<String> includes,
        List<String> excludes,
        Map<String, RuleSettings> rules,
        String source,
        List<PathOverride> overrides) {

    public ContentlintConfig {
        includes = includes == null ? null : List.copyOf(includes);
        excludes = excludes == null ? null : List.copyOf(excludes);
        rules = Map.copyOf(rules);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** A configuration without per-path overrides. */
    public ContentlintConfig(FrontMatterKeys keys, List<String> includes, List<String> excludes,
            Map<String, RuleSettings> rules, String source) {
        this(keys, includes, excludes, rules, source, List.of());
    }

    /** No configuration file: every rule at its catalog default. */
    public static ContentlintConfig defaults() {
        return new ContentlintConfig(FrontMatterKeys.DEFAULT, null, null, Map.of(), null);
    }
}
