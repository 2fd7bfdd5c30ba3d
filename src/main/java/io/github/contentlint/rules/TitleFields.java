package io.github.contentlint.rules;

import io.github.contentlint.api.Fix;
import io.github.contentlint.post.Block;
import io.github.contentlint.post.BlockKind;
import io.github.contentlint.post.FrontMatter;
import io.github.contentlint.post.FrontMatterEntry;
import io.github.contentlint.post.FrontMatterFormat;
import io.github.contentlint.post.FrontMatterProblem;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What the title rules read of a post besides the front matter values: the title and excerpt
 * without Markdown markup, the body's opening (first heading, first line, lead paragraph), where
 * a piece of a value stands in the file, and safe fixes that rewrite a value in place.
 */
final class TitleFields {

    /** Longest title or excerpt the rules read; a longer value is a defect of its own (length bounds). */
    static final int MAX_FIELD = 1_000;
    /** How much of the body serves as the post's vocabulary and opening. */
    static final int MAX_VOCABULARY = 200_000;
    private static final int MAX_LEAD = 600;
    private static final Pattern HEADING_MARKER = Pattern.compile("^#{1,6}[ \\t]+");
    /** A line holding one Markdown link and nothing else, list bullet allowed. */
    private static final Pattern LINK_LINE = Pattern.compile("\\s*(?:[-*+]|\\d+[.)])?\\s*\\[[^\\]\\n]*\\]\\([^)\\n]*\\)\\s*");

    private TitleFields() {
    }

    /** The front matter, when its keys can be trusted. */
    static FrontMatter trustedFrontMatter(Post post) {
        FrontMatter frontMatter = post.frontMatter();
        return frontMatter != null && frontMatter.isWellFormed() ? frontMatter : null;
    }

    /**
     * The non-blank text of a key, or null: absence, and a key written twice (which of the two
     * values is meant?), are front-matter's findings.
     */
    static String value(Post post, String key) {
        String text = post.text(key);
        if (text == null || text.isBlank()) {
            return null;
        }
        for (FrontMatterProblem problem : post.frontMatter().problems()) {
            if (problem.kind() == FrontMatterProblem.Kind.DUPLICATE_KEY && problem.firstPosition() != null
                    && key.equals(problem.detail())) {
                return null;
            }
        }
        return text;
    }

    /** A value with Markdown emphasis and a leading heading marker removed, for comparisons. */
    static String plain(String text) {
        if (text == null) {
            return null;
        }
        String cut = text.length() > MAX_FIELD ? text.substring(0, MAX_FIELD) : text;
        String stripped = HEADING_MARKER.matcher(cut.strip()).replaceFirst("")
                .replace("**", "").replace("__", "").replace("`", "");
        return stripped.strip();
    }

    /** The texts a title is usually copied from: the excerpt, the first heading, the first line. */
    static List<CutWords.Lead> leads(Post post, String excerpt) {
        List<CutWords.Lead> leads = new ArrayList<>();
        if (excerpt != null) {
            leads.add(new CutWords.Lead(CutWords.Source.EXCERPT, plain(excerpt)));
        }
        firstHeading(post).ifPresent(heading -> leads.add(new CutWords.Lead(CutWords.Source.HEADING, plain(heading.text()))));
        for (Block block : post.blocks()) {
            if (block.kind().isProse() || block.isHeading()) {
                String text = block.text().strip();
                int newline = text.indexOf('\n');
                leads.add(new CutWords.Lead(CutWords.Source.FIRST_LINE, plain(newline < 0 ? text : text.substring(0, newline))));
                break;
            }
        }
        return leads;
    }

