package io.github.contentlint.post;

import java.util.Arrays;

/**
 * The decoded text of a file with its line index. Converts character offsets to
 * {@link Position}s. Line terminators are {@code \n}, {@code \r\n} and a lone {@code \r}.
 */
public final class SourceText {

    private final String text;
    private final int[] lineStarts;

    public SourceText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Number of lines; a final line terminator opens an empty last line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of a character offset (an offset at the end of the text is on the last line). */
    public int lineOf(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException(offset);
        }
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** Character offset where a 1-based line starts. */
    public int lineStartOffset(int line) {
        return lineStarts[line - 1];
    }

    /** Character offset where a 1-based line's content ends, before its terminator. */
    public int lineEndOffset(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The content of a 1-based line, without its terminator. */
    public String line(int line) {
        return text.substring(lineStartOffset(line), lineEndOffset(line));
    }

    public Position positionOf(int offset) {
        int line = lineOf(offset);
        int start = lineStarts[line - 1];
        return new Position(line, text.codePointCount(start, Math.min(offset, text.length())) + 1);
    }

    /** Position just past the last character of a 1-based line. */
    public Position endOfLine(int line) {
        return positionOf(lineEndOffset(line));
    }
}
