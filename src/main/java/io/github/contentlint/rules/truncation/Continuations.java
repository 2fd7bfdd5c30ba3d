package io.github.contentlint.rules.truncation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the text of a cut piece goes on: its last characters found again, followed by more
 * text, in another piece of the post (a restart or a fuller copy); the next piece starting in
 * the middle of a sentence (a splice); a bracket left open.
 */
final class Continuations {

    private static final Set<String> CONTINUATION_STARTS = Set.of(
            "でしょう", "でした", "です", "ます", "ました", "ません", "だろう", "ている", "ていく", "ていた", "ています",
            "ておく", "すこと", "すため", "すの", "していま", "しており", "される", "させる", "られる", "ことで", "ことが",
            "ことを", "ことは");
    private static final String LONE_PARTICLES = "をがにへはのもやとで";
    private static final String SMALL_KANA = "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮー、。";
    private static final String TERMINATORS = "。.!?！？";
    private static final String OPENING = "「『（(【〈《";
    private static final String CLOSING = "」』）)】〉》";

    /**
     * How many characters the searches of one post may scan. A post of ten thousand unfinished
     * paragraphs would otherwise take time quadratic in its length; past the budget, no more
     * restarts or half words are looked for (the other evidence still counts).
     */
    static final long SEARCH_BUDGET = 50_000_000L;

    private final List<Unit> units;
    private long budget = SEARCH_BUDGET;
    /** Normalised text of each unit that takes part in the search, null for the others; made on first use. */
    private List<String> normalized;

    Continuations(List<Unit> units) {
        this.units = units;
    }

    private List<String> normalized() {
        if (normalized == null) {
            normalized = new ArrayList<>(units.size());
            for (Unit unit : units) {
                boolean searchable = !unit.boilerplate() && (unit.kind().isProse() || unit.kind().isHeadingLike());
                normalized.add(searchable ? normalize(unit.text()) : null);
            }
        }
        return normalized;
    }

