package io.github.contentlint.rules.truncation;

/**
 * One piece of a post's body as this rule reads it: a block, or the part of a block before or
 * after a generation marker line, classified by what it holds.
 *
 * @param kind what the piece is
 * @param startLine first line (1-based, front matter included)
 * @param endLine last line
 * @param text plain text, markup stripped, lines joined with {@code \n}
 * @param source the Markdown as written (container markers of the first line included)
 * @param boilerplate whether it belongs to what is appended after an article (related links,
 *     book recommendations, a call to action)
 * @param cutByMarker whether a marker was glued to its last line ({@code …の前---END---})
 */
record Unit(Kind kind, int startLine, int endLine, String text, String source, boolean boilerplate,
        boolean cutByMarker) {

    /** What a piece holds. */
    enum Kind {
        PARAGRAPH, ITEM, QUOTE, HEADING, PSEUDO_HEADING, MARKER, BREAK, CODE, TABLE, HTML, COMMENT, IMAGE, LINKS,
        LIQUID, IAL, DEFINITION, REFERENCE, MATH, OTHER;

        /** Text a reader reads as sentences, where a cut shows. */
        boolean isProse() {
            return this == PARAGRAPH || this == ITEM || this == QUOTE;
        }

        boolean isHeadingLike() {
            return this == HEADING || this == PSEUDO_HEADING;
        }

        /** Invisible or structural: never an ending, never what follows a cut. */
        boolean isTransparent() {
            return this == IAL || this == COMMENT;
        }
    }

    Unit asBoilerplate() {
        return new Unit(kind, startLine, endLine, text, source, true, cutByMarker);
    }
}
