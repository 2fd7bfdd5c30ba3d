package io.github.contentlint.api;

import io.github.contentlint.post.Post;
import io.github.contentlint.post.Position;
import io.github.contentlint.post.SourceText;

/**
 * Everything a rule needs besides the post: its configured severity and options, the site's
 * front matter key names, and its messages. Immutable; one per rule per run.
 */
public final class RuleContext {

    private final String ruleId;
    private final Severity severity;
    private final RuleOptions options;
    private final FrontMatterKeys keys;
    private final MessageSource messages;

    public RuleContext(String ruleId, Severity severity, RuleOptions options, FrontMatterKeys keys,
            MessageSource messages) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.options = options;
        this.keys = keys;
        this.messages = messages;
    }

    public String ruleId() {
        return ruleId;
    }

    public Severity severity() {
        return severity;
    }

    public RuleOptions options() {
        return options;
    }

    public FrontMatterKeys keys() {
        return keys;
    }

    /** The message for a key of this rule's bundle, arguments filled in. */
    public String message(String key, Object... arguments) {
        return messages.format(key, arguments);
    }

    /** A finding covering the whole of a 1-based line. */
    public Finding atLine(Post post, int line, String messageKey, Object... arguments) {
        SourceText source = post.source();
        return build(post.path(), Position.lineStart(line), source.endOfLine(line), messageKey, arguments);
    }

    /** A finding from a start position to the end of its line. */
    public Finding at(Post post, Position start, String messageKey, Object... arguments) {
        Position end = post.source().endOfLine(start.line());
        return build(post.path(), start, end, messageKey, arguments);
    }

    /** A finding covering the characters {@code [startOffset, endOffset)} of the post's text. */
    public Finding atOffsets(Post post, int startOffset, int endOffset, String messageKey, Object... arguments) {
        return build(post.path(), post.positionOf(startOffset), post.positionOf(endOffset), messageKey, arguments);
    }

    /**
     * A finding anywhere, for cross-post rules that no longer hold the post. Its fingerprint is
     * made of the message key and arguments, not of the message, so that it is the same in every
     * locale (findings made from a post get theirs from its lines).
     */
    public Finding finding(String path, Position start, Position end, String messageKey, Object... arguments) {
        return build(path, start, end, messageKey, arguments).withFingerprint(
                FindingFingerprint.of(ruleId, path, FindingFingerprint.ofMessage(messageKey, arguments)));
    }

    /**
     * A cross-post finding whose message holds what changes with other posts (their paths, a
     * count, a score): its fingerprint is made of the message key and {@code subject}, the
     * post's own text the finding is about, so that a baseline entry stays valid when other
     * posts change.
     */
    public Finding findingAbout(String path, Position start, Position end, String subject, String messageKey,
            Object... arguments) {
        return build(path, start, end, messageKey, arguments).withFingerprint(
                FindingFingerprint.of(ruleId, path, FindingFingerprint.ofMessage(messageKey, subject)));
    }

    private Finding build(String path, Position start, Position end, String messageKey, Object... arguments) {
        return new Finding(ruleId, severity, path, start, end, message(messageKey, arguments));
    }

    /** A finding with a message already written (pattern rules carry theirs in YAML). */
    public Finding findingWithText(String path, Position start, Position end, String text) {
        return new Finding(ruleId, severity, path, start, end, text);
    }
}
