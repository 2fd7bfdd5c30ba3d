package io.github.contentlint.rules;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The terms two short texts are compared by, for Japanese and English alike: on NFKC-normalised
 * text, a Latin (or other alphabetic) word is one term, case folded, kept whole ({@code OpenAI}
 * stays {@code openai}) with a plural {@code s} dropped; a kanji or katakana run gives its
 * character bigrams (a lone kanji itself), since Japanese writes no spaces; hiragana carries
 * particles and endings and gives none. Terms are kept as sorted hash codes: small enough to
 * remember for every post of a large repository.
 */
final class Terms {

    /** English words that say nothing about a subject. */
    private static final Set<String> STOP_WORDS = Set.of(("a an the of and or but to in on at for with by from as into"
            + " about over under after before between through via vs is are was were be been being it its this that"
            + " these those how what why when where who which whose your you we our us i my me he she they their his"
            + " her them do does did done not no yes can will would should could may might must just more most new"
            + " all any some one two up out so if than then there here also very").split(" "));
    private static final char PLACEHOLDER = '〇';

    private Terms() {
    }

    /** The distinct term hashes of a text, sorted. */
    static int[] of(String text) {
        if (text == null) {
            return new int[0];
        }
        String normalised = normalise(text);
        int[] terms = new int[16];
        int count = 0;
        int i = 0;
        while (i < normalised.length()) {
            int end = Scripts.runEnd(normalised, i);
            Scripts scripts = Scripts.at(normalised, i);
            if (scripts == Scripts.WORD) {
                String word = word(normalised.substring(i, end));
                if (word != null) {
                    terms = add(terms, count++, word.hashCode());
                }
            } else if (scripts == Scripts.KANJI || scripts == Scripts.KATAKANA) {
                int second = normalised.offsetByCodePoints(i, 1);
                if (second >= end) {
                    if (scripts == Scripts.KANJI) {
                        terms = add(terms, count++, normalised.substring(i, end).hashCode());
                    }
                } else {
                    for (int k = i; second < end; k = second, second = normalised.offsetByCodePoints(second, 1)) {
                        int third = normalised.offsetByCodePoints(second, 1);
                        terms = add(terms, count++, normalised.substring(k, third).hashCode());
                    }
                }
            }
            i = end;
        }
        int[] sorted = Arrays.copyOf(terms, count);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[distinct++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    private static int[] add(int[] terms, int at, int term) {
        int[] out = at == terms.length ? Arrays.copyOf(terms, at * 2) : terms;
        out[at] = term;
        return out;
    }

    /** A Latin word as a term, or null for a stop word, a single letter or a one-digit number. */
    private static String word(String run) {
        String word = run.toLowerCase(Locale.ROOT);
        if (word.length() < 2 || STOP_WORDS.contains(word)) {
            return null;
        }
        if (word.length() > 3 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") && Character.isLetter(word.charAt(word.length() - 2))) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    static String normalise(String text) {
        String cut = text.length() > TitleFields.MAX_FIELD * 2 ? text.substring(0, TitleFields.MAX_FIELD * 2) : text;
        return Normalizer.normalize(TitleFields.plain(cut), Normalizer.Form.NFKC);
    }

    /** Whether a sorted hash array holds a value. */
    static boolean contains(int[] sorted, int value) {
        return Arrays.binarySearch(sorted, value) >= 0;
    }

    /** The values of {@code a} that {@code b} holds too (both sorted). */
    static int[] common(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out[n++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The excerpt's skeleton: its wording once the title's words are taken out (each stretch of
     * them becomes 〇: Latin words, kanji and katakana pairs, and any three characters in a row
     * that the title has too) and every number becomes #. Posts whose excerpts share a skeleton were filled
     * into one template.
     */
    static String skeleton(String title, String excerpt) {
        String normalisedTitle = normalise(title);
        String text = normalise(excerpt);
        Set<String> titleWords = new HashSet<>();
        Set<String> titleBigrams = new HashSet<>();
        int i = 0;
        while (i < normalisedTitle.length()) {
            int end = Scripts.runEnd(normalisedTitle, i);
            Scripts scripts = Scripts.at(normalisedTitle, i);
            String run = normalisedTitle.substring(i, end);
            if (scripts == Scripts.WORD) {
                titleWords.add(run.toLowerCase(Locale.ROOT));
            } else if (scripts == Scripts.KANJI || scripts == Scripts.KATAKANA) {
                int[] codePoints = run.codePoints().toArray();
                for (int k = 0; k + 1 < codePoints.length; k++) {
                    titleBigrams.add(new String(codePoints, k, 2));
                }
            }
            i = end;
        }
        boolean[] taken = new boolean[text.length()];
        // Any stretch of three characters the title also has is the title's wording (その真意は, について).
        Set<String> titleTrigrams = new HashSet<>();
        for (int k = 0; k + 3 <= normalisedTitle.length(); k++) {
            titleTrigrams.add(normalisedTitle.substring(k, k + 3));
        }
        for (int k = 0; k + 3 <= text.length(); k++) {
            if (titleTrigrams.contains(text.substring(k, k + 3))) {
                Arrays.fill(taken, k, k + 3, true);
            }
        }
        i = 0;
        while (i < text.length()) {
            int end = Scripts.runEnd(text, i);
            Scripts scripts = Scripts.at(text, i);
            String run = text.substring(i, end);
            if (scripts == Scripts.WORD && titleWords.contains(run.toLowerCase(Locale.ROOT))) {
                Arrays.fill(taken, i, end, true);
            } else if (scripts == Scripts.KANJI || scripts == Scripts.KATAKANA) {
                for (int k = i; k < end; k = text.offsetByCodePoints(k, 1)) {
                    int next = text.offsetByCodePoints(k, 1);
                    if (next < end) {
                        int after = text.offsetByCodePoints(next, 1);
                        if (titleBigrams.contains(text.substring(k, after))) {
                            Arrays.fill(taken, k, after, true);
                        }
                    }
                }
            }
            i = end;
        }
        StringBuilder skeleton = new StringBuilder();
        i = 0;
        while (i < text.length()) {
            if (taken[i]) {
                if (skeleton.length() == 0 || skeleton.charAt(skeleton.length() - 1) != PLACEHOLDER) {
                    skeleton.append(PLACEHOLDER);
                }
                i++;
                continue;
            }
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                if (skeleton.length() == 0 || skeleton.charAt(skeleton.length() - 1) != '#') {
                    skeleton.append('#');
                }
            } else if (Character.isWhitespace(c)) {
                if (skeleton.length() > 0 && skeleton.charAt(skeleton.length() - 1) != ' ') {
                    skeleton.append(' ');
                }
            } else {
                skeleton.append(Character.toLowerCase(c));
            }
            i++;
        }
        return skeleton.toString().strip();
    }

    /** Letters of a skeleton that are not placeholders: how much wording the template itself has. */
    static int wording(String skeleton) {
        int letters = 0;
        for (int i = 0; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i);
            if (c != PLACEHOLDER && Character.isLetter(c)) {
                letters++;
            }
        }
        return letters;
    }
}
