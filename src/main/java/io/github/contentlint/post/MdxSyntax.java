package io.github.contentlint.post;

import java.util.ArrayList;
import java.util.List;

/**
 * The MDX step before flexmark: finds what in an {@code .mdx} body is JavaScript, not prose, and
 * blanks it, so that flexmark sees only the Markdown. Blanked characters become spaces (line
 * ends kept), so every offset, line and column still points at the same place in the file.
 *
 * <p>What is blanked, as MDX 2 and 3 read it: ESM ({@code import}/{@code export} at the start of
 * a line, up to the next blank line), JSX tags ({@code <Chart data={x} />}, {@code <Note>} and
 * {@code </Note>}, fragments, tags over several lines) and {@code {expressions}} (comments
 * {@code {/* … *}{@code /}} included). Text between an opening and a closing tag stays: MDX
 * reads it as Markdown. Code (fenced blocks, backtick spans) and HTML comments are left alone.
 * Lines left with nothing but blanks form {@link BlockKind#JSX} blocks.
 *
 * <p>Anything that does not parse as JSX (an unclosed tag, unbalanced braces) stays text: bad
 * input is read as prose, never an error. Every scan is bounded, so hostile input stays linear.
 */
final class MdxSyntax {

    /** A tag or expression longer than this is not JSX anyone writes: read it as text. */
    private static final int MAX_CONSTRUCT_CHARS = 20_000;
    /**
     * Characters the scans may look at, per character of the body. A failed scan does not tell
     * where the next one may start, so hostile input (a megabyte of {@code <a b} or {@code {{})
     * would make them quadratic; past the budget the rest of the body is read as text.
     */
    private static final long BUDGET_PER_CHAR = 16;

    /** Characters the scans may still look at. */
    private long budget;

    private MdxSyntax(long budget) {
        this.budget = budget;
    }

    /**
     * The body with MDX's JavaScript blanked, and where the lines that held nothing else are.
     *
     * @param body the body, after the nesting guard
     * @param regions {@code [start, end)} offsets in {@code body} of runs of whole lines that held only JavaScript
     */
    record Masked(String body, List<int[]> regions) {
    }

    static Masked mask(String body) {
        return new MdxSyntax(BUDGET_PER_CHAR * body.length() + 100_000).masked(body);
    }

    private Masked masked(String body) {
        char[] out = body.toCharArray();
        int length = body.length();
        int lineStart = 0;
        String fence = null;
        boolean previousBlank = true;
        boolean inEsm = false;
        // a line is "script" when it had content and the step blanked all of it
        List<int[]> regions = new ArrayList<>();
        int regionStart = -1;
        int regionEnd = -1;
        int continueFrom = 0; // a tag or expression may end on a later line: scanning resumes there
        while (lineStart < length) {
            int lineEnd = lineEnd(body, lineStart);
            int first = skipSpaces(body, lineStart, lineEnd);
            boolean blank = first == lineEnd;
            boolean hadContent = !blank;
            if (fence != null) {
                if (closesFence(body, first, lineEnd, fence)) {
                    fence = null;
                }
            } else if (lineStart >= continueFrom && !blank && first - lineStart < 4 && opensFence(body, first, lineEnd)) {
                fence = fenceOf(body, first);
            } else if (inEsm || lineStart >= continueFrom && previousBlank && isEsmStart(body, lineStart, lineEnd)) {
                inEsm = !blank;
                if (!blank) {
                    blank(out, lineStart, lineEnd);
                }
            } else if (!blank) {
                continueFrom = Math.max(continueFrom, maskLine(body, out, Math.max(lineStart, continueFrom), lineEnd));
            }
            boolean nowBlank = skipSpaces(out, lineStart, lineEnd) == lineEnd;
            if (hadContent && nowBlank && fence == null) {
                if (regionStart < 0) {
                    regionStart = first;
                }
                regionEnd = trimEnd(body, lineStart, lineEnd);
            } else if (hadContent || lineStart >= continueFrom) {
                if (regionStart >= 0) {
                    regions.add(new int[] {regionStart, regionEnd});
                    regionStart = -1;
                }
            }
            previousBlank = blank || nowBlank;
            lineStart = lineEnd < length ? next(body, lineEnd) : length;
        }
        if (regionStart >= 0) {
            regions.add(new int[] {regionStart, regionEnd});
        }
        return new Masked(new String(out), List.copyOf(regions));
    }

