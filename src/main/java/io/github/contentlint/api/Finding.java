package io.github.contentlint.api;

import io.github.contentlint.post.Position;
import java.util.Comparator;
import java.util.Optional;

/**
 * One problem a rule found in one post.
 *
 * @param ruleId the rule that found it
 * @param severity the severity it is reported at
 * @param path the post's path relative to the base directory, forward slashes
 * @param start where the problem starts
 * @param end where the problem ends (exclusive column)
 * @param message what is wrong and what to write instead
 * @param fix a safe edit, or null when there is none
 * @param fingerprint a hash of the rule, the path and the offending text (not the line number),
 *     set by the engine; stable when the post is edited elsewhere; null until then
 */
public record Finding(
        String ruleId,
        Severity severity,
        String path,
        Position start,
        Position end,
        String message,
        Fix fix,
        String fingerprint) {

    /** The order of every report: path, line, column, rule, message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparing(Finding::start)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        if (end.compareTo(start) < 0) {
            end = start;
        }
    }

    /** A finding without fix or fingerprint. */
    public Finding(String ruleId, Severity severity, String path, Position start, Position end, String message) {
        this(ruleId, severity, path, start, end, message, null, null);
    }

    public Optional<Fix> optionalFix() {
        return Optional.ofNullable(fix);
    }

    /** The same finding carrying a fix. */
    public Finding withFix(Fix newFix) {
        return new Finding(ruleId, severity, path, start, end, message, newFix, fingerprint);
    }

    /** The same finding with its fingerprint. */
    public Finding withFingerprint(String newFingerprint) {
        return new Finding(ruleId, severity, path, start, end, message, fix, newFingerprint);
    }

    /** The same finding at another severity. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, path, start, end, message, fix, fingerprint);
    }
}
