package io.github.contentlint.rules;

import io.github.contentlint.api.MessageSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The messages of a pattern rule, from its YAML: entry {@code i}'s {@code message} (or
 * {@code message_ja} when the run's language is Japanese and the entry has one) under the key
 * {@code "i"}. A message quotes the match as {@code {0}} and its groups as {@code {1}} to
 * {@code {9}}; nothing else in it is special (an apostrophe is an apostrophe). A quoted match is
 * cut to {@value #MAX_QUOTE} characters and its line breaks become spaces, so that a finding stays
 * one line.
 */
public final class PatternMessages implements MessageSource {

    static final int MAX_QUOTE = 60;

    private final List<String> templates;

    private PatternMessages(List<String> templates) {
        this.templates = List.copyOf(templates);
    }

    /** The messages of a pattern rule's catalog entry, in a locale's language. */
    public static PatternMessages of(RuleDescriptor descriptor, Locale locale) {
        boolean japanese = "ja".equals(locale.getLanguage());
        List<String> templates = new ArrayList<>();
        if (descriptor.definition().get(PatternRules.PATTERNS) instanceof List<?> entries) {
            for (Object entry : entries) {
                Map<?, ?> map = entry instanceof Map<?, ?> m ? m : Map.of();
                Object japaneseText = map.get(PatternRules.MESSAGE_JA);
                Object text = japanese && japaneseText != null ? japaneseText : map.get(PatternRules.MESSAGE);
                templates.add(String.valueOf(text));
            }
        }
        return new PatternMessages(templates);
    }

    @Override
    public String format(String key, Object... arguments) {
        int index;
        try {
            index = Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw new java.util.MissingResourceException("pattern rules key messages by entry index, not " + key,
                    PatternMessages.class.getName(), key);
        }
        if (index < 0 || index >= templates.size()) {
            throw new java.util.MissingResourceException("no pattern entry " + key, PatternMessages.class.getName(), key);
        }
        return fill(templates.get(index), arguments);
    }

    static String fill(String template, Object... arguments) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int group = placeholderAt(template, i);
            if (group >= 0 && group < arguments.length) {
                out.append(quote(String.valueOf(arguments[group])));
                i += 3;
            } else {
                out.append(template.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** The group number of a {@code {0}}…{@code {9}} placeholder starting at {@code i}, or -1. */
    static int placeholderAt(String template, int i) {
        if (i + 2 < template.length() && template.charAt(i) == '{' && template.charAt(i + 2) == '}') {
            char digit = template.charAt(i + 1);
            if (digit >= '0' && digit <= '9') {
                return digit - '0';
            }
        }
        return -1;
    }

    private static String quote(String text) {
        String flat = text.replaceAll("[\\r\\n]+", " ");
        if (flat.codePointCount(0, flat.length()) <= MAX_QUOTE) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, MAX_QUOTE - 1)) + "…";
    }
}
