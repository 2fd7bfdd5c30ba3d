package io.github.contentlint.config;

import io.github.contentlint.api.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a configuration says about one rule, under {@code rules:} or in one entry of
 * {@code overrides:}.
 *
 * @param severity the severity, or null to keep the one set before (the catalog's default at the top level)
 * @param options option values the user set (the catalog's defaults fill in the rest), in file order
 * @param line the rule's line in the configuration file, for messages; 0 when unknown
 */
public record RuleSettings(Severity severity, Map<String, Object> options, int line) {

    public RuleSettings {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** Settings that come from no particular line. */
    public RuleSettings(Severity severity, Map<String, Object> options) {
        this(severity, options, 0);
    }
}
