package io.github.contentlint.post;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a metadata header without delimiters, as Pelican (Python-Markdown's {@code meta}
 * extension) and MultiMarkdown write it: {@code Key: value} lines up to the first blank line,
 * a value going on over lines indented by four spaces or a tab.
 *
 * <p>Any paragraph can look like that, so the header is recognised only when it cannot be prose:
 * the first line starts with a plain key ({@code [A-Za-z][A-Za-z0-9_-]*}) at column 1, every
 * line up to the first blank one is {@code Key: value} or a continuation, a colon ends each key
 * and whitespace or the line's end follows it (so {@code https://…} is no key), and one key is
 * {@code title} in any case (Pelican needs it). Keys are case-insensitive, as in Pelican: the map
 * holds them in lower case and each entry keeps the key as written.
 */
final class MetadataHeaderParser {

    /** Python-Markdown lets a key line start with up to three spaces; four are a continuation. */
    private static final int CONTINUATION_INDENT = 4;
    private static final int TAB_WIDTH = 4;

    private MetadataHeaderParser() {
    }

    /** The header at the top of the text, or null when the text does not open with one. */
    static FrontMatter parse(SourceText source) {
        if (source.lineCount() == 0 || keyEnd(source.line(1), 0) < 0) {
            return null; // the cheap test that rejects nearly every post without a header
        }
        Map<String, FrontMatterEntry> entries = new LinkedHashMap<>();
        Map<String, Position> firstSeen = new HashMap<>();
        List<FrontMatterProblem> problems = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        int lastLine = 0;
        for (int line = 1; line <= source.lineCount(); line++) {
            String text = source.line(line);
            if (text.isBlank()) {
                break;
            }
            int indent = indentWidth(text);
            if (indent >= CONTINUATION_INDENT) {
                if (pending.isEmpty()) {
                    return null;
                }
                pending.get(pending.size() - 1).continueOn(source, line);
            } else {
                int keyStart = text.length() - text.stripLeading().length();
                int keyEnd = keyEnd(text, keyStart);
                if (keyEnd < 0) {
                    return null; // a line that is neither a key nor a continuation: prose
                }
                pending.add(Pending.of(source, line, keyStart, keyEnd));
            }
            lastLine = line;
        }
        if (pending.stream().noneMatch(p -> p.key.equalsIgnoreCase("title"))) {
            return null;
        }
        for (Pending p : pending) {
            String name = p.key.toLowerCase(Locale.ROOT);
            Position first = firstSeen.putIfAbsent(name, p.keyPosition);
            if (first != null) {
                // Pelican keeps the first value of title, date, slug… and warns about the second
                problems.add(new FrontMatterProblem(FrontMatterProblem.Kind.DUPLICATE_KEY, p.keyPosition, p.key, first));
                continue;
            }
            entries.put(name, p.entry(source));
        }
        return new FrontMatter(FrontMatterFormat.METADATA, 1, lastLine, entries, problems);
    }

    /**
     * Where the key of a {@code Key: value} line ends (the colon's index), or -1 when the line is
     * not one: a key of ASCII letters, digits, {@code _} and {@code -} that starts with a letter,
     * right after {@code start}, then a colon followed by whitespace or nothing.
     */
    private static int keyEnd(String line, int start) {
        if (start >= line.length() || !isAsciiLetter(line.charAt(start))) {
            return -1;
        }
        int i = start + 1;
        while (i < line.length() && isKeyChar(line.charAt(i))) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != ':') {
            return -1;
        }
        return i + 1 == line.length() || Character.isWhitespace(line.charAt(i + 1)) ? i : -1;
    }

    /** The width of the line's leading whitespace, a tab counting to the next multiple of four. */
    private static int indentWidth(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width += TAB_WIDTH - width % TAB_WIDTH;
            } else {
                break;
            }
        }
        return width;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isKeyChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** One key line and its continuation lines, before duplicates are sorted out. */
    private static final class Pending {
        private final String key;
        private final Position keyPosition;
        private final StringBuilder value = new StringBuilder();
        private int valueStart = -1;
        private int valueEnd = -1;

        private Pending(String key, Position keyPosition) {
            this.key = key;
            this.keyPosition = keyPosition;
        }

        static Pending of(SourceText source, int line, int keyStart, int keyEnd) {
            String text = source.line(line);
            Pending pending = new Pending(text.substring(keyStart, keyEnd), new Position(line, keyStart + 1));
            pending.append(source, line, keyEnd + 1);
            return pending;
        }

        /** A continuation line: Python-Markdown adds it to the value, MultiMarkdown joins it with a space. */
        void continueOn(SourceText source, int line) {
            append(source, line, 0);
        }

        private void append(SourceText source, int line, int from) {
            String text = source.line(line);
            String part = text.substring(from).strip();
            if (part.isEmpty()) {
                return;
            }
            int lineStart = source.lineStartOffset(line);
            int partStart = lineStart + text.indexOf(part, from);
            if (valueStart < 0) {
                valueStart = partStart;
            } else {
                value.append(' ');
            }
            value.append(part);
            valueEnd = partStart + part.length();
        }

        FrontMatterEntry entry(SourceText source) {
            if (valueStart < 0) {
                // an empty value: the range is the empty place after the colon, so a fix can fill it
                int at = source.lineStartOffset(keyPosition.line()) + keyPosition.column() - 1 + key.length() + 1;
                return new FrontMatterEntry(key, "", keyPosition, at, at);
            }
            return new FrontMatterEntry(key, value.toString(), keyPosition, valueStart, valueEnd);
        }
    }
}
