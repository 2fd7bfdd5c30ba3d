package io.github.contentlint.post;

/**
 * One leaf block of a post's body, in document order.
 *
 * @param kind what the block is
 * @param startLine first line of the block in the file (front matter included), 1-based
 * @param endLine last line of the block in the file, 1-based
 * @param startOffset character offset of the block's first character in the file's text
 * @param endOffset character offset just past the block's last non-newline character
 * @param source the block's Markdown source as written
 * @param text the block's text with markup stripped (line breaks kept as {@code \n})
 * @param headingLevel 1 to 6 for headings, 0 otherwise
 */
public record Block(
        BlockKind kind,
        int startLine,
        int endLine,
        int startOffset,
        int endOffset,
        String source,
        String text,
        int headingLevel) {

    public boolean isHeading() {
        return kind == BlockKind.HEADING;
    }
}
