package io.github.contentlint.engine;

import io.github.contentlint.post.Block;
import io.github.contentlint.post.BlockKind;
import io.github.contentlint.post.FrontMatterEntry;
import io.github.contentlint.post.FrontMatterFormat;
import io.github.contentlint.post.Position;
import io.github.contentlint.post.Post;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppressions one post carries, read while the post is parsed and kept after it is gone
 * (plain values, so that a cache can keep them with the post's findings):
 * <ul>
 * <li>{@code <!-- contentlint-disable [rule-id …] -->} until {@code <!-- contentlint-enable [rule-id …] -->}
 * or the end of the post;</li>
 * <li>{@code <!-- contentlint-disable-next-line [rule-id …] -->} for the line right after the comment;</li>
 * <li>{@code contentlint: {disable: [rule-id, …]}} in the front matter, for the whole post; in a
 * Pelican-style metadata header, whose values are text, {@code Contentlint: disable [rule-id, …]}.</li>
 * </ul>
 * No ids means every rule. Ids are separated by spaces or commas; {@code -- why} after them is a
 * note for people. Comments inside code blocks are text, not directives. In MDX, which has no
 * HTML comments, the same directives are written as JSX comments: {@code {/* contentlint-disable … *}{@code /}}.
 *
 * @param directives in the order of the post, front matter first
 */
record PostSuppressions(List<Directive> directives) {

    static final PostSuppressions NONE = new PostSuppressions(List.of());
    static final String FRONT_MATTER_KEY = "contentlint";

    /** The longest directive comment read; a longer one is text (and keeps a hostile block linear). */
    static final int MAX_COMMENT = 1000;
    private static final String OPEN = "<!--";
    private static final String CLOSE = "-->";
    private static final String JSX_OPEN = "{/*";
    private static final String JSX_CLOSE = "*/}";
    private static final String PREFIX = "contentlint-";
    private static final Pattern HEADER_DISABLE = Pattern.compile("disable:?(?:\\s+(.*))?", Pattern.CASE_INSENSITIVE);

    PostSuppressions {
        directives = List.copyOf(directives);
    }

    boolean isEmpty() {
        return directives.isEmpty();
    }

    /** What a directive does. */
    enum Kind {
        DISABLE("disable"),
        ENABLE("enable"),
        DISABLE_NEXT_LINE("disable-next-line"),
        /** {@code contentlint: {disable: […]}} in the front matter: the whole post. */
        FRONT_MATTER("disable"),
        /** A {@code contentlint-…} comment that is none of the above. */
        INVALID(""),
        /** A {@code contentlint:} front matter entry that is not {@code {disable: […]}}. */
        INVALID_FRONT_MATTER(""),
        /** A {@code Contentlint:} line of a metadata header that is not {@code disable [rule-id …]}. */
        INVALID_HEADER("");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        String word() {
            return word;
        }
    }

    /**
     * One directive.
     *
     * @param kind what it does
     * @param start where the comment (or the front matter key) starts
     * @param end where it ends
     * @param ruleIds the rule ids it names; empty for every rule
     * @param text the directive as written (for INVALID, the word or value that is wrong), for messages
     *     and fingerprints
     */
    record Directive(Kind kind, Position start, Position end, List<String> ruleIds, String text) {

        Directive {
            ruleIds = List.copyOf(ruleIds);
        }

        boolean covers(String ruleId) {
            return ruleIds.isEmpty() || ruleIds.contains(ruleId);
        }
    }

    /** Reads a parsed post's directives. Cheap: only HTML blocks mentioning contentlint are searched. */
    static PostSuppressions read(Post post) {
        List<Directive> directives = new ArrayList<>();
        frontMatter(post).ifPresent(directives::add);
        for (Block block : post.blocks()) {
            boolean jsx = block.kind() == BlockKind.JSX; // MDX has no HTML comments: {/* contentlint-… */}
            if (block.kind() != BlockKind.HTML && !jsx || !block.source().contains("contentlint-")) {
                continue;
            }
            String opening = jsx ? JSX_OPEN : OPEN;
            String closing = jsx ? JSX_CLOSE : CLOSE;
            String source = block.source();
            int close = -1; // the first "-->" after the current "<!--": found once, reused while ahead (linear)
            for (int open = source.indexOf(opening); open >= 0; open = source.indexOf(opening, open + opening.length())) {
                if (close < open + opening.length()) {
                    close = source.indexOf(closing, open + opening.length());
                    if (close < 0) {
                        break; // no comment closes after this one
                    }
                }
                if (close - open > MAX_COMMENT) {
                    continue;
                }
                String inside = source.substring(open + opening.length(), close).strip();
                if (!inside.startsWith(PREFIX)) {
                    continue;
                }
                int wordEnd = PREFIX.length();
                while (wordEnd < inside.length() && (Character.isLetter(inside.charAt(wordEnd))
                        || inside.charAt(wordEnd) == '-')) {
                    wordEnd++;
                }
                String word = inside.substring(PREFIX.length(), wordEnd);
                Kind kind = switch (word) {
                    case "disable" -> Kind.DISABLE;
                    case "enable" -> Kind.ENABLE;
                    case "disable-next-line" -> Kind.DISABLE_NEXT_LINE;
                    default -> Kind.INVALID;
                };
                int end = close + closing.length();
                Position start = post.positionOf(block.startOffset() + open);
                Position stop = post.positionOf(block.startOffset() + end);
                String text = source.substring(open, end).replaceAll("\\s+", " ");
                directives.add(new Directive(kind, start, stop,
                        kind == Kind.INVALID ? List.of() : ids(inside.substring(wordEnd)),
                        kind == Kind.INVALID ? word : text));
                open = end - opening.length();
            }
        }
        return directives.isEmpty() ? NONE : new PostSuppressions(directives);
    }

    private static List<String> ids(String text) {
        String list = text;
        int note = list.indexOf("--");
        if (note >= 0) {
            list = list.substring(0, note);
        }
        return Arrays.stream(list.split("[\\s,]+")).filter(id -> !id.isEmpty()).distinct().toList();
    }

    private static Optional<Directive> frontMatter(Post post) {
        Optional<FrontMatterEntry> found = post.entry(FRONT_MATTER_KEY);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        FrontMatterEntry entry = found.get();
        Position start = entry.keyPosition();
        Position end = post.source().endOfLine(start.line());
        Object disable = entry.value() instanceof Map<?, ?> map && map.size() == 1 ? map.get("disable") : null;
        List<String> ids = null;
        if (Boolean.TRUE.equals(disable)) {
            ids = List.of();
        } else if (disable instanceof String single && !single.isBlank()) {
            ids = List.of(single.strip());
        } else if (disable instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(id -> id instanceof String)) {
            ids = list.stream().map(id -> ((String) id).strip()).distinct().toList();
        } else if (post.frontMatter().format() == FrontMatterFormat.METADATA) {
            // the comment's syntax, since a metadata header has no lists: "disable" alone is every rule
            Matcher m = HEADER_DISABLE.matcher(String.valueOf(entry.value()).strip());
            if (!m.matches()) {
                return Optional.of(new Directive(Kind.INVALID_HEADER, start, end, List.of(), String.valueOf(entry.value())));
            }
            ids = ids(m.group(1) == null ? "" : m.group(1));
        }
        if (ids == null) {
            return Optional.of(new Directive(Kind.INVALID_FRONT_MATTER, start, end, List.of(),
                    String.valueOf(entry.value())));
        }
        return Optional.of(new Directive(Kind.FRONT_MATTER, start, end, ids, FRONT_MATTER_KEY + ".disable"));
    }
}
