package io.github.contentlint.engine;

import io.github.contentlint.post.Block;
import io.github.contentlint.post.BlockKind;
import io.github.contentlint.post.FrontMatterEntry;
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
 * <li>{@code contentlint: {disable: [rule-id, …]}} in the front matter, for the whole post.</li>
 * </ul>
 * No ids means every rule. Ids are separated by spaces or commas; {@code -- why} after them is a
 * note for people. Comments inside code blocks are text, not directives.
 *
 * @param directives in the order of the post, front matter first
 */
record PostSuppressions(List<Directive> directives) {

    static final PostSuppressions NONE = new PostSuppressions(List.of());
    static final String FRONT_MATTER_KEY = "contentlint";

    /**
     * {@code <!-- contentlint-word … -->}; the word is checked after matching, to report typos. The
     * comment's length is bounded so that a huge block full of unclosed comments stays linear.
     */
    private static final Pattern COMMENT = Pattern.compile("<!--\\s{0,100}contentlint-([A-Za-z-]{0,40})(.{0,1000}?)-->",
            Pattern.DOTALL);

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
        INVALID_FRONT_MATTER("");

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
            if (block.kind() != BlockKind.HTML || !block.source().contains("contentlint-")) {
                continue;
            }
            Matcher matcher = COMMENT.matcher(block.source());
            while (matcher.find()) {
                Position start = post.positionOf(block.startOffset() + matcher.start());
                Position end = post.positionOf(block.startOffset() + matcher.end());
                String word = matcher.group(1);
                Kind kind = switch (word) {
                    case "disable" -> Kind.DISABLE;
                    case "enable" -> Kind.ENABLE;
                    case "disable-next-line" -> Kind.DISABLE_NEXT_LINE;
                    default -> Kind.INVALID;
                };
                String text = matcher.group().replaceAll("\\s+", " ");
                directives.add(new Directive(kind, start, end,
                        kind == Kind.INVALID ? List.of() : ids(matcher.group(2)), kind == Kind.INVALID ? word : text));
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
        }
        if (ids == null) {
            return Optional.of(new Directive(Kind.INVALID_FRONT_MATTER, start, end, List.of(),
                    String.valueOf(entry.value())));
        }
        return Optional.of(new Directive(Kind.FRONT_MATTER, start, end, ids, FRONT_MATTER_KEY + ".disable"));
    }
}
