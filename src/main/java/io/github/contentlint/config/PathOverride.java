package io.github.contentlint.config;

import io.github.contentlint.api.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codehaus.plexus.util.SelectorUtils;

/**
 * One entry of {@code overrides:} in {@code .contentlint.yml}: rule severities for the posts
 * whose path matches one of the globs, applied in file order over the top-level {@code rules:}
 * (a later entry wins), as ESLint and markdownlint-cli2 users expect. {@code off} here is how a
 * folder is exempted from a rule.
 *
 * @param files Ant-style globs relative to the base directory ({@code _drafts/**})
 * @param severities severity per rule id, in file order
 * @param line the entry's line in the configuration file, for messages
 */
public record PathOverride(List<String> files, Map<String, Severity> severities, int line) {

    public PathOverride {
        files = List.copyOf(files);
        severities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(severities));
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
