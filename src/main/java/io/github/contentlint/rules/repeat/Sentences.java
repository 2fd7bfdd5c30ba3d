package io.github.contentlint.rules.repeat;

/**
 * Counts the sentences of a block's text, roughly: pieces ended by 。！？ (and their half-width
 * forms, and a full stop before a space) that hold a few letters. Abbreviations such as "e.g."
 * leave pieces too short to count. Used to tell one repeated sentence (a refrain, a stock line:
 * people repeat those on purpose) from a repeated paragraph.
 */
public final class Sentences {

    /** Letters or digits a piece needs to count as a sentence. */
    private static final int MIN_LETTERS = 6;

    private Sentences() {
    }

    public static int count(String text) {
        int sentences = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters++;
                continue;
            }
            boolean end = c == '。' || c == '！' || c == '？' || c == '!' || c == '?'
                    || (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
            if (end) {
                if (letters >= MIN_LETTERS) {
                    sentences++;
                }
                letters = 0;
            }
        }
        return letters >= MIN_LETTERS ? sentences + 1 : sentences;
    }
}
