package io.github.contentlint.rules;

import io.github.contentlint.api.MessageSource;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Messages of one rule from its resource bundle
 * {@code io/github/contentlint/messages/<rule-id>[_<lang>].properties} (UTF-8), formatted with
 * {@link MessageFormat}. Falls back to the English bundle, never to the JVM's locale.
 */
public final class BundleMessages implements MessageSource {

    static final String BASE = "io.github.contentlint.messages.";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    public BundleMessages(String bundleName, Locale locale) {
        this.bundle = ResourceBundle.getBundle(BASE + bundleName, locale, BundleMessages.class.getClassLoader(), NO_FALLBACK);
        this.locale = locale;
    }

    @Override
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** Whether the bundle has a key (for the meta-test). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
