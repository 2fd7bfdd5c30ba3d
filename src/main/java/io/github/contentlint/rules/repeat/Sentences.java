package io.github.contentlint.rules.repeat;

/**
 * Counts the sentences of a block's text, roughly: pieces ended by 。！？ (and their half-width
 * forms, and a full stop before a space) that hold a few letters. A full stop after a one-letter
 * word ("e.g.") ends nothing. Used to tell one repeated sentence (a refrain, a stock line: people
 * repeat those on purpose) from a repeated paragraph.
 */
public final class Sentences {

    /** Weight (see {@link FoldedText}) a piece needs to count as a sentence: 雨が降った, It rained. */
    private static final double MIN_WEIGHT = 3;

    private Sentences() {
    }

    public static int count(String text) {
        int sentences = 0;
        double weight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                weight += FoldedText.weightOf(c);
                continue;
            }
            boolean end = c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || (c == '.' && isFullStop(text, i));
            if (end) {
                if (weight >= MIN_WEIGHT) {
                    sentences++;
                }
                weight = 0;
            }
        }
        return weight >= MIN_WEIGHT ? sentences + 1 : sentences;
    }

    /** A full stop before a space or the end, after a word of two letters or more that holds no other stop. */
    private static boolean isFullStop(String text, int dot) {
        if (dot + 1 < text.length() && !Character.isWhitespace(text.charAt(dot + 1))) {
            return false;
        }
        int start = dot;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, dot);
        return word.length() >= 2 && word.indexOf('.') < 0;
    }

    /** Whether the text stops without a sentence terminator (or closing bracket after one). */
    public static boolean unfinished(String text) {
        String end = text.strip();
        while (!end.isEmpty() && "」』）)\"'”’*_".indexOf(end.charAt(end.length() - 1)) >= 0) {
            end = end.substring(0, end.length() - 1);
        }
        return !end.isEmpty() && "。．！？.!?…".indexOf(end.charAt(end.length() - 1)) < 0;
    }
}
