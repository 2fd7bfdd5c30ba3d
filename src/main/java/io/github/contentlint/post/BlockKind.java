package io.github.contentlint.post;

/** What a block of the body is, as the Markdown parser sees it. */
public enum BlockKind {
    /** A paragraph at the top level of the body. */
    PARAGRAPH,
    /** An ATX ({@code #}) or setext heading. */
    HEADING,
    /** A paragraph inside a list item. */
    LIST_ITEM,
    /** A paragraph inside a block quote (not inside a list). */
    QUOTE,
    /** A fenced or indented code block. */
    CODE,
    /** A raw HTML block, HTML comments included. */
    HTML,
    /** A table (GitHub style). */
    TABLE,
    /** A thematic break ({@code ---}, {@code ***}). */
    THEMATIC_BREAK,
    /** A link reference definition ({@code [id]: https://…}). */
    REFERENCE,
    /** Anything else the parser knows. */
    OTHER,
    /**
     * MDX's JavaScript standing as a block: {@code import}/{@code export} lines, JSX tags alone on
     * their lines ({@code <Chart data={x} />}, {@code <Note>}), {@code {expressions}}. Code, not
     * prose: its text is empty. Markdown between JSX tags is parsed as the blocks it is.
     */
    JSX;

    /** Whether the block holds prose a reader reads as sentences. */
    public boolean isProse() {
        return this == PARAGRAPH || this == LIST_ITEM || this == QUOTE;
    }
}
