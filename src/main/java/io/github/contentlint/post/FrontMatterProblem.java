package io.github.contentlint.post;

/**
 * Something wrong with the front matter's syntax, found while parsing. The
 * {@code front-matter} rule turns these into findings.
 *
 * @param kind what is wrong
 * @param position where in the file
 * @param detail the key, the parser's explanation, or the delimiter, depending on the kind
 * @param firstPosition for {@link Kind#DUPLICATE_KEY}, where the key first appears; otherwise null
 */
public record FrontMatterProblem(Kind kind, Position position, String detail, Position firstPosition) {

    /** The kinds of syntax problem. */
    public enum Kind {
        /** The opening delimiter has no closing one. */
        UNCLOSED,
        /** The parser rejected the text; {@code detail} says why. */
        MALFORMED,
        /**
         * The parser rejected the text, and a line reads as a key glued to its value
         * ({@code Title:My post}), the likely reason; {@code detail} is that line.
         */
        KEY_WITHOUT_SPACE,
        /** The front matter is a list or a scalar, not a mapping; {@code detail} names what it is. */
        NOT_A_MAPPING,
        /** A key appears twice in one mapping; {@code detail} is the key. */
        DUPLICATE_KEY,
        /** A YAML tag such as {@code !!python/object} that a safe loader refuses; {@code detail} is the tag. */
        UNSUPPORTED_TAG
    }
}
