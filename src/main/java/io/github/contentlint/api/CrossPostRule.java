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

    /**
     * The summary's class, so that the cache can store summaries as JSON and read them back.
     * By default it is read from the rule's declaration ({@code implements CrossPostRule<TitleSummary>});
     * a rule whose summary type is generic overrides this.
     */
    @SuppressWarnings("unchecked")
    default Class<S> summaryType() {
        for (Class<?> type = getClass(); type != null; type = type.getSuperclass()) {
            for (java.lang.reflect.Type implemented : type.getGenericInterfaces()) {
                if (implemented instanceof java.lang.reflect.ParameterizedType parameterized
                        && parameterized.getRawType() == CrossPostRule.class
                        && parameterized.getActualTypeArguments()[0] instanceof Class<?> summary) {
                    return (Class<S>) summary;
                }
            }
        }
        throw new IllegalStateException(getClass().getName() + " must override summaryType()");
    }
}