    /**
     * Blanks the tags and expressions of one line outside code spans; a construct that goes on
     * past the line is blanked whole, and the caller goes on scanning where it ends.
     *
     * @return the offset where the last blanked construct ended (scanning of later lines resumes there)
     */
    private int maskLine(String body, char[] out, int from, int lineEnd) {
        int reached = from;
        int i = from;
        while (i < lineEnd) {
            char c = body.charAt(i);
            if (c == '`') {
                int run = run(body, i, '`');
                int close = closingRun(body, i + run, lineEnd, run);
                i = close < 0 ? i + run : close + run;
                continue;
            }
            if (c == '\\') {
                i += 2;
                continue;
            }
            int end = -1;
            if (c == '<') {
                end = tagEnd(body, i);
            } else if (c == '{') {
                end = expressionEnd(body, i);
            }
            if (end > 0) {
                blank(out, i, end);
                reached = end;
                if (end > lineEnd) {
                    return end; // the construct spans lines: scanning goes on from its end
                }
                i = end;
                continue;
            }
            i++;
        }
        return reached;
    }

    /** The offset just past a JSX tag starting at {@code start} ({@code <Name …>}, {@code </Name>}, {@code <>}), or -1. */
    private int tagEnd(String s, int start) {
        int limit = limit(s, start);
        int i = start + 1;
        if (i >= limit) {
            return fail(start, i);
        }
        boolean closing = s.charAt(i) == '/';
        if (closing) {
            i++;
        }
        if (i < limit && s.charAt(i) == '>') {
            return ok(start, i + 1); // a fragment, <> or </>
        }
        if (i >= limit || !Character.isLetter(s.charAt(i))) {
            return fail(start, i);
        }
        while (i < limit && isNameChar(s.charAt(i))) {
            i++;
        }
        while (true) {
            i = skipWhitespace(s, i, limit);
            if (i >= limit) {
                return fail(start, i);
            }
            char c = s.charAt(i);
            if (c == '>') {
                return ok(start, i + 1);
            }
            if (c == '/' && !closing && i + 1 < limit && s.charAt(i + 1) == '>') {
                return ok(start, i + 2);
            }
            if (closing) {
                return fail(start, i);
            }
            if (c == '{') {
                int spread = expressionEnd(s, i); // {...spread}
                if (spread < 0) {
                    return fail(start, i);
                }
                i = spread;
                continue;
            }
            int nameStart = i;
            while (i < limit && isAttributeNameChar(s.charAt(i))) {
                i++;
            }
            if (i == nameStart) {
                return fail(start, i);
            }
            int afterName = skipWhitespace(s, i, limit);
            if (afterName < limit && s.charAt(afterName) == '=') {
                i = skipWhitespace(s, afterName + 1, limit);
                if (i >= limit) {
                    return fail(start, i);
                }
                char quote = s.charAt(i);
                if (quote == '"' || quote == '\'') {
                    int close = i + 1;
                    while (close < limit && s.charAt(close) != quote) {
                        close++;
                    }
                    if (close >= limit) {
                        return fail(start, close);
                    }
                    i = close + 1;
                } else if (quote == '{') {
                    int value = expressionEnd(s, i);
                    if (value < 0) {
                        return fail(start, i);
                    }
                    i = value;
                } else {
                    return fail(start, i);
                }
            }
        }
    }

