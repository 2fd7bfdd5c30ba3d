package io.github.contentlint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finds a word a title stops inside, with the post's own text as the dictionary. A title cut at a
 * byte count ends in a fragment such as 「可」 or 「データセン」; the post around it writes the whole
 * word (「可能性」, 「データセンター」) and never the fragment alone. No word list is needed, and a
 * short title that ends in a real word is safe as long as the post uses that word once on its own.
 *
 * <p>Two kinds of candidates are weighed: the end of the part of the title that copies the start
 * of the excerpt, the body's first heading or its first line, when that text goes on inside the
 * same word (one use of the longer word suffices, since the copied text itself shows it); and,
 * without such a copy, a one-kanji word, or a katakana or alphabetic word that ends the title or a
 * part of it (before a bracket or a bar), which needs {@code minEvidence} uses of one longer word.
 */
final class CutWords {

    /** Hiragana that follow a finished word: case particles, topic and copula (可能な, 可能だ). */
    private static final String PARTICLES = "のにをがはとでへやもかなだ";
    /** Hiragana that start a particle after a one-kanji word in a title; な and だ there inflect (次なる). */
    private static final String CASE_PARTICLES = "のにをがはとでへやもか";
    /** Hiragana that start する after a kanji compound: 確認する, 確認した, 確認させる. */
    private static final String SURU = "すしさせ";
    /** Characters after which a new part of a title starts (SEO wrappers glue their text there). */
    private static final String SEGMENT_ENDS = "（(｜|：:";
    /** How much of a source the title must copy before a divergence there means anything. */
    private static final int MIN_COPIED = 8;
    /** Distinct fragments weighed per title at most: a real title has a handful of words. */
    private static final int MAX_JUDGED = 64;

    /** Where the evidence of a cut comes from. */
    enum Source { EXCERPT, HEADING, FIRST_LINE, POST }

    /**
     * A text the title may copy from.
     *
     * @param source which text it is
     * @param text the text, markup stripped
     */
    record Lead(Source source, String text) {
    }

    /**
     * A word the title stops inside.
     *
     * @param start index of the fragment in the title
     * @param end index just past the fragment
     * @param fragment the fragment as the title writes it
     * @param completion the longer word the post writes instead
     * @param uses how often the post writes a longer word starting with the fragment
     * @param source where the evidence comes from
     */
    record Cut(int start, int end, String fragment, String completion, int uses, Source source) {
    }

    private CutWords() {
    }

