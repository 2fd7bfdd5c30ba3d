package io.github.contentlint.rules;

/**
 * The script classes that Japanese and English words are made of. Japanese writes no spaces, but
 * a change of script is a strong hint of a word boundary: kanji compounds, katakana loan words and
 * Latin names each form a run, and hiragana carries particles and inflections between them.
 */
enum Scripts {
    KANJI,
    KATAKANA,
    HIRAGANA,
    /** Letters and digits of alphabetic scripts (Latin, Greek, Cyrillic, Hangul…), ASCII digits. */
    WORD,
    /** Spaces, punctuation, symbols: never part of a word. */
    OTHER;

    /** The class of one code point. */
    static Scripts of(int codePoint) {
        if (codePoint == 0x30FC || codePoint == 0xFF70) {
            return KATAKANA; // the long vowel mark ー is "common" to both kanas but lengthens katakana words
        }
        if (codePoint == 0x3005 || codePoint == 0x3006 || codePoint == 0x3007) {
            return KANJI; // 々 〆 〇
        }
        Character.UnicodeScript script;
        try {
            script = Character.UnicodeScript.of(codePoint);
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
        return switch (script) {
            case HAN -> KANJI;
            case KATAKANA -> KATAKANA;
            case HIRAGANA -> HIRAGANA;
            default -> Character.isLetterOrDigit(codePoint) ? WORD : OTHER;
        };
    }

    /** The class of the code point starting at {@code index}, or {@link #OTHER} outside the text. */
    static Scripts at(CharSequence text, int index) {
        if (index < 0 || index >= text.length()) {
            return OTHER;
        }
        return of(Character.codePointAt(text, index));
    }

    /** The class of the code point ending just before {@code index}, or {@link #OTHER} at the start. */
    static Scripts before(CharSequence text, int index) {
        if (index <= 0 || index > text.length()) {
            return OTHER;
        }
        return of(Character.codePointBefore(text, index));
    }

    /** Whether this class makes words (kanji, katakana or alphabetic runs). */
    boolean isWordRun() {
        return this == KANJI || this == KATAKANA || this == WORD;
    }

    /** Index just past the run of this text's class that starts at {@code start}. */
    static int runEnd(CharSequence text, int start) {
        Scripts scripts = at(text, start);
        int i = start;
        while (i < text.length()) {
            int codePoint = Character.codePointAt(text, i);
            if (of(codePoint) != scripts) {
                break;
            }
            i += Character.charCount(codePoint);
        }
        return i;
    }

    /** Index of the first character of the run of this text's class that ends at {@code end}. */
    static int runStart(CharSequence text, int end) {
        Scripts scripts = before(text, end);
        int i = end;
        while (i > 0) {
            int codePoint = Character.codePointBefore(text, i);
            if (of(codePoint) != scripts) {
                break;
            }
            i -= Character.charCount(codePoint);
        }
        return i;
    }
}