    /** The offset just past a balanced {@code {…}} starting at {@code start} (strings and comments skipped), or -1. */
    private int expressionEnd(String s, int start) {
        int limit = limit(s, start);
        int depth = 0;
        int i = start;
        while (i < limit) {
            char c = s.charAt(i);
            switch (c) {
                case '{' -> depth++;
                case '}' -> {
                    depth--;
                    if (depth == 0) {
                        return ok(start, i + 1);
                    }
                }
                case '"', '\'', '`' -> {
                    int close = i + 1;
                    while (close < limit && s.charAt(close) != c) {
                        close += s.charAt(close) == '\\' ? 2 : 1;
                    }
                    if (close >= limit) {
                        return fail(start, limit);
                    }
                    i = close;
                }
                case '/' -> {
                    if (i + 1 < limit && s.charAt(i + 1) == '*') {
                        int close = i + 2;
                        while (close + 1 < limit && !(s.charAt(close) == '*' && s.charAt(close + 1) == '/')) {
                            close++;
                        }
                        if (close + 1 >= limit) {
                            return fail(start, limit);
                        }
                        i = close + 1;
                    } else if (i + 1 < limit && s.charAt(i + 1) == '/') {
                        while (i < limit && s.charAt(i) != '\n') {
                            i++;
                        }
                        continue;
                    }
                }
                default -> {
                    // part of the expression
                }
            }
            i++;
        }
        return fail(start, limit);
    }

    /** How far a scan from {@code start} may look: the construct limit, within what is left of the budget. */
    private int limit(String s, int start) {
        return (int) Math.min(Math.min(s.length(), (long) start + MAX_CONSTRUCT_CHARS), start + Math.max(0, budget));
    }

    /** A scan that found no construct, charged for the characters it looked at. */
    private int fail(int start, int reached) {
        budget -= Math.max(1, reached - start);
        return -1;
    }

    /** A scan that found a construct ending at {@code end}, charged for its characters. */
    private int ok(int start, int end) {
        budget -= end - start;
        return end;
    }

    /** {@code import}/{@code export} followed by a space, a brace or a star, at the very start of the line. */
    private static boolean isEsmStart(String s, int lineStart, int lineEnd) {
        for (String keyword : new String[] {"import", "export"}) {
            int after = lineStart + keyword.length();
            if (s.startsWith(keyword, lineStart) && after < lineEnd && " \t{*".indexOf(s.charAt(after)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensFence(String s, int first, int lineEnd) {
        char c = s.charAt(first);
        return (c == '`' || c == '~') && run(s, first, c) >= 3
                && (c == '~' || s.indexOf('`', first + run(s, first, c)) < 0 || s.indexOf('`', first + run(s, first, c)) >= lineEnd);
    }

    private static String fenceOf(String s, int first) {
        return s.substring(first, first + run(s, first, s.charAt(first)));
    }

    private static boolean closesFence(String s, int first, int lineEnd, String fence) {
        return first < lineEnd && s.charAt(first) == fence.charAt(0) && run(s, first, fence.charAt(0)) >= fence.length()
                && skipSpaces(s, first + run(s, first, fence.charAt(0)), lineEnd) == lineEnd;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == ':' || c == '-' || c == '_' || c == '$';
    }

    private static boolean isAttributeNameChar(char c) {
        return !Character.isWhitespace(c) && "\"'<>/={}`".indexOf(c) < 0;
    }

    private static int run(String s, int from, char c) {
        int i = from;
        while (i < s.length() && s.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    /** The start of the next run of exactly {@code length} backticks on the line, or -1. */
    private int closingRun(String s, int from, int lineEnd, int length) {
        int end = Math.min(lineEnd, limit(s, from));
        budget -= end - from; // charged for the whole stretch: a run that closes is rarely far
        int i = from;
        while (i < end) {
            if (s.charAt(i) == '`') {
                int run = run(s, i, '`');
                if (run == length) {
                    return i;
                }
                i += run;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to && i < out.length; i++) {
            if (out[i] != '\n' && out[i] != '\r') {
                out[i] = ' ';
            }
        }
    }

    private static int lineEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int next(String s, int lineEnd) {
        return s.charAt(lineEnd) == '\r' && lineEnd + 1 < s.length() && s.charAt(lineEnd + 1) == '\n'
                ? lineEnd + 2 : lineEnd + 1;
    }

    private static int skipSpaces(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(char[] s, int from, int to) {
        int i = from;
        while (i < to && (s[i] == ' ' || s[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static int skipWhitespace(String s, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String s, int from, int to) {
        int end = to;
        while (end > from && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return end;
    }
}
