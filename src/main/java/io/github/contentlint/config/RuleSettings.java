package io.github.contentlint.config;

import io.github.contentlint.api.Severity;
import java.util.Map;

/**
 * What a configuration says about one rule.
 *
 * @param severity the severity, or null to keep the catalog's default
 * @param options option values the user set (the catalog's defaults fill in the rest)
 */
public record RuleSettings(Severity severity, Map<String, Object> options) {

    public RuleSettings {
        options = Map.copyOf(options);
    }
}
