package io.github.contentlint.post;

import java.util.regex.Pattern;

/**
 * Measures text as a reader meets it: CJK characters one by one (Japanese, Chinese and Korean
 * are read, and their reading speed measured, in characters) and other text in words.
 *
 * <p>A CJK character is a code point of the Han, Hiragana, Katakana, Hangul or Bopomofo
 * scripts, or of the CJK punctuation and full-width blocks (、。「」『』（）！？・ー and
 * full-width letters and digits): Japanese character counts (原稿用紙, 字数) include that
 * punctuation, and so does Hugo's CJK reading time. General punctuation (…, ―) and ASCII
 * punctuation count for nothing. A word is a run of other non-space characters holding at least
 * one letter or digit, as white-space splitting tools (Hugo, Jekyll's {@code number_of_words})
 * count them, without lone dashes and bullets.
 */
public final class TextMeasure {

    /** Bare URLs: a reader skips them, and they are long enough to skew a count. */
    private static final Pattern URL = Pattern.compile("(?:https?|ftp)://\\S+|www\\.[^\\s.]+\\.\\S+");
    /** Liquid tags and output ({@code {% include x %}}, {@code {{ page.title }}}) and kramdown IALs ({@code {: .note}}). */
    private static final Pattern TEMPLATE = Pattern.compile("\\{%.*?%\\}|\\{\\{.*?\\}\\}|\\{:[^}\\n]*\\}", Pattern.DOTALL);

    private TextMeasure() {
    }

    /**
     * What a stretch of text holds.
     *
     * @param cjkCharacters CJK characters, punctuation of the CJK blocks included
     * @param words words of other scripts
     */
    public record Count(long cjkCharacters, long words) {

        public static final Count ZERO = new Count(0, 0);

        public Count plus(Count other) {
            return new Count(cjkCharacters + other.cjkCharacters, words + other.words);
        }
    }

    /** Counts CJK characters and words of a text as it stands. */
    public static Count count(String text) {
        long cjk = 0;
        long words = 0;
        boolean inWord = false;
        boolean wordHasLetter = false;
        int length = text.length();
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            int cp;
            if (c < 0x80) {
                // ASCII, most of any text that is not CJK: no table lookups
                i++;
                if (c <= ' ') {
                    words += inWord && wordHasLetter ? 1 : 0;
                    inWord = false;
                    wordHasLetter = false;
                } else {
                    inWord = true;
                    wordHasLetter |= (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
                }
                continue;
            }
            if (isCommonCjk(c)) {
                // kana, common kanji, hangul syllables, CJK punctuation: no table lookups either
                i++;
                words += inWord && wordHasLetter ? 1 : 0;
                inWord = false;
                wordHasLetter = false;
                cjk++;
                continue;
            }
            cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                words += inWord && wordHasLetter ? 1 : 0;
                inWord = false;
                wordHasLetter = false;
            } else if (isCjk(cp)) {
                words += inWord && wordHasLetter ? 1 : 0;
                inWord = false;
                wordHasLetter = false;
                cjk++;
            } else {
                inWord = true;
                wordHasLetter |= Character.isLetterOrDigit(cp);
            }
        }
        words += inWord && wordHasLetter ? 1 : 0;
        return new Count(cjk, words);
    }

    /** The text without bare URLs, Liquid tags and kramdown attribute lists, which nobody reads. */
    public static String readable(String text) {
        if (text.indexOf("://") < 0 && text.indexOf('{') < 0 && text.indexOf("www.") < 0) {
            return text; // the common case: nothing to strip, no regex run
        }
        String withoutTemplates = text.indexOf('{') < 0 ? text : TEMPLATE.matcher(text).replaceAll(" ");
        return URL.matcher(withoutTemplates).replaceAll(" ");
    }

    /**
     * The CJK blocks that hold nearly every character of Japanese, Chinese and Korean text, tested
     * without a table lookup (this runs once per character of every post). The ideographic space
     * U+3000 is white space, not a character.
     */
    private static boolean isCommonCjk(char c) {
        return (c > 0x3000 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xFF01 && c <= 0xFFEF);
    }

    /** Whether a code point is read as one CJK character (see the class comment). */
    public static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        if (cp <= 0x11FF) {
            return true; // Hangul Jamo
        }
        if (cp < 0x2E80) {
            return false;
        }
        if (cp <= 0xFFFF && isCommonCjk((char) cp)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.KANBUN;
    }
}
