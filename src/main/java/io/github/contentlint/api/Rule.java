package io.github.contentlint.api;

import io.github.contentlint.post.Post;
import java.util.List;

/**
 * A check on one parsed post. A rule never reads files, prints or knows about Maven: it sees a
 * {@link Post}, reads its options and messages from the {@link RuleContext}, and returns findings.
 *
 * <p>One instance serves every post of a run on several threads at once, so a rule keeps no
 * mutable state. Its id, default severity, options and documentation live in
 * {@code rules/<id>.yml}; its messages in {@code io/github/contentlint/messages/<id>.properties}.
 * Custom rules are found through {@link java.util.ServiceLoader} on the plugin's class path.
 */
public interface Rule {

    /** The rule id, as in {@code rules/<id>.yml} and in configuration. */
    String id();

    /**
     * Checks one post.
     *
     * @return the findings, in any order; empty when the post is fine
     */
    List<Finding> check(Post post, RuleContext context);

    /**
     * Checks option values beyond their declared types (a regex that does not compile, a schema
     * entry that makes no sense), once, before any post is read.
     *
     * @throws IllegalArgumentException saying what is wrong and what to write instead
     */
    default void validate(RuleOptions options) {
    }
}
