package io.github.contentlint.rules.truncation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a piece of text ends, read the way a reader of its script reads it: on a sentence
 * terminator, on a comma or particle that needs a continuation, on a complete predicate without
 * a terminator (a casual ending), or on a bare word.
 *
 * @param shape the kind of ending
 * @param token the characters it ends in, for the message (the particle, the word, the comma)
 * @param fragment the unterminated last sentence (after the last terminator or line break)
 * @param innerTerminator whether a terminated sentence comes before the fragment in the same text
 * @param cjk whether the fragment is Japanese (or other CJK) text rather than Latin
 */
record SentenceEnd(Shape shape, String token, String fragment, boolean innerTerminator, boolean cjk) {

    /** The kinds of ending, from the most to the least final. */
    enum Shape {
        /** 。！？.!?…, a closing bracket or quote, an emoji. */
        TERMINATED,
        /** A colon: a label or an introduction to what follows. */
        COLON,
        /** A dangling 、 or comma. */
        COMMA,
        /** A particle (を, が, について) or an English function word (the, and) that needs more. */
        PARTICLE,
        /** A complete predicate with no terminator (…してみたい, …ですね): a casual ending. */
        PREDICATE,
        /** A continuative form (…して, …であり) or a verb stem that needs more. */
        STEM,
        /** A noun, a name or a word cut in the middle. */
        WORD,
        /** No text at all. */
        EMPTY
    }

    private static final Pattern SMILEY = Pattern.compile("(?:[:;=8][-^']?[DPpO3]|\\^[_.\\-]?\\^|[xX]D|<3)$");

    /** Words that need what follows them: adnominals (単なる, あらゆる) and demonstratives (この). */
    private static final Set<String> ADNOMINALS = Set.of(
            "単なる", "あらゆる", "いわゆる", "いかなる", "主な", "大きな", "小さな", "真の", "我が", "この", "その", "あの",
            "どの", "こんな", "そんな", "あんな", "どんな", "単に");

    /** Conjunctions that open a sentence; one standing last has lost the rest of it. */
    private static final Set<String> CONJUNCTIONS = Set.of(
            "そして", "しかし", "しかも", "また", "さらに", "つまり", "ただし", "なお", "一方", "一方で", "例えば", "たとえば",
            "なぜなら", "だから", "それでも", "ところが", "すなわち", "特に", "実際", "実は");

    /** Hiragana endings that need a continuation whatever comes before them. */
    private static final Set<String> DANGLING_SUFFIXES = Set.of(
            "を", "について", "にとって", "として", "によって", "により", "による", "における", "において",
            "ための", "ために", "のは", "のが", "のを", "ことが", "ことを", "ことに", "ことで", "ことは", "ことも",
            "ことの", "つつ", "へと", "への", "からの", "までの", "との", "での", "ですが", "ますが", "ましたが",
            "でしたが", "だが", "であるが", "とともに", "ほどで", "ほどの", "ごとに", "ごとの", "までに", "までは", "からは",
            "からも", "よりも", "ほか", "および", "ならびに", "または", "あるいは", "かつ");

    /** Particles that need a continuation when they follow a noun (a kanji, katakana or Latin word). */
    private static final Set<String> DANGLING_AFTER_NOUN = Set.of(
            "が", "に", "へ", "と", "で", "は", "も", "や", "の", "から", "まで", "より", "には", "では", "とは",
            "にも", "でも", "とも", "にて", "など");

    /** The longest ending of the particle and stem lists (における, しており). */
    private static final int LONGEST_SUFFIX = 6;

    /** How many kana of a predicate ending a message quotes. */
    private static final int PREDICATE_SHOWN = 6;

    /** The adnominal endings of na-adjectives after their kanji (重要な, 新たな, 明らかな, 穏やかな). */
    private static final Set<String> ADJECTIVE_ENDINGS = Set.of("な", "たな", "らかな", "やかな");

