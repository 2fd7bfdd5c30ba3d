package io.github.contentlint.post;

/**
 * A place in a post: 1-based line, 1-based column counted in Unicode code points
 * (SARIF's {@code unicodeCodePoints} column kind).
 */
public record Position(int line, int column) implements Comparable<Position> {

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
    }

    /** The first column of a line. */
    public static Position lineStart(int line) {
        return new Position(line, 1);
    }

    @Override
    public int compareTo(Position other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