    /**
     * Full-width letters and digits folded to ASCII (the rest of NFKC changes nothing that two
     * copies of one paragraph could differ in), white space and emphasis marks dropped, a leading
     * ellipsis dropped.
     */
    static String normalize(String text) {
        char[] out = new char[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '！' && c <= '～' && c != '（' && c != '）') {
                c = (char) (c - 0xFEE0);
            }
            switch (c) {
                case ' ', '\t', '\n', '\r', '\u00A0', '\u3000', '\u200B', '*', '_', '`', '~', '#' -> {
                    // dropped
                }
                default -> out[length++] = c;
            }
        }
        int start = 0;
        while (start < length && (out[start] == '.' || out[start] == '…' || out[start] == '‥' || out[start] == '・')) {
            start++;
        }
        return new String(out, start, length - start);
    }

    int normalizedLength(int index) {
        String text = normalized != null ? normalized.get(index) : normalize(units.get(index).text());
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /**
     * Another unit in which the last {@code minChars} characters of unit {@code index} appear with
     * more letters after them (the nearest one after it, else the first one before it), or, within
     * {@code near} units after it, with a terminator after them: the same sentence ended properly.
     * -1 if none.
     */
    int restartOf(int index, int minChars, int near) {
        List<String> normalized = normalized();
        String text = normalized.get(index);
        if (text == null || text.codePointCount(0, text.length()) < minChars || endsInCode(units.get(index))
                || endsInName(units.get(index), minChars)) {
            return -1;
        }
        String tail = text.substring(text.offsetByCodePoints(text.length(), -minChars));
        int before = -1;
        for (int i = 0; i < normalized.size(); i++) {
            String other = normalized.get(i);
            if (i == index || other == null || other.length() <= tail.length()) {
                continue;
            }
            budget -= other.length();
            if (budget < 0) {
                return before;
            }
            if (continues(other, tail, i > index && i <= index + near)) {
                if (i > index) {
                    return i;
                }
                if (before < 0) {
                    before = i;
                }
            }
        }
        return before;
    }

    /** A command or a URL at the end repeats by nature (npm install …, https://…): no evidence of a cut. */
    private static boolean endsInCode(Unit unit) {
        String source = SentenceEnd.stripEnd(unit.source());
        String text = SentenceEnd.stripEnd(unit.text());
        int lastSpace = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\n'));
        String lastWord = text.substring(lastSpace + 1);
        return source.endsWith("`") || source.endsWith(")") && source.contains("](") || lastWord.contains("://")
                || lastWord.contains("/") || lastWord.startsWith("-");
    }

    /**
     * A Latin word at least as long as the compared tail (「セクション2: MainServerConfiguration」,
     * "ReentrantReadWriteLock") is a name: it recurs in a table or a heading by nature, and the tail
     * found again inside it shows no cut.
     */
    private static boolean endsInName(Unit unit, int minChars) {
        String text = SentenceEnd.stripEnd(unit.text());
        int start = text.length();
        while (start > 0 && isNameChar(text.charAt(start - 1))) {
            start--;
        }
        return text.length() - start >= minChars;
    }

    private static boolean isNameChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private static boolean continues(String other, String tail, boolean terminatorCounts) {
        int from = 0;
        while (true) {
            int at = other.indexOf(tail, from);
            if (at < 0) {
                return false;
            }
            int next = at + tail.length();
            if (next < other.length()) {
                int c = other.codePointAt(next);
                if (Character.isLetterOrDigit(c) || terminatorCounts && TERMINATORS.indexOf(c) >= 0) {
                    return true;
                }
            }
            from = at + 1;
        }
    }

    /**
     * The first unit where the last word of unit {@code index} (a katakana or Latin word) appears
     * as the start of a longer word, provided it never appears whole: the word was cut in the
     * middle (「…AIソ」 where the post says 「ソリューション」). -1 if not.
     */
    int longerWord(int index, String word) {
        // English words grow by suffixes (organize, organizer): only katakana words are tested.
        if (word.isEmpty() || !allKatakana(word)) {
            return -1;
        }
        boolean katakana = true;
        int longer = -1;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.boilerplate() || !(unit.kind().isProse() || unit.kind().isHeadingLike())) {
                continue;
            }
            String text = unit.text();
            budget -= text.length();
            if (budget < 0) {
                return -1;
            }
            int end = i == index ? SentenceEnd.stripEnd(text).length() - word.length() : text.length();
            for (int at = text.indexOf(word); at >= 0 && at < end; at = text.indexOf(word, at + 1)) {
                if (at > 0 && sameScript(text.charAt(at - 1), katakana)) {
                    continue; // inside another word
                }
                int after = at + word.length();
                if (after < text.length() && sameScript(text.charAt(after), katakana)) {
                    longer = longer < 0 ? i : longer;
                } else {
                    return -1; // the word stands whole somewhere: not cut
                }
            }
        }
        return longer;
    }

    private static boolean sameScript(char c, boolean katakana) {
        return katakana ? SentenceEnd.isKatakana(c) && c != '・' : c < 128 && Character.isLetter(c);
    }

    private static boolean allKatakana(String word) {
        return word.chars().allMatch(SentenceEnd::isKatakana);
    }

    static boolean startsWithEllipsis(String text) {
        String start = text.stripLeading();
        return start.startsWith("...") || start.startsWith("…") || start.startsWith("‥") || start.startsWith("・・・");
    }

    /**
     * Whether a Japanese piece starts in the middle of a sentence, as the rest of a cut one: behind
     * an ellipsis, on a particle, an auxiliary, small kana or a closing bracket it never opened.
     * (English pieces count only behind an ellipsis: a lower-case start is too often a command or
     * a name.)
     */
    static boolean startsMidSentence(String text) {
        String start = text.stripLeading();
        if (start.isEmpty()) {
            return false;
        }
        if (startsWithEllipsis(start)) {
            int at = 0;
            while (at < start.length() && (".…‥・".indexOf(start.charAt(at)) >= 0 || Character.isWhitespace(start.charAt(at)))) {
                at++;
            }
            return at < start.length() && Character.isLetterOrDigit(start.codePointAt(at));
        }
        int first = start.codePointAt(0);
        {
            if (SMALL_KANA.indexOf(first) >= 0) {
                return true;
            }
            if (first == '的' && start.length() > 1 && SentenceEnd.isHiragana(start.charAt(1))) {
                return true;
            }
            if (SentenceEnd.isHiragana(first)) {
                int run = 0;
                while (run < start.length() && SentenceEnd.isHiragana(start.charAt(run))) {
                    run++;
                }
                if (run == 1 && LONE_PARTICLES.indexOf(first) >= 0 && run < start.length()) {
                    return true;
                }
                String hiragana = start.substring(0, run);
                for (String continuation : CONTINUATION_STARTS) {
                    if (hiragana.startsWith(continuation)) {
                        return true;
                    }
                }
            }
            return closesBeforeOpening(start);
        }
    }

    /** A closing bracket before any opening one: the quotation began in the piece before. */
    private static boolean closesBeforeOpening(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENING.indexOf(c) >= 0 || c == '\n') {
                return false;
            }
            if (CLOSING.indexOf(c) >= 0 && c != ')' && c != '）') {
                return true;
            }
        }
        return false;
    }

    /**
     * The opening bracket left open in the last sentence of a text, or {@code **} when the text
     * holds an odd number of them (emphasis the cut left open); null when everything is closed.
     * A {@code **} with white space (or the line's edge) on both sides can neither open nor close
     * emphasis in Markdown: it is a bullet or a heading mark of another syntax (「** 使い方」 in
     * Hatena notation), not bold left open.
     */
    static String unclosedMark(String fragment, String text) {
        for (int i = fragment.length() - 1; i >= 0; i--) {
            char c = fragment.charAt(i);
            if (CLOSING.indexOf(c) >= 0) {
                break;
            }
            if (OPENING.indexOf(c) >= 0 && c != '(') {
                return String.valueOf(c);
            }
        }
        int stars = 0;
        int last = -1;
        for (int at = text.indexOf("**"); at >= 0; at = text.indexOf("**", at + 2)) {
            if (flanking(text, at)) {
                stars++;
                last = at;
            }
        }
        // An odd one at the very end closes emphasis whose opening was lost: broken, but not cut.
        return stars % 2 == 1 && last + 2 < SentenceEnd.stripEnd(text).length() ? "**" : null;
    }

    /** Whether the {@code **} at {@code at} touches a non-space character on at least one side. */
    private static boolean flanking(String text, int at) {
        boolean before = at > 0 && !Character.isWhitespace(text.charAt(at - 1));
        boolean after = at + 2 < text.length() && !Character.isWhitespace(text.charAt(at + 2));
        return before || after;
    }
}
