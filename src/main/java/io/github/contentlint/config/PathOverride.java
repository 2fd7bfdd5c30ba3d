package io.github.contentlint.config;

import io.github.contentlint.api.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codehaus.plexus.util.SelectorUtils;

/**
 * One entry of {@code overrides:} in {@code .contentlint.yml}: rule settings for the posts whose
 * path matches one of the globs, applied in file order over the top-level {@code rules:} (a
 * later entry wins), as ESLint and markdownlint-cli2 users expect. {@code off} here is how a
 * folder is exempted from a rule; options set here replace the same options set before, one
 * option at a time (a list or mapping value replaces the earlier value whole).
 *
 * @param files Ant-style globs relative to the base directory ({@code _drafts/**})
 * @param rules settings per rule id, in file order
 * @param line the entry's line in the configuration file, for messages
 */
public record PathOverride(List<String> files, Map<String, RuleSettings> rules, int line) {

    public PathOverride {
        files = List.copyOf(files);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** The severities this entry sets (rules it gives only options keep the severity set before). */
    public Map<String, Severity> severities() {
        Map<String, Severity> severities = new LinkedHashMap<>();
        rules.forEach((id, settings) -> {
            if (settings.severity() != null) {
                severities.put(id, settings.severity());
            }
        });
        return Collections.unmodifiableMap(severities);
    }

    /** Whether a post (path relative to the base directory, forward slashes) is one of {@link #files}. */
    public boolean matches(String path) {
        for (String glob : files) {
            if (SelectorUtils.matchPath(glob, path, "/", true)) {
                return true;
            }
        }
        return false;
    }
}
