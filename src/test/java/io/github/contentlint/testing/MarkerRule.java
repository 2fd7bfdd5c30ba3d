package io.github.contentlint.testing;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Rule;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.post.Post;
import io.github.contentlint.rules.RuleCatalog;
import io.github.contentlint.rules.RuleDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule for engine tests only: one finding on every body line that holds {@code MARK}, so that
 * tests can put findings on any line. It is in no catalog but the one {@link #catalog()} makes.
 */
public final class MarkerRule implements Rule {

    public static final String ID = "test-marker";

    /** The built-in catalog plus this rule (warning by default). */
    public static RuleCatalog catalog() {
        RuleDescriptor descriptor = RuleCatalog.parse("""
                id: test-marker
                type: java
                summary: Marks every line that holds MARK.
                severity: warning
                description: For tests.
                """, "test-marker.yml");
        return RuleCatalog.builtIn().with(List.of(descriptor));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Post post, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (int line = post.bodyStartLine(); line <= post.source().lineCount(); line++) {
            String text = post.source().line(line);
            int at = text.indexOf("MARK");
            if (at >= 0) {
                int start = post.source().lineStartOffset(line) + at;
                findings.add(context.findingWithText(post.path(), post.positionOf(start), post.positionOf(start + 4),
                        "marked"));
            }
        }
        return findings;
    }
}
