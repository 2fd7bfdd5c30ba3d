package io.github.contentlint.rules;

import io.github.contentlint.api.FrontMatterKeys;
import io.github.contentlint.post.Block;
import io.github.contentlint.post.BlockKind;
import io.github.contentlint.post.FrontMatter;
import io.github.contentlint.post.FrontMatterEntry;
import io.github.contentlint.post.FrontMatterProblem;
import io.github.contentlint.post.Position;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cuts a post into the pieces of text one {@link PatternScope} shows to pattern regexes, each
 * with the way back from an index in the piece to a place in the file.
 */
final class ScopeText {

    /** Jekyll's {@code {% highlight x %}} … {@code {% endhighlight %}}: fixed, trusted patterns. */
    private static final Pattern LIQUID_OPEN = Pattern.compile("^\\s*\\{%-?\\s*highlight\\b");
    private static final Pattern LIQUID_CLOSE = Pattern.compile("\\{%-?\\s*endhighlight\\s*-?%}");
    /** Hugo's {@code {{< highlight go >}}} … {@code {{< /highlight >}}} (also with {@code %}). */
    private static final Pattern HUGO_OPEN = Pattern.compile("^\\s*\\{\\{[<%]\\s*highlight\\b");
    private static final Pattern HUGO_CLOSE = Pattern.compile("\\{\\{[<%]\\s*/highlight\\s*[>%]}}");
    /** CommonMark's raw-text HTML blocks, whose lines are shown as they are, like code. */
    private static final List<String> RAW_HTML = List.of("<pre", "<script", "<style", "<textarea");

    private ScopeText() {
    }

    /**
     * One piece of text a regex runs over.
     *
     * @param text what the regex sees
     * @param base character offset in the file of {@code text}'s first character, or -1 when the
     *     text is a parsed value that is not a plain substring of the file
     * @param raw for a parsed value: the value as written in the file (quotes, escapes), else null
     * @param rawStart offset in the file of {@code raw}
     * @param fallback where to report a match that cannot be placed exactly
     */
    record Unit(String text, int base, String raw, int rawStart, Position fallback) {

        static Unit direct(String text, int base) {
            return new Unit(text, base, null, -1, null);
        }

        /** File offset of a match {@code [start, end)} of {@link #text}, or -1 when it cannot be placed. */
        int offsetOf(int start, int end) {
            if (base >= 0) {
                return base + start;
            }
            if (raw != null) {
                int at = raw.indexOf(text.substring(start, end));
                if (at >= 0) {
                    return rawStart + at;
                }
            }
            return -1;
        }
    }

    static List<Unit> units(Post post, PatternScope scope, FrontMatterKeys keys) {
        return switch (scope) {
            case LINE -> lines(post);
            case PARAGRAPH -> paragraphs(post);
            case HEADING -> headings(post);
            case TITLE -> value(post, keys.title());
            case EXCERPT -> value(post, keys.excerpt());
            case FRONT_MATTER -> frontMatterLines(post);
        };
    }

    private static List<Unit> lines(Post post) {
        SourceText source = post.source();
        int first = post.bodyStartOffset() >= source.length() && post.frontMatter() != null
                ? source.lineCount() + 1 : post.bodyStartLine();
        boolean[] skipped = codeLines(post, first);
        List<Unit> units = new ArrayList<>();
        for (int line = first; line <= source.lineCount(); line++) {
            if (skipped[line]) {
                continue;
            }
            String text = source.line(line);
            if (!text.isBlank()) {
                units.add(Unit.direct(maskInlineCode(text), source.lineStartOffset(line)));
            }
        }
        return units;
    }

    /** Lines (1-based index) whose text is code the writer means literally. */
    private static boolean[] codeLines(Post post, int firstBodyLine) {
        SourceText source = post.source();
        boolean[] skipped = new boolean[source.lineCount() + 2];
        for (Block block : post.blocks()) {
            if (block.kind() == BlockKind.CODE && isFenced(block) || block.kind() == BlockKind.HTML && isRawHtml(block)
                    || block.kind() == BlockKind.JSX) {
                for (int line = block.startLine(); line <= block.endLine(); line++) {
                    skipped[line] = true;
                }
            }
        }
        Pattern close = null;
        for (int line = firstBodyLine; line <= source.lineCount(); line++) {
            String text = source.line(line);
            if (close == null) {
                if (LIQUID_OPEN.matcher(text).find()) {
                    close = LIQUID_CLOSE;
                } else if (HUGO_OPEN.matcher(text).find()) {
                    close = HUGO_CLOSE;
                }
                if (close != null) {
                    skipped[line] = true;
                    if (close.matcher(text).find()) {
                        close = null; // opened and closed on one line
                    }
                }
            } else {
                skipped[line] = true;
                if (close.matcher(text).find()) {
                    close = null;
                }
            }
        }
        return skipped;
    }

    private static boolean isFenced(Block block) {
        String start = block.source().stripLeading();
        return start.startsWith("```") || start.startsWith("~~~");
    }

