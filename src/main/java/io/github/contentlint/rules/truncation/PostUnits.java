package io.github.contentlint.rules.truncation;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.github.contentlint.post.Block;
import io.github.contentlint.post.BlockKind;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a post's blocks into {@link Unit}s: splits blocks at generation markers (flexmark reads
 * a {@code ---END---} line right under a paragraph as part of it), tells link lists, images,
 * Liquid tags and kramdown attribute lists from prose, and marks what was appended after the
 * article (related links, book recommendations, calls to action) as boilerplate.
 */
final class PostUnits {

    private static final java.util.regex.Pattern CONTAINER_PREFIX =
            java.util.regex.Pattern.compile("^\\s*(?:>\\s?)*\\s*(?:[-*+]\\s+|\\d{1,9}[.)]\\s+)?");
    /** A footnote definition, {@code [^note]: text}: flexmark's core reads it as a paragraph. */
    private static final java.util.regex.Pattern FOOTNOTE = java.util.regex.Pattern.compile("^\\[\\^[^\\]]+\\]:");
    private static final java.util.regex.Pattern IAL = java.util.regex.Pattern.compile("^\\{:[^}]*\\}$");
    private static final java.util.regex.Pattern LIQUID =
            java.util.regex.Pattern.compile("^(?:\\{%.*?%\\}|\\{\\{.*?\\}\\})$");
    private static final java.util.regex.Pattern IMAGE =
            java.util.regex.Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)|!\\[[^\\]]*\\]\\[[^\\]]*\\]");
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile(
            "\\[[^\\]]*\\]\\([^)]*\\)|\\[[^\\]]*\\]\\[[^\\]]*\\]|<https?://[^>]+>|https?://\\S+");
    private static final java.util.regex.Pattern LINK_FILLER =
            java.util.regex.Pattern.compile("[\\s|｜・/,、\\-–—→»>:*_()（）\\[\\]]+");
    /** A heading that is a link, such as a book title in a recommendation list (perhaps cut itself). */
    private static final java.util.regex.Pattern LINK_HEADING =
            java.util.regex.Pattern.compile("^#{1,6}\\s*\\[[^\\]]*\\]\\(");
    private static final java.util.regex.Pattern BOLD_LINE =
            java.util.regex.Pattern.compile("^(\\*\\*|__)(?!\\s)(.+?)(\\*\\*|__)$");
    private static final java.util.regex.Pattern SETEXT_UNDERLINE = java.util.regex.Pattern.compile("^(-+|=+)$");
    /** A setext heading longer than this reads as a paragraph. */
    private static final int SETEXT_PARAGRAPH_CHARS = 80;
    /** Most prose units of a call-to-action section before its link. */
    private static final int CTA_MAX_PROSE = 3;
    private static final int CTA_MAX_CHARS = 240;
    /** How far back from its link a call to action's heading may be. */
    private static final int CTA_MAX_UNITS = 8;
    /** The longest label before a list of links that still makes the paragraph a link list. */
    private static final int LINK_LABEL_CHARS = 24;
    /** How much of each end of a long line is searched for a glued marker. */
    private static final int MARKER_EDGE_CHARS = 40;

    private PostUnits() {
    }

    static List<Unit> of(Post post, TruncationSettings settings) {
        List<Unit> units = new ArrayList<>();
        for (Block block : post.blocks()) {
            switch (block.kind()) {
                case PARAGRAPH, LIST_ITEM, QUOTE -> splitAtMarkers(post, block, settings, units);
                case HEADING -> addHeading(block, units);
                default -> units.add(new Unit(kindOf(block), block.startLine(), block.endLine(), block.text(),
                        block.source(), false, false));
            }
        }
        return markBoilerplate(units, settings);
    }

    /**
     * A paragraph right above a {@code ---} line is a setext heading to the parser; when it reads
     * as sentences (a terminator inside, or long), the writer meant a paragraph and a rule.
     */
    private static void addHeading(Block block, List<Unit> units) {
        String[] lines = block.source().split("\n");
        boolean setext = lines.length >= 2 && SETEXT_UNDERLINE.matcher(lines[lines.length - 1].strip()).matches();
        SentenceEnd end = SentenceEnd.of(block.text(), false);
        if (setext && (end.innerTerminator() || end.shape() == SentenceEnd.Shape.TERMINATED && lines.length > 2
                || block.text().codePointCount(0, block.text().length()) > SETEXT_PARAGRAPH_CHARS)) {
            units.add(new Unit(Unit.Kind.PARAGRAPH, block.startLine(), block.endLine() - 1, block.text(),
                    block.source(), false, false));
            units.add(new Unit(Unit.Kind.BREAK, block.endLine(), block.endLine(), "", lines[lines.length - 1],
                    false, false));
            return;
        }
        units.add(new Unit(Unit.Kind.HEADING, block.startLine(), block.endLine(), block.text(), block.source(),
                false, false));
    }

    private static Unit.Kind kindOf(Block block) {
        return switch (block.kind()) {
            case CODE -> Unit.Kind.CODE;
            case TABLE -> Unit.Kind.TABLE;
            case HTML -> block.source().stripLeading().startsWith("<!--") ? Unit.Kind.COMMENT : Unit.Kind.HTML;
            case THEMATIC_BREAK -> Unit.Kind.BREAK;
            case REFERENCE -> Unit.Kind.REFERENCE;
            default -> Unit.Kind.OTHER;
        };
    }

    /** One unit per stretch of the block between marker lines, one per marker line. */
    private static void splitAtMarkers(Post post, Block block, TruncationSettings settings, List<Unit> units) {
        SourceText source = post.source();
        boolean anyMarker = false;
        for (int line = block.startLine(); line <= block.endLine() && !anyMarker; line++) {
            anyMarker = firstMarker(settings.markers(), stripContainer(source.line(line))) != null;
        }
        if (!anyMarker) {
            units.add(classify(block, block.startLine(), block.endLine(), block.text(), block.source(), false));
            return;
        }
        String[] textLines = block.text().split("\n", -1);
        boolean aligned = textLines.length == block.endLine() - block.startLine() + 1;
        int pieceStart = block.startLine();
        StringBuilder text = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        for (int line = block.startLine(); line <= block.endLine(); line++) {
            String sourceLine = source.line(line);
            String textLine = aligned ? textLines[line - block.startLine()] : stripContainer(sourceLine);
            if (firstMarker(settings.markers(), stripContainer(sourceLine)) == null) {
                append(text, textLine);
                append(raw, sourceLine);
                continue;
            }
            int[] inText = firstMarker(settings.markers(), textLine);
            String before = inText == null ? "" : textLine.substring(0, inText[0]).strip();
            String after = inText == null ? "" : textLine.substring(inText[1]).strip();
            if (!before.isEmpty()) {
                append(text, before);
                append(raw, sourceLine);
            }
            if (text.length() > 0) {
                units.add(classify(block, pieceStart, line - (before.isEmpty() ? 1 : 0), text.toString(),
                        raw.toString(), !before.isEmpty()));
            }
            units.add(new Unit(Unit.Kind.MARKER, line, line, stripContainer(sourceLine).strip(), sourceLine,
                    false, false));
            text.setLength(0);
            raw.setLength(0);
            pieceStart = line + 1;
            if (!after.isEmpty()) {
                append(text, after);
                append(raw, sourceLine);
                pieceStart = line;
            }
        }
        if (text.length() > 0) {
            units.add(classify(block, pieceStart, block.endLine(), text.toString(), raw.toString(), false));
        }
    }

    /**
     * Where the first marker in a line starts and ends, or null. A marker stands on a line of its
     * own or is glued to the start or the end of one, so a long line is searched at its two ends
     * only: the regexes run in linear time, but over every line of every post.
     */
    private static int[] firstMarker(List<Pattern> markers, String line) {
        if (line.length() <= 2 * MARKER_EDGE_CHARS) {
            return find(markers, line, 0);
        }
        int[] head = find(markers, line.substring(0, MARKER_EDGE_CHARS), 0);
        int tailStart = line.length() - MARKER_EDGE_CHARS;
        return head != null ? head : find(markers, line.substring(tailStart), tailStart);
    }

    private static int[] find(List<Pattern> markers, String text, int offset) {
        for (Pattern pattern : markers) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return new int[] {offset + matcher.start(), offset + matcher.end()};
            }
        }
        return null;
    }

    private static void append(StringBuilder out, String line) {
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(line);
    }

    static String stripContainer(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i == line.length()) {
            return "";
        }
        char c = line.charAt(i);
        if (c != '>' && c != '-' && c != '*' && c != '+' && !(c >= '0' && c <= '9')) {
            return i == 0 ? line : line.substring(i);
        }
        return CONTAINER_PREFIX.matcher(line).replaceFirst("");
    }

    private static Unit classify(Block block, int startLine, int endLine, String text, String source,
            boolean cutByMarker) {
        String body = stripAttributeLines(text);
        String raw = stripAttributeLines(stripContainer(source).strip());
        Unit.Kind kind;
        String trimmed = raw.strip();
        if (trimmed.isEmpty() && !source.isBlank()) {
            kind = IAL.matcher(stripContainer(source).strip()).matches() ? Unit.Kind.IAL : Unit.Kind.LIQUID;
        } else if (trimmed.startsWith("{") && allLines(trimmed, LIQUID)) {
            kind = Unit.Kind.LIQUID;
        } else if (FOOTNOTE.matcher(trimmed).lookingAt()) {
            kind = Unit.Kind.REFERENCE;
        } else if (trimmed.startsWith("$$")) {
            kind = Unit.Kind.MATH;
        } else if (isDefinitionList(trimmed)) {
            kind = Unit.Kind.DEFINITION;
        } else if (onlyImages(trimmed)) {
            kind = Unit.Kind.IMAGE;
        } else if (onlyLinks(trimmed)) {
            kind = Unit.Kind.LINKS;
        } else if (body.isBlank()) {
            kind = Unit.Kind.HTML;
        } else if (block.kind() == BlockKind.PARAGRAPH && isBoldLine(trimmed)) {
            kind = Unit.Kind.PSEUDO_HEADING;
        } else {
            kind = switch (block.kind()) {
                case LIST_ITEM -> Unit.Kind.ITEM;
                case QUOTE -> Unit.Kind.QUOTE;
                default -> Unit.Kind.PARAGRAPH;
            };
        }
        return new Unit(kind, startLine, endLine, body, source, false, cutByMarker);
    }

    /** Drops kramdown attribute lines ({@code {: .note}}) and Liquid lines glued under a block. */
    private static String stripAttributeLines(String text) {
        String rest = text;
        while (true) {
            if (!SentenceEnd.stripEnd(rest).endsWith("}")) {
                return rest;
            }
            int lineStart = rest.lastIndexOf('\n') + 1;
            String last = rest.substring(lineStart).strip();
            if (!last.startsWith("{") || lineStart == 0 && !IAL.matcher(last).matches()
                    || !IAL.matcher(last).matches() && !LIQUID.matcher(last).matches()) {
                return rest;
            }
            rest = lineStart == 0 ? "" : rest.substring(0, lineStart - 1);
        }
    }

    private static boolean allLines(String text, java.util.regex.Pattern pattern) {
        for (String line : text.split("\n")) {
            if (!pattern.matcher(line.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** kramdown: a term line, then lines starting with ": ". */
    private static boolean isDefinitionList(String text) {
        if (text.indexOf("\n:") < 0) {
            return false;
        }
        String[] lines = text.split("\n");
        if (lines[0].startsWith(":")) {
            return false;
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith(": ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyImages(String text) {
        if (!startsLikeLink(text)) {
            return false;
        }
        if (!IMAGE.matcher(text).find() && !text.startsWith("<img")) {
            return false;
        }
        String rest = IMAGE.matcher(text).replaceAll(" ");
        rest = rest.replaceAll("<img[^>]*>", " ");
        return LINK_FILLER.matcher(LINK.matcher(rest).replaceAll(" ")).replaceAll("").isEmpty();
    }

    /**
     * Links and separators only, or a short label and two links or more ("Guides: [Tokyo](…) |
     * [Osaka](…)").
     */
    private static boolean onlyLinks(String text) {
        if (!startsLikeLink(text) && text.indexOf("](") < 0) {
            return false;
        }
        if (plainCharsAtLeast(text, LINK_LABEL_CHARS + 1)) {
            return false; // a paragraph of prose that holds a link: no need for the regexes below
        }
        java.util.regex.Matcher links = LINK.matcher(IMAGE.matcher(text).replaceAll(" "));
        int count = 0;
        StringBuilder rest = new StringBuilder();
        while (links.find()) {
            count++;
            links.appendReplacement(rest, " ");
        }
        links.appendTail(rest);
        String remaining = LINK_FILLER.matcher(rest).replaceAll("");
        return count > 0 && (remaining.isEmpty() || count >= 2 && remaining.length() <= LINK_LABEL_CHARS);
    }

    /**
     * A cheap, linear lower bound for {@link #onlyLinks}: whether the text has at least
     * {@code limit} characters outside brackets, parentheses and URLs that are not link filler.
     * It counts no character the regexes would remove, so a true answer means "not only links".
     */
    private static boolean plainCharsAtLeast(String text, int limit) {
        int plain = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '(' || c == '（') {
                depth++;
            } else if (c == ']' || c == ')' || c == '）') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && text.startsWith("http", i)) {
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            } else if (depth == 0 && !Character.isWhitespace(c) && "|｜・/,、-–—→»>:*_<!".indexOf(c) < 0
                    && ++plain >= limit) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a unit's last line is a link or a URL by itself: a paragraph that closes on a
     * reference ("以下のサイトから引用しました。\n[題名](https://…)") ends on the link, not mid-sentence.
     */
    static boolean endsOnLink(Unit unit) {
        String source = SentenceEnd.stripEnd(unit.source());
        if (!source.endsWith(")") && !source.endsWith(">") && source.indexOf("http") < 0) {
            return false;
        }
        String lastLine = stripContainer(source.substring(source.lastIndexOf('\n') + 1)).strip();
        if (onlyLinks(lastLine)) {
            return true;
        }
        int space = Math.max(lastLine.lastIndexOf(' '), lastLine.lastIndexOf('\u3000'));
        String lastWord = lastLine.substring(space + 1);
        return lastWord.startsWith("http://") || lastWord.startsWith("https://") || lastWord.startsWith("<http");
    }

    /** A cheap test before the regexes: a link-only or image-only text starts with one. */
    private static boolean startsLikeLink(String text) {
        String start = text.stripLeading();
        return start.startsWith("[") || start.startsWith("!") || start.startsWith("<") || start.startsWith("http");
    }

    private static boolean isBoldLine(String text) {
        if (!(text.startsWith("**") || text.startsWith("__")) || text.indexOf('\n') >= 0) {
            return false;
        }
        java.util.regex.Matcher matcher = BOLD_LINE.matcher(text);
        return matcher.matches() && !matcher.group(2).contains("**") && !matcher.group(2).contains("__");
    }

    /**
     * Marks the sections under boilerplate headings (up to the next heading that is neither
     * boilerplate nor a link, such as a book title) and short sections that end in a
     * call-to-action link. Single boilerplate paragraphs are tested only where it matters, by
     * {@link #isBoilerplateParagraph}.
     */
    private static List<Unit> markBoilerplate(List<Unit> units, TruncationSettings settings) {
        List<Unit> out = new ArrayList<>(units);
        boolean inSection = false;
        // Copied sections repeat their headings; each distinct heading is matched once.
        Map<String, Boolean> headings = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            Unit unit = out.get(i);
            if (unit.kind().isHeadingLike()) {
                if (headings.computeIfAbsent(unit.text().strip(),
                        text -> TruncationSettings.anyFinds(settings.boilerplateHeadings(), text))) {
                    inSection = true;
                } else if (!(inSection && LINK_HEADING.matcher(unit.source().strip()).lookingAt())) {
                    inSection = false;
                }
            }
            if (inSection) {
                out.set(i, unit.asBoilerplate());
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Unit unit = out.get(i);
            if (unit.kind() == Unit.Kind.LINKS && !unit.boilerplate() && isCallToAction(out, i, settings)) {
                markCallToAction(out, i);
            }
        }
        return out;
    }

    /** An affiliate note or the like, appended after the article on its own. */
    static boolean isBoilerplateParagraph(Unit unit, TruncationSettings settings) {
        return (unit.kind() == Unit.Kind.PARAGRAPH || unit.kind() == Unit.Kind.QUOTE)
                && TruncationSettings.anyFinds(settings.boilerplateParagraphs(), unit.text().strip());
    }

    private static boolean isCallToAction(List<Unit> units, int index, TruncationSettings settings) {
        StringBuilder source = new StringBuilder(units.get(index).source());
        if (index + 1 < units.size() && units.get(index + 1).kind() == Unit.Kind.IAL) {
            source.append('\n').append(units.get(index + 1).source());
        }
        return TruncationSettings.anyFinds(settings.boilerplateLinks(), source.toString());
    }

    /** The link, the attribute line after it and, when short, the section it closes. */
    private static void markCallToAction(List<Unit> units, int index) {
        units.set(index, units.get(index).asBoilerplate());
        if (index + 1 < units.size() && units.get(index + 1).kind() == Unit.Kind.IAL) {
            units.set(index + 1, units.get(index + 1).asBoilerplate());
        }
        int prose = 0;
        int chars = 0;
        int start = 0; // the start of the post, unless a heading or a rule comes first
        for (int i = index - 1; i >= 0; i--) {
            Unit unit = units.get(i);
            if (unit.kind().isHeadingLike()) {
                start = i;
                break;
            }
            if (unit.kind() == Unit.Kind.BREAK || unit.kind() == Unit.Kind.MARKER) {
                start = i + 1;
                break;
            }
            if (unit.kind().isProse()) {
                prose++;
                chars += unit.text().length();
            }
            if (prose > CTA_MAX_PROSE || chars > CTA_MAX_CHARS || index - i >= CTA_MAX_UNITS) {
                return; // a long section is article text that happens to end in a link
            }
        }
        for (int i = start; i < index; i++) {
            units.set(i, units.get(i).asBoilerplate());
        }
    }
}
