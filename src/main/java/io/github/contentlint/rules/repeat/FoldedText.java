package io.github.contentlint.rules.repeat;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A block's text folded for comparison: NFKC, lower case, and only letters, digits and combining
 * marks kept. Folding away white space and punctuation makes a copy behind a leading
 * {@code ...}/{@code …}, a copy re-wrapped over other lines, or a copy with full-width punctuation
 * compare equal to its original; a pair of 「」 quotes around a copied sentence vanishes too.
 *
 * <p>The {@link #weight() weight} measures length the same way for Japanese and English: a CJK
 * character (kanji, kana, hangul) counts 1, any other letter or digit counts one half, since a
 * Japanese character carries about as much text as two Latin letters (and Latin words lose their
 * spaces here).
 *
 * <p>Immutable; {@link #equals} compares the folded text.
 */
public final class FoldedText {

    private final int[] codePoints;
    private final double weight;

    private FoldedText(int[] codePoints, double weight) {
        this.codePoints = codePoints;
        this.weight = weight;
    }

    /** Folds {@code text} (a block's text with markup already stripped). */
    public static FoldedText of(String text) {
        FoldedText folded = foldStable(text);
        return folded != null ? folded : fold(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    /** The text's length with CJK characters counted 1 and other letters and digits one half. */
    public double weight() {
        return weight;
    }

    /** The weight of raw text without folding it: a quick measure where NFKC changes nothing that matters. */
    public static double roughWeight(CharSequence text) {
        double sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sum += weightOf(c);
            }
        }
        return sum;
    }

    public int length() {
        return codePoints.length;
    }

    public int codePointAt(int index) {
        return codePoints[index];
    }

    public boolean isEmpty() {
        return codePoints.length == 0;
    }

    /** The weight of the code points {@code [from, to)}. */
    public double weight(int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += weightOf(codePoints[i]);
        }
        return sum;
    }

    /** Whether this text starts with all of {@code other}. */
    public boolean startsWith(FoldedText other) {
        return other.length() <= length() && Arrays.equals(codePoints, 0, other.length(), other.codePoints, 0, other.length());
    }

    /** Whether {@code other} occurs in this text (a plain scan: used on short texts only). */
    public boolean contains(FoldedText other) {
        int n = other.length();
        outer:
        for (int start = 0; start + n <= length(); start++) {
            for (int j = 0; j < n; j++) {
                if (codePoints[start + j] != other.codePoints[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public boolean sameAs(FoldedText other) {
        return Arrays.equals(codePoints, other.codePoints);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FoldedText other && Arrays.equals(codePoints, other.codePoints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codePoints);
    }

    @Override
    public String toString() {
        return new String(codePoints, 0, codePoints.length);
    }

    /** Folds text that is already in NFKC. */
    private static FoldedText fold(String normalized) {
        int[] out = new int[normalized.length()];
        int length = 0;
        double weight = 0;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (isKanjiOrKana(cp)) {
                out[length++] = cp;
                weight += 1;
            } else if (keeps(cp)) {
                int lower = Character.toLowerCase(cp);
                out[length++] = lower;
                weight += weightOf(lower);
            }
        }
        return new FoldedText(Arrays.copyOf(out, length), weight);
    }

    /**
     * Folds text in one pass when every character is stable (see {@link #isStable(String)}); null as soon
     * as one is not, and the caller normalises first.
     */
    private static FoldedText foldStable(String text) {
        int[] out = new int[text.length()];
        int length = 0;
        double weight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isStable(c)) {
                return null;
            }
            if (isKanjiOrKana(c)) {
                out[length++] = c;
                weight += 1;
            } else if (keeps(c)) {
                int lower = Character.toLowerCase(c);
                out[length++] = lower;
                weight += weightOf(lower);
            }
        }
        return new FoldedText(Arrays.copyOf(out, length), weight);
    }

    /** Kanji and kana, the bulk of Japanese text: kept as they are (no case), weight 1. */
    private static boolean isKanjiOrKana(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0x3041 && cp <= 0x30FE && cp != 0x30A0 && cp != 0x30FB && cp != 0x309B && cp != 0x309C);
    }

    /**
     * Whether folding may skip NFKC: every character is one that NFKC leaves alone (ASCII, kana,
     * common kanji, 々, ・, arrows, box drawing, ×) or one it maps to punctuation only, which
     * folding drops anyway (full-width 「？」「（」, 「…」). Japanese prose is almost all such
     * characters, and NFKC is the costliest step of the fold.
     */
    static boolean isStable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isStable(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStable(char c) {
        return c < 0x80
                    || (c >= 0x3001 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301F)
                    || (c >= 0x3005 && c <= 0x3007) || (c >= 0x3041 && c <= 0x3096) || c == 0x309D || c == 0x309E
                    || (c >= 0x30A1 && c <= 0x30FE) || c == 0xD7 || c == 0xF7 || c == 0x203B
                    || (c >= 0x2190 && c <= 0x21FF) || (c >= 0x2500 && c <= 0x257F)
                    || (c >= 0x4E00 && c <= 0x9FFF)
                    || (c >= 0x2010 && c <= 0x2027)
                    || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40)
                    || (c >= 0xFF5B && c <= 0xFF5E);
    }

    private static boolean keeps(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    static double weightOf(int cp) {
        return isCjk(cp) ? 1.0 : 0.5;
    }

    /** Whether a code point (a kept letter or digit) belongs to a script written without spaces. */
    static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3005 && cp <= 0x3007)) {
            return true; // kana with the long-vowel mark ー, common kanji, 々〆〇: the usual case, without a table lookup
        }
        if (cp >= 0xFF00 && cp <= 0xFF65) {
            return false; // full-width Latin letters and digits
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
