package io.github.contentlint.post;

/**
 * Bounds what flexmark would recurse on or slow down on, before it parses. flexmark recurses
 * once per nested container and rescans an open paragraph on every line, so hostile input (ten
 * thousand {@code >} or list markers on one line, a list indented a thousand levels deep, a
 * block of a hundred thousand lines) could overflow the stack or take minutes.
 *
 * <p>Markers past {@link #MAX_DEPTH} levels on a line, and list markers indented past
 * {@link #MAX_INDENT} columns, are replaced by a letter of the same length, so the parser reads
 * the rest as text and every offset still points at the same place in the file.
 */
final class NestingGuard {

    /** Deeper than any real post nests quotes and lists. */
    static final int MAX_DEPTH = 32;
    /** Two columns a level: deeper indentation is not a real list. */
    static final int MAX_INDENT = 2 * MAX_DEPTH;
    /** Backslashes inside one link label past which it cannot be a real one. */
    static final int MAX_LABEL_ESCAPES = 32;
    /** How far flexmark's label regex reaches: up to 999 characters or escapes after the {@code [}. */
    private static final int LABEL_REACH = 2 * 999;
    /** flexmark's cost grows with the square of a block's lines; a real table or paragraph stays far below. */
    static final int MAX_BLOCK_LINES = 10_000;

    private NestingGuard() {
    }

    /**
     * The body as flexmark should see it: the same length, deep markers neutralised.
     *
     * @param firstLine the body's first line in the file, for the exception
     * @throws TooComplexException when a block has more lines than {@link #MAX_BLOCK_LINES}
     */
    static String guard(String body, int firstLine) {
        char[] chars = null;
        int length = body.length();
        int lineStart = 0;
        int line = firstLine;
        int blockLines = 0;
        int blockStart = firstLine;
        while (lineStart <= length) {
            int lineEnd = lineEnd(body, lineStart);
            boolean blank = isBlank(body, lineStart, lineEnd);
            if (blank) {
                blockLines = 0;
            } else {
                if (blockLines++ == 0) {
                    blockStart = line;
                }
                if (blockLines > MAX_BLOCK_LINES) {
                    throw new TooComplexException(blockStart, countBlockLines(body, lineStart) + blockLines - 1,
                            MAX_BLOCK_LINES);
                }
                int neutralise = deepMarker(body, lineStart, lineEnd);
                if (neutralise >= 0) {
                    if (chars == null) {
                        chars = body.toCharArray();
                    }
                    chars[neutralise] = 'x';
                }
            }
            if (lineEnd >= length) {
                break;
            }
            lineStart = lineEnd + (body.charAt(lineEnd) == '\r' && lineEnd + 1 < length
                    && body.charAt(lineEnd + 1) == '\n' ? 2 : 1);
            line++;
        }
        return tameLinkLabels(chars == null ? body : new String(chars));
    }

    /**
     * flexmark matches a link label ({@code [text]}, {@code [id]: url}) with a regex whose
     * alternatives overlap on backslash escapes: a {@code [} followed by a few hundred
     * backslashes and no {@code ]} backtracks exponentially and never returns. No real label
     * escapes that much, so where a {@code [} is followed by more than
     * {@link #MAX_LABEL_ESCAPES} backslashes before its {@code ]} (within the regex's reach),
     * those backslashes become {@code /}: the same length, so offsets stay right. Linear: each
     * stretch is scanned once.
     */
    static String tameLinkLabels(String body) {
        if (!hasMoreBackslashesThan(body, MAX_LABEL_ESCAPES)) {
            return body; // the common case: one quick scan
        }
        char[] chars = null;
        int length = body.length();
        int i = body.indexOf('[');
        while (i >= 0) {
            int end = Math.min(length, i + 1 + LABEL_REACH);
            int close = i + 1;
            int escapes = 0;
            while (close < end && body.charAt(close) != ']') {
                if (body.charAt(close) == '\\') {
                    escapes++;
                }
                close++;
            }
            if (escapes > MAX_LABEL_ESCAPES) {
                if (chars == null) {
                    chars = body.toCharArray();
                }
                for (int k = i + 1; k < close; k++) {
                    if (chars[k] == '\\') {
                        chars[k] = '/';
                    }
                }
            }
            i = close < length ? body.indexOf('[', close) : -1;
        }
        return chars == null ? body : new String(chars);
    }

    private static boolean hasMoreBackslashesThan(String text, int limit) {
        int count = 0;
        for (int at = text.indexOf('\\'); at >= 0; at = text.indexOf('\\', at + 1)) {
            if (++count > limit) {
                return true;
            }
        }
        return false;
    }

    /** The offset of the first container marker past the allowed depth or indentation, or -1. */
    private static int deepMarker(String text, int start, int end) {
        int depth = 0;
        int i = start;
        while (i < end) {
            int column = 0;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                column += text.charAt(i) == '\t' ? 4 : 1;
                i++;
            }
            if (i >= end) {
                return -1;
            }
            char c = text.charAt(i);
            int markerEnd = -1;
            if (c == '>') {
                markerEnd = i + 1;
            } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == end || isSpace(text.charAt(i + 1)))) {
                markerEnd = i + 1;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && (j + 1 == end || isSpace(text.charAt(j + 1)))) {
                    markerEnd = j + 1;
                }
            }
            if (markerEnd < 0) {
                return -1;
            }
            depth++;
            if (depth > MAX_DEPTH || (c != '>' && i - start > MAX_INDENT && column > 0)) {
                return i;
            }
            i = markerEnd;
        }
        return -1;
    }

    private static int countBlockLines(String text, int from) {
        int count = 0;
        int start = from;
        while (start < text.length()) {
            int end = lineEnd(text, start);
            if (isBlank(text, start, end)) {
                break;
            }
            count++;
            start = end + 1;
        }
        return count;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static int lineEnd(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
