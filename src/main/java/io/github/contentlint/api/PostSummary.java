package io.github.contentlint.api;

/**
 * What a {@link CrossPostRule} kept of one post for the cross-post pass.
 *
 * @param path the post's path relative to the base directory
 * @param summary the rule's own small record of that post
 * @param <S> the rule's summary type
 */
public record PostSummary<S>(String path, S summary) {
}
