package io.github.contentlint.post;

/**
 * A body that the Markdown parser would take far too long on, found before parsing: the engine
 * reports it as an {@code unreadable} finding and goes on with the other posts.
 */
public final class TooComplexException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int lines;
    private final int limit;

    public TooComplexException(int line, int lines, int limit) {
        super(lines + " lines without a blank line from line " + line + ", over the limit of " + limit);
        this.line = line;
        this.lines = lines;
        this.limit = limit;
    }

    /** Where the block starts, 1-based, in the file. */
    public int line() {
        return line;
    }

    /** How many lines the block has. */
    public int lines() {
        return lines;
    }

    public int limit() {
        return limit;
    }
}