    /**
     * The first word the title stops inside, or null.
     *
     * @param title the title, markup stripped
     * @param vocabulary the post's own text (body and excerpt), asked for only when needed
     * @param leads texts the title may copy from
     * @param minEvidence uses of one longer word needed when no lead shows the cut
     */
    static Cut find(String title, Supplier<String> vocabulary, List<Lead> leads, int minEvidence) {
        List<Candidate> candidates = new ArrayList<>();
        for (Lead lead : leads) {
            Candidate copied = copiedCut(title, lead);
            if (copied != null) {
                candidates.add(copied);
            }
        }
        candidates.addAll(fragments(title, minEvidence));
        candidates.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start)
                : Integer.compare(a.needed, b.needed));
        Map<String, Integer> judged = new HashMap<>();
        String text = null;
        for (Candidate candidate : candidates) {
            String fragment = title.substring(candidate.start, candidate.end);
            Integer needed = judged.get(fragment);
            if (needed != null && needed <= candidate.needed) {
                continue; // judged already, with as little evidence needed
            }
            if (judged.size() >= MAX_JUDGED) {
                break; // no real title has this many words to weigh
            }
            judged.put(fragment, candidate.needed);
            if (text == null) {
                text = vocabulary.get(); // read the body only for a title that has a candidate
            }
            Cut cut = judge(title, text, candidate);
            if (cut != null) {
                return cut;
            }
        }
        return null;
    }

    private record Candidate(int start, int end, int needed, Source source) {
    }

    /** The run where the title stops copying a lead although the lead goes on in the same word. */
    private static Candidate copiedCut(String title, Lead lead) {
        String text = lead.text();
        if (text == null || text.isEmpty()) {
            return null;
        }
        int bestLength = 0;
        int bestAt = -1;
        for (int at = title.indexOf(text.charAt(0)); at >= 0; at = title.indexOf(text.charAt(0), at + 1)) {
            int length = 0;
            while (at + length < title.length() && length < text.length()
                    && title.charAt(at + length) == text.charAt(length)) {
                length++;
            }
            if (length > bestLength) {
                bestLength = length;
                bestAt = at;
            }
        }
        if (bestAt < 0 || bestLength >= text.length()
                || text.codePointCount(0, bestLength) < MIN_COPIED
                || Character.isHighSurrogate(text.charAt(bestLength - 1))) {
            return null;
        }
        Scripts last = Scripts.before(text, bestLength);
        int stop = bestAt + bestLength;
        boolean sameRun = last.isWordRun() && Scripts.at(text, bestLength) == last;
        // 「…が示」 where the lead writes 「…が示す」: one kanji without its okurigana is a verb cut short
        boolean stem = last == Scripts.KANJI && Scripts.at(text, bestLength) == Scripts.HIRAGANA
                && PARTICLES.indexOf(text.charAt(bestLength)) < 0
                && title.codePointCount(Scripts.runStart(title, stop), stop) == 1;
        if (!sameRun && !stem) {
            return null; // the lead's word ends where the title stops copying
        }
        if (!endsPart(title, stop) && Scripts.at(title, stop) != Scripts.HIRAGANA) {
            return null; // the title goes on with another word of its own: a rewrite, not a cut
        }
        if (last == Scripts.KANJI && okuriganaFollows(title, stop)) {
            return null; // 変える where the lead writes 変革: a verb of the title's own
        }
        int start = Scripts.runStart(title, stop);
        if (last == Scripts.KANJI && afterDigit(title, start)) {
            return null; // 2025年 is a number with its unit
        }
        return new Candidate(start, stop, 1, lead.source());
    }

    /** Runs that read like fragments wherever they stand, judged by the post's text alone. */
    private static List<Candidate> fragments(String title, int minEvidence) {
        List<Candidate> candidates = new ArrayList<>();
        int i = 0;
        while (i < title.length()) {
            int end = Scripts.runEnd(title, i);
            Scripts scripts = Scripts.at(title, i);
            int length = title.codePointCount(i, end);
            if (scripts == Scripts.KANJI && length == 1 && !afterDigit(title, i) && !okuriganaFollows(title, end)) {
                candidates.add(new Candidate(i, end, minEvidence, Source.POST));
            } else if ((scripts == Scripts.KATAKANA || scripts == Scripts.WORD) && length >= 2 && endsPart(title, end)
                    && !title.substring(i, end).chars().allMatch(Character::isDigit)) {
                candidates.add(new Candidate(i, end, minEvidence, Source.POST));
            }
            i = end;
        }
        return candidates;
    }

    private static boolean afterDigit(String title, int index) {
        return index > 0 && Character.isDigit(Character.codePointBefore(title, index));
    }

    /** Whether hiragana other than a particle follows: the kanji is a verb or adjective stem (示す, 新た). */
    private static boolean okuriganaFollows(String title, int index) {
        return Scripts.at(title, index) == Scripts.HIRAGANA && CASE_PARTICLES.indexOf(title.charAt(index)) < 0;
    }

    /** Whether a part of the title ends here: its end, a bracket or bar that starts a new part, or U+FFFD. */
    private static boolean endsPart(String title, int index) {
        if (index >= title.length()) {
            return true;
        }
        char c = title.charAt(index);
        return c == '\uFFFD' || SEGMENT_ENDS.indexOf(c) >= 0 || title.substring(index).isBlank();
    }

    /** The cut, when the post never writes the fragment alone but does write a longer word from it. */
    private static Cut judge(String title, String vocabulary, Candidate candidate) {
        String fragment = title.substring(candidate.start, candidate.end);
        Scripts scripts = Scripts.at(fragment, 0);
        boolean compound = fragment.codePointCount(0, fragment.length()) >= 2;
        Map<String, Integer> longer = new HashMap<>();
        Map<Character, Integer> nextChars = new HashMap<>();
        for (int at = vocabulary.indexOf(fragment); at >= 0; at = vocabulary.indexOf(fragment, at + 1)) {
            if (Scripts.before(vocabulary, at) == scripts) {
                continue; // inside a longer word that does not start with the fragment
            }
            int after = at + fragment.length();
            if (after < vocabulary.length() && vocabulary.charAt(after) == '々') {
                continue; // 日々 is a word of its own, not a longer form of 日
            }
            Scripts next = Scripts.at(vocabulary, after);
            boolean extended = next == scripts;
            if (scripts == Scripts.KANJI && next == Scripts.HIRAGANA) {
                char c = vocabulary.charAt(after);
                extended = PARTICLES.indexOf(c) < 0 && !(compound && SURU.indexOf(c) >= 0);
            }
            if (!extended) {
                return null; // the post writes the fragment as a word of its own
            }
            int wordEnd = Math.min(Scripts.runEnd(vocabulary, after), after + 12);
            String word = vocabulary.substring(at, wordEnd);
            longer.merge(word, 1, Integer::sum);
            nextChars.merge(vocabulary.charAt(after), 1, Integer::sum);
        }
        int uses = longer.values().stream().mapToInt(Integer::intValue).sum();
        if (uses < candidate.needed || uses == 0) {
            return null;
        }
        if (scripts == Scripts.KATAKANA && longer.containsKey(fragment + "ー")) {
            return null; // サーバ and サーバー are two spellings of one word
        }
        if (candidate.needed > 1) {
            int top = nextChars.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (top < candidate.needed || top * 2 < uses) {
                return null; // the longer words disagree (日々, 日付): no single word was cut
            }
        }
        String completion = longer.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(fragment);
        return new Cut(candidate.start, candidate.end, fragment, completion, uses, candidate.source);
    }
}
