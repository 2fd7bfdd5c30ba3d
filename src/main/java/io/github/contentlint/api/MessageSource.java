package io.github.contentlint.api;

/** Formats a rule's messages by key, in the run's locale. */
@FunctionalInterface
public interface MessageSource {

    /**
     * The message for a key with its arguments filled in.
     *
     * @throws java.util.MissingResourceException when the key is unknown (a bug the meta-test catches)
     */
    String format(String key, Object... arguments);
}
