package io.github.contentlint.api;

import io.github.contentlint.post.Post;
import java.util.List;

/**
 * A rule that also looks across posts (shared titles, templated excerpts). After the per-post
 * pass, the engine hands it the small summary it kept of each post, so that no file is read
 * twice and no post stays in memory.
 *
 * <p>Keep a summary small and made of plain values (strings, numbers, lists of them, records of
 * them), so that it can be cached with the post's findings.
 *
 * @param <S> the summary type
 */
public interface CrossPostRule<S> extends Rule {

    /**
     * What to remember of one post, or null to remember nothing. Called once per post, on the
     * worker thread that parsed it, after {@link #check}.
     */
    S summarize(Post post, RuleContext context);

    /**
     * Findings across all posts. Called once, after every post was summarised, with the
     * summaries in path order.
     */
    List<Finding> checkAcross(List<PostSummary<S>> summaries, RuleContext context);
}
