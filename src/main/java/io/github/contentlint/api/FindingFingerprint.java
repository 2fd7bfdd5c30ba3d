package io.github.contentlint.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of a finding: a hash of the rule, the path and a text that stands for what is
 * wrong (the offending lines, or for a finding without them its message key and arguments),
 * white space folded. Never the line number and never the message, whose language follows the
 * run's locale: a baseline written in Japanese matches a run in English.
 */
public final class FindingFingerprint {

    private FindingFingerprint() {
    }

    /** 32 hex digits. */
    public static String of(String ruleId, String path, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String folded = text.strip().replaceAll("\\s+", " ");
            digest.update((ruleId + '\0' + path + '\0' + folded).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The text that stands for a finding known by its message key and arguments. */
    static String ofMessage(String messageKey, Object... arguments) {
        StringBuilder text = new StringBuilder(messageKey);
        for (Object argument : arguments) {
            text.append('\0').append(argument);
        }
        return text.toString();
    }
}