    /** The body's first heading, if it comes before the second prose block (later ones are section titles). */
    static Optional<Block> firstHeading(Post post) {
        int prose = 0;
        for (Block block : post.blocks()) {
            if (block.isHeading()) {
                return Optional.of(block);
            }
            if (block.kind().isProse() && ++prose >= 2) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The opening a title and excerpt should agree with: the first heading and the first paragraph. */
    static String opening(Post post) {
        StringBuilder text = new StringBuilder();
        firstHeading(post).ifPresent(heading -> text.append(heading.text()).append('\n'));
        for (Block block : post.blocks()) {
            if (block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.LIST_ITEM) {
                text.append(block.text());
                break;
            }
        }
        return text.length() > MAX_LEAD ? text.substring(0, MAX_LEAD) : text.toString();
    }

    /**
     * The body and the excerpt: the words this post uses, for telling a fragment from a word.
     * Lines that are nothing but a link are left out: lists of related posts quote other posts'
     * titles, cut ones included, and those are not this post's words.
     */
    static String vocabulary(Post post, String excerpt) {
        String body = post.body();
        if (body.length() > MAX_VOCABULARY) {
            body = body.substring(0, MAX_VOCABULARY);
        }
        StringBuilder text = new StringBuilder(body.length() + (excerpt == null ? 0 : excerpt.length() + 1));
        for (String line : body.split("\n", -1)) {
            if (line.indexOf("](") < 0 || !LINK_LINE.matcher(line).matches()) {
                text.append(line).append('\n');
            }
        }
        if (excerpt != null) {
            text.append(excerpt);
        }
        return text.toString();
    }

    /**
     * Where a piece of a value stands in the file: the character offset of its first occurrence
     * in the value as written (quotes and escapes included), or the value's start when the piece
     * is not written literally there.
     */
    static int offsetOf(Post post, FrontMatterEntry entry, String piece) {
        return offsetOf(post, entry, piece, false);
    }

    /** As {@link #offsetOf(Post, FrontMatterEntry, String)}, the last occurrence when {@code last}. */
    static int offsetOf(Post post, FrontMatterEntry entry, String piece, boolean last) {
        if (!entry.hasValueRange()) {
            return -1;
        }
        String raw = post.text().substring(entry.valueStart(), entry.valueEnd());
        int at = piece.isEmpty() ? -1 : last ? raw.lastIndexOf(piece) : raw.indexOf(piece);
        return entry.valueStart() + Math.max(at, 0);
    }

    /** The position of a piece of a value, or the key's position when the value's range is unknown. */
    static Position positionOf(Post post, FrontMatterEntry entry, String piece) {
        int offset = offsetOf(post, entry, piece);
        return offset < 0 ? entry.keyPosition() : post.positionOf(offset);
    }

    /**
     * A fix that rewrites a YAML scalar value or a metadata header's one-line value, or null when
     * none is safe. The edit is made on the value as written (so its quoting stays) and kept only
     * when YAML reads it back as {@code expected} (a header's value is its text, stripped):
     * escapes, block scalars, continued header values and TOML or JSON get no fix.
     */
    static Fix rewriteValue(Post post, FrontMatterEntry entry, UnaryOperator<String> rawEdit, String expected) {
        FrontMatter frontMatter = post.frontMatter();
        boolean header = frontMatter != null && frontMatter.format() == FrontMatterFormat.METADATA;
        if (frontMatter == null || frontMatter.format() != FrontMatterFormat.YAML && !header || !entry.hasValueRange()
                || expected == null || expected.isBlank()) {
            return null;
        }
        String raw = post.text().substring(entry.valueStart(), entry.valueEnd());
        if (raw.indexOf('\n') >= 0 || raw.indexOf('\r') >= 0) {
            return null;
        }
        String edited = rawEdit.apply(raw);
        if (edited == null || edited.equals(raw)) {
            return null;
        }
        if (header) {
            boolean oneLine = edited.chars().noneMatch(c -> c == '\n' || c == '\r');
            return oneLine && edited.strip().equals(expected) ? post.fix(entry.valueStart(), entry.valueEnd(), edited) : null;
        }
        Object reread;
        try {
            reread = new Yaml(new SafeConstructor(new LoaderOptions())).load("value: " + edited);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(reread instanceof Map<?, ?> map) || !expected.equals(map.get("value"))) {
            return null;
        }
        return post.fix(entry.valueStart(), entry.valueEnd(), edited);
    }

    /** Applies an edit to the inside of a quoted scalar, or to a plain one, and trims what the edit exposed. */
    static UnaryOperator<String> insideQuotes(UnaryOperator<String> edit) {
        return raw -> {
            if (raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')
                    && raw.charAt(raw.length() - 1) == raw.charAt(0)) {
                String quote = raw.substring(0, 1);
                return quote + edit.apply(raw.substring(1, raw.length() - 1)).strip() + quote;
            }
            return edit.apply(raw).strip();
        };
    }

    /** Removes a leading Markdown heading marker. */
    static String withoutHeadingMarker(String text) {
        Matcher m = HEADING_MARKER.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }
}
