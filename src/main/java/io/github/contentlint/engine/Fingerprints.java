package io.github.contentlint.engine;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.FindingFingerprint;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.SourceText;

/**
 * Fingerprints that survive edits elsewhere in a post: a hash of the rule, the path and the text
 * of the lines a finding covers (white space folded), never the line number.
 */
final class Fingerprints {

    private static final int MAX_TEXT = 2000;

    private Fingerprints() {
    }

    static Finding withFingerprint(Finding finding, Post post) {
        if (finding.fingerprint() != null) {
            return finding;
        }
        SourceText source = post.source();
        StringBuilder text = new StringBuilder();
        int last = Math.min(finding.end().line(), source.lineCount());
        for (int line = finding.start().line(); line <= last && text.length() < MAX_TEXT; line++) {
            text.append(source.line(line)).append('\n');
        }
        return finding.withFingerprint(FindingFingerprint.of(finding.ruleId(), finding.path(), text.toString()));
    }

    /** For findings whose post is gone (cross-post, unreadable): the message stands for the text. */
    static Finding withMessageFingerprint(Finding finding) {
        return finding.fingerprint() != null ? finding
                : finding.withFingerprint(FindingFingerprint.of(finding.ruleId(), finding.path(), finding.message()));
    }
}