    private static boolean isRawHtml(Block block) {
        String start = block.source().stripLeading().toLowerCase(Locale.ROOT);
        for (String tag : RAW_HTML) {
            if (start.startsWith(tag) && (start.length() == tag.length()
                    || " \t\n\r>".indexOf(start.charAt(tag.length())) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static List<Unit> paragraphs(Post post) {
        List<Unit> units = new ArrayList<>();
        for (Block block : post.blocks()) {
            if (block.kind().isProse()) {
                units.add(Unit.direct(maskInlineCode(block.source()), block.startOffset()));
            }
        }
        return units;
    }

    private static List<Unit> headings(Post post) {
        List<Unit> units = new ArrayList<>();
        for (Block block : post.blocks()) {
            if (!block.isHeading()) {
                continue;
            }
            String source = block.source();
            int start;
            int end;
            if (source.stripLeading().startsWith("#")) {
                start = 0;
                while (start < source.length() && source.charAt(start) == ' ') {
                    start++;
                }
                while (start < source.length() && source.charAt(start) == '#') {
                    start++;
                }
                end = firstLineEnd(source);
                start = Math.min(skipBlanks(source, start), end);
                end = trimBlanks(source, start, end);
                int hashes = end;
                while (hashes > start && source.charAt(hashes - 1) == '#') {
                    hashes--;
                }
                if (hashes < end && (hashes == start || isBlank(source.charAt(hashes - 1)))) {
                    end = trimBlanks(source, start, hashes); // a closing sequence: `## Title ##`
                }
            } else {
                start = skipBlanks(source, 0);
                int underline = Math.max(source.lastIndexOf('\n'), source.lastIndexOf('\r'));
                end = underline < 0 ? source.length() : underline;
                while (end > start && (source.charAt(end - 1) == '\r' || source.charAt(end - 1) == '\n')) {
                    end--;
                }
                end = trimBlanks(source, start, end);
            }
            if (end > start) {
                units.add(Unit.direct(maskInlineCode(source.substring(start, end)), block.startOffset() + start));
            }
        }
        return units;
    }

    private static int firstLineEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimBlanks(String text, int start, int end) {
        int e = end;
        while (e > start && isBlank(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static List<Unit> value(Post post, String key) {
        FrontMatterEntry entry = post.entry(key).orElse(null);
        if (entry == null || entry.value() == null || entry.value() instanceof List<?> || entry.value() instanceof Map<?, ?>) {
            return List.of();
        }
        String value = entry.value().toString();
        if (value.isEmpty()) {
            return List.of();
        }
        if (!entry.hasValueRange() || entry.valueEnd() > post.text().length()) {
            return List.of(new Unit(value, -1, null, -1, entry.keyPosition()));
        }
        String raw = post.text().substring(entry.valueStart(), entry.valueEnd());
        if (raw.equals(value)) {
            return List.of(Unit.direct(value, entry.valueStart()));
        }
        if (raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')
                && raw.substring(1, raw.length() - 1).equals(value)) {
            return List.of(Unit.direct(value, entry.valueStart() + 1));
        }
        return List.of(new Unit(value, -1, raw, entry.valueStart(), entry.keyPosition()));
    }

    private static List<Unit> frontMatterLines(Post post) {
        FrontMatter frontMatter = post.frontMatter();
        if (frontMatter == null || frontMatter.problems().stream()
                .anyMatch(p -> p.kind() == FrontMatterProblem.Kind.UNCLOSED)) {
            return List.of();
        }
        boolean delimited = frontMatter.format().hasDelimiterLines();
        int first = frontMatter.startLine() + (delimited ? 1 : 0);
        int last = frontMatter.endLine() - (delimited ? 1 : 0);
        SourceText source = post.source();
        List<Unit> units = new ArrayList<>();
        for (int line = first; line <= last && line <= source.lineCount(); line++) {
            String text = source.line(line);
            if (!text.isBlank()) {
                units.add(Unit.direct(text, source.lineStartOffset(line)));
            }
        }
        return units;
    }

    /**
     * Blanks out inline code spans ({@code `x`}, {@code ``x``}): each of their characters,
     * backticks included, becomes a space, so that offsets stay those of the file. A backtick run
     * closes at the next run of the same length, as in CommonMark; an unclosed run is text.
     */
    static String maskInlineCode(String text) {
        if (text.indexOf('`') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            if (chars[i] != '`' || i > 0 && chars[i - 1] == '\\') {
                i++;
                continue;
            }
            int open = i;
            while (i < n && chars[i] == '`') {
                i++;
            }
            int length = i - open;
            int close = -1;
            int j = i;
            while (j < n) {
                if (chars[j] != '`') {
                    j++;
                    continue;
                }
                int run = j;
                while (j < n && chars[j] == '`') {
                    j++;
                }
                if (j - run == length) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                continue; // no closing run: these backticks are text
            }
            for (int k = open; k < close; k++) {
                if (chars[k] != '\n' && chars[k] != '\r') {
                    chars[k] = ' ';
                }
            }
            i = close;
        }
        return new String(chars);
    }
}