    /** The last kana of nouns made from verbs (帰り, 動き, 流れ); not る, く or う, which end verbs. */
    private static final String NOUN_OKURIGANA = "りきちしみえけせてめれ";

    /** Continuative endings: the sentence goes on after them. */
    private static final Set<String> STEM_SUFFIXES = Set.of(
            "して", "しており", "ており", "であり", "あり", "なり", "おり", "ず", "ずに", "なく", "ながら", "され",
            "させ", "られ", "でき");

    /** English words a sentence cannot end on. */
    private static final Set<String> DANGLING_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "because", "although", "whether", "than", "whose",
            "my", "your", "our", "their", "its", "into", "onto", "via", "these", "those");

    /** The ending of a block whose last line is a link or a URL. */
    static SentenceEnd closedByLink() {
        return new SentenceEnd(Shape.TERMINATED, ")", "", true, false);
    }

    /**
     * Reads how {@code text} ends.
     *
     * @param text the plain text of a block (markup stripped), possibly over several lines
     * @param allowEmoji whether an emoji, a kaomoji or a laugh (笑, ｗ) ends a sentence
     */
    static SentenceEnd of(String text, boolean allowEmoji) {
        String trimmed = stripEnd(stripMarkup(stripEnd(text)));
        if (trimmed.isEmpty()) {
            return new SentenceEnd(Shape.EMPTY, "", "", false, false);
        }
        int fragmentStart = fragmentStart(trimmed);
        String fragment = trimmed.substring(fragmentStart).strip();
        boolean inner = hasTerminator(trimmed, fragmentStart);
        int last = trimmed.codePointBefore(trimmed.length());
        boolean cjk = containsCjk(fragment.isEmpty() ? trimmed : fragment);
        if (endsInEmoji(trimmed, trimmed.length())) {
            if (allowEmoji) {
                return new SentenceEnd(Shape.TERMINATED, new String(Character.toChars(last)), "", true, cjk);
            }
            // Not a terminator: the text before the emoji (or smileys, or laughs) must end the sentence.
            int end = trimmed.length();
            while (end > 0 && endsInEmoji(trimmed, end)) {
                end -= Character.charCount(trimmed.codePointBefore(end));
                while (end > 0 && Character.isWhitespace(trimmed.charAt(end - 1))) {
                    end--;
                }
            }
            return end == 0 ? new SentenceEnd(Shape.TERMINATED, new String(Character.toChars(last)), "", true, cjk)
                    : of(trimmed.substring(0, end), true);
        }
        if (isTerminator(last, trimmed)) {
            return new SentenceEnd(Shape.TERMINATED, new String(Character.toChars(last)), "", true, cjk);
        }
        String lastChar = new String(Character.toChars(last));
        if (last == ':' || last == '：') {
            return new SentenceEnd(Shape.COLON, lastChar, fragment, inner, cjk);
        }
        if (last == '、' || last == ',' || last == '，' || last == '､' || last == ';' || last == '；') {
            return new SentenceEnd(Shape.COMMA, lastChar, fragment, inner, cjk);
        }
        if (CONJUNCTIONS.contains(fragment) || trimmed.endsWith("、より")) {
            // 「…。例えば」, 「…、より」: a word that opens what was never written.
            String token = CONJUNCTIONS.contains(fragment) ? fragment : "より";
            return new SentenceEnd(Shape.PARTICLE, token, fragment, inner, true);
        }
        for (String adnominal : ADNOMINALS) {
            // A kana-only one must start a word (この, not そこの); one starting with a kanji always does.
            if (trimmed.endsWith(adnominal) && (trimmed.length() == adnominal.length() || isHan(adnominal.charAt(0))
                    || !isHiragana(trimmed.charAt(trimmed.length() - adnominal.length() - 1)))) {
                return new SentenceEnd(Shape.PARTICLE, adnominal, fragment, inner, true);
            }
        }
        if (isHiragana(last)) {
            return hiraganaEnd(trimmed, fragment, inner);
        }
        if (isCjk(last) || cjk && (Character.isLetterOrDigit(last))) {
            return new SentenceEnd(Shape.WORD, lastRun(trimmed), fragment, inner, true);
        }
        if (Character.isLetterOrDigit(last)) {
            String word = lastRun(trimmed);
            Shape shape = DANGLING_WORDS.contains(word.toLowerCase(Locale.ROOT)) ? Shape.PARTICLE : Shape.WORD;
            return new SentenceEnd(shape, word, fragment, inner, false);
        }
        // Dashes, slashes, symbols: a deliberate break or a symbol the writer chose to end on.
        return new SentenceEnd(Shape.TERMINATED, lastChar, "", true, cjk);
    }

    private static SentenceEnd hiraganaEnd(String text, String fragment, boolean inner) {
        int runStart = text.length();
        while (runStart > 0 && isHiragana(text.codePointBefore(runStart))) {
            runStart -= Character.charCount(text.codePointBefore(runStart));
        }
        String run = text.substring(runStart);
        boolean afterNoun = runStart > 0 && isNounChar(text.codePointBefore(runStart));
        if (ADJECTIVE_ENDINGS.contains(run) && runStart > 0 && isHan(text.codePointBefore(runStart))) {
            // 新たな, 重要な, 効果的な: the adnominal form of an adjective, waiting for its noun.
            return new SentenceEnd(Shape.PARTICLE, text.substring(runStart - 1), fragment, inner, true);
        }
        // 帰りにも, 流れを: a noun written with one kana of okurigana, then the particle.
        boolean okurigana = runStart > 0 && isHan(text.codePointBefore(runStart)) && run.length() >= 2
                && NOUN_OKURIGANA.indexOf(run.charAt(0)) >= 0;
        if (run.endsWith("のだが") || run.endsWith("んだが")) {
            // …れば言うことは無いのだが: the explanatory のだ with が is a hedged close (言いさし), not a cut clause.
            return new SentenceEnd(Shape.PREDICATE, run.length() > PREDICATE_SHOWN
                    ? run.substring(run.length() - PREDICATE_SHOWN) : run, fragment, inner, true);
        }
        // Only the last few kana can hold a particle: a run of a million hiragana is read in constant time.
        for (int i = Math.max(0, run.length() - LONGEST_SUFFIX); i < run.length(); i++) {
            String suffix = run.substring(i);
            if (DANGLING_SUFFIXES.contains(suffix)
                    || (afterNoun && i == 0 || okurigana && i == 1) && DANGLING_AFTER_NOUN.contains(suffix)) {
                return new SentenceEnd(Shape.PARTICLE, suffix, fragment, inner, true);
            }
        }
        for (int i = Math.max(0, run.length() - LONGEST_SUFFIX); i < run.length() && !run.endsWith("はず"); i++) {
            if (STEM_SUFFIXES.contains(run.substring(i))) {
                return new SentenceEnd(Shape.STEM, run.substring(i), fragment, inner, true);
            }
        }
        if (afterNoun && run.length() == 1 && "しりきちみびぎにいけせえ".indexOf(run.charAt(0)) >= 0
                && isHan(text.codePointBefore(runStart))) {
            // 示し, 限り, 続き: the continuative form of a verb written with one kana of okurigana.
            return new SentenceEnd(Shape.STEM, text.substring(runStart - 1), fragment, inner, true);
        }
        String shown = run.length() > PREDICATE_SHOWN ? run.substring(run.length() - PREDICATE_SHOWN) : run;
        return new SentenceEnd(Shape.PREDICATE, shown, fragment, inner, true);
    }

    /** Where the last unterminated sentence starts: after the last terminator or line break. */
    static int fragmentStart(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '。' || c == '！' || c == '？' || c == '．') {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && (Character.isWhitespace(text.charAt(i + 1)) || isCjk(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean hasTerminator(String text, int end) {
        if (end > 0 && text.charAt(end - 1) != '\n') {
            return true; // the fragment starts right after a terminator
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '．') {
                return true;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == end || Character.isWhitespace(text.charAt(i + 1))
                    || isCjk(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Emphasis marks the parser left as text at the end ({@code 短縮できる**}). */
    private static String stripMarkup(String text) {
        int end = text.length();
        while (end > 0 && "*_~`".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Trailing white space and invisible joiners or variation selectors. */
    static String stripEnd(String text) {
        int end = text.length();
        while (end > 0) {
            int c = text.codePointBefore(end);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0x200D || c == 0xFEFF
                    || c >= 0xFE00 && c <= 0xFE0F) {
                end -= Character.charCount(c);
            } else {
                break;
            }
        }
        return text.substring(0, end);
    }

    private static boolean isTerminator(int c, String text) {
        switch (c) {
            case '.', '!', '?', '。', '．', '！', '？', '…', '‥', '⋯', ')', '）', '」', '』', '】', '〕', '〉', '》',
                    ']', '］', '"', '”', '\'', '’', '»', '〟', '♪', '♫', '♡', '♥', '☆', '★', '―', '—', '–' -> {
                return true;
            }
            case '〜', '～' -> {
                // A drawn-out sound after kana (よろしく〜): casual, but complete.
                return text.length() >= 2 && isKana(text.codePointBefore(text.length() - 1));
            }
            case 'ー' -> {
                // After hiragana it draws a sound out (すごー); after katakana it belongs to the word (サーバー).
                return text.length() >= 2 && isHiragana(text.codePointBefore(text.length() - 1));
            }
            default -> {
                return false;
            }
        }
    }

    /** Whether {@code text[0, end)} ends on an emoji, an ASCII smiley or a laugh after Japanese text. */
    private static boolean endsInEmoji(String text, int end) {
        int last = text.codePointBefore(end);
        int type = Character.getType(last);
        if (type == Character.OTHER_SYMBOL || type == Character.SURROGATE) {
            return true;
        }
        // ASCII smileys (:-) is already a bracket), a laugh after Japanese text (…だよね笑, …ですｗ).
        if (SMILEY.matcher(text.substring(Math.max(0, end - 4), end)).find()) {
            return true;
        }
        if ((last == 'w' || last == 'ｗ' || last == '笑') && end >= 2) {
            int before = text.codePointBefore(end - Character.charCount(last));
            return isKana(before) || before == 'w' || before == 'ｗ' || before == '!' || before == '！'
                    || before == '?' || before == '？' || before == '。';
        }
        return false;
    }

    /** The last run of one script (a Japanese word or an English word) of the text. */
    static String lastRun(String text) {
        int end = text.length();
        int last = text.codePointBefore(end);
        int start = end;
        while (start > 0) {
            int c = text.codePointBefore(start);
            if (!sameRun(last, c)) {
                break;
            }
            start -= Character.charCount(c);
        }
        return text.substring(start, end);
    }

    private static boolean sameRun(int a, int b) {
        if (isHan(a)) {
            return isHan(b);
        }
        if (isKatakana(a)) {
            return isKatakana(b);
        }
        if (isHiragana(a)) {
            return isHiragana(b);
        }
        return (Character.isLetterOrDigit(b) || b == '\'' || b == '-') && !isCjk(b);
    }

    static boolean containsCjk(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isCjk(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNounChar(int c) {
        return isHan(c) || isKatakana(c) || Character.isLetterOrDigit(c) && !isHiragana(c)
                || c == '」' || c == '』' || c == '）' || c == ')';
    }

    static boolean isCjk(int c) {
        return isHan(c) || isHiragana(c) || isKatakana(c);
    }

    static boolean isKana(int c) {
        return isHiragana(c) || isKatakana(c);
    }

    static boolean isHiragana(int c) {
        return c >= 0x3041 && c <= 0x309F;
    }

    static boolean isKatakana(int c) {
        return c >= 0x30A0 && c <= 0x30FF || c >= 0x31F0 && c <= 0x31FF || c >= 0xFF66 && c <= 0xFF9F;
    }

    static boolean isHan(int c) {
        return c == '々' || c == '〆' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
