package io.github.contentlint.rules;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Rule;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.RuleOptions;
import io.github.contentlint.post.Block;
import io.github.contentlint.post.BlockKind;
import io.github.contentlint.post.Post;
import io.github.contentlint.rules.repeat.FoldedText;
import io.github.contentlint.rules.repeat.RepeatFinder;
import io.github.contentlint.rules.repeat.Sentences;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code no-repeated-paragraphs}: a paragraph, list item, quote or heading that appears again
 * later in the same post, exactly or nearly, cut short, behind a leading {@code …}, or flattened
 * together with its neighbours into one block. A run of repeated blocks is one finding for the
 * whole section, on the later copy, naming the lines it repeats.
 */
public final class NoRepeatedParagraphsRule implements Rule {

    public static final String ID = "no-repeated-paragraphs";

    /** Code points per shingle: long enough that stock phrases rarely make two paragraphs look alike. */
    static final int SHINGLE_LENGTH = 8;
    /** Blocks remembered per shingle: bounds the work for a phrase that every paragraph uses. */
    static final int POSTING_CAP = 16;
    /** The block kinds the {@code blocks} option may name; code and HTML are never compared. */
    private static final Map<String, BlockKind> COMPARABLE = comparable();
    /**
     * Characters of a block compared: ten times the longest flattened block in the first users'
     * posts. A 10 MB line is compared by its start, which keeps memory bounded.
     */
    static final int MAX_BLOCK_CHARS = 50_000;
    /** A heading this many times {@code minLength} long is prose, not a heading. */
    static final int LONG_HEADING = 3;

    private static Map<String, BlockKind> comparable() {
        Map<String, BlockKind> kinds = new LinkedHashMap<>();
        for (BlockKind kind : List.of(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.QUOTE,
                BlockKind.TABLE)) {
            kinds.put(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), kind);
        }
        return Collections.unmodifiableMap(kinds);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void validate(RuleOptions options) {
        double similarity = options.number("similarity");
        if (similarity <= RepeatFinder.RELATED || similarity > 1) {
            throw new IllegalArgumentException("similarity must be above " + RepeatFinder.RELATED
                    + " and at most 1, such as 0.8");
        }
        if (options.number("minLength") < 1) {
            throw new IllegalArgumentException("minLength must be at least 1, such as 20");
        }
        for (String name : List.of("maxGap", "nearBlocks")) {
            if (options.integer(name) < 0) {
                throw new IllegalArgumentException(name + " must be 0 or more, such as 2");
            }
        }
        kinds(options);
    }

    @Override
    public List<Finding> check(Post post, RuleContext context) {
        RuleOptions options = context.options();
        Set<BlockKind> kinds = kinds(options);
        List<Block> blocks = new ArrayList<>();
        List<RepeatFinder.Unit> units = new ArrayList<>();
        double minLength = options.number("minLength");
        for (Block block : post.blocks()) {
            if (kinds.contains(block.kind()) && !isLinkOnly(block.source())) {
                blocks.add(block);
                units.add(unit(block, minLength));
            }
        }
        RepeatFinder finder = new RepeatFinder(new RepeatFinder.Settings(SHINGLE_LENGTH, minLength,
                options.number("similarity"), options.integer("maxGap"), options.integer("nearBlocks"), POSTING_CAP));
        List<Finding> findings = new ArrayList<>();
        for (RepeatFinder.Repeat repeat : finder.find(units).repeats()) {
            findings.add(finding(post, context, blocks, repeat));
        }
        return findings;
    }

    private static Finding finding(Post post, RuleContext context, List<Block> blocks, RepeatFinder.Repeat repeat) {
        Block first = blocks.get(repeat.firstUnit());
        Block last = blocks.get(repeat.lastUnit());
        Block source = blocks.get(repeat.firstSource());
        Block sourceEnd = blocks.get(repeat.lastSource());
        String key = repeat.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return context.atOffsets(post, first.startOffset(), last.endOffset(), key,
                source.startLine(), sourceEnd.endLine(), first.startLine(), last.endLine(), repeat.units());
    }

    /**
     * The block as the finder sees it. Quotes and headings only join a repeated section: people
     * repeat a quote, or a heading such as "Summary", on purpose. So do a line that introduces
     * what follows ("Run the tests again:") and verse (a chorus, a refrain of short lines). A
     * heading that holds sentences is a paragraph in disguise and counts like one: a whole
     * flattened article on one {@code ##} line, or a sentence written straight above a
     * {@code ---} line, which Markdown reads as a setext heading where the writer meant a
     * paragraph and a thematic break.
     */
    static RepeatFinder.Unit unit(Block block, double minLength) {
        String plain = block.text().length() > MAX_BLOCK_CHARS ? block.text().substring(0, MAX_BLOCK_CHARS) : block.text();
        FoldedText text = FoldedText.of(withoutUrls(plain));
        boolean leads = switch (block.kind()) {
            case QUOTE -> false;
            case HEADING -> text.weight() >= LONG_HEADING * minLength || Sentences.count(plain) >= 2
                    || (isSetext(block.source()) && endsSentence(plain));
            default -> !introducesNext(plain) && !isVerse(plain, minLength);
        };
        return new RepeatFinder.Unit(text, leads, plain, block.kind() == BlockKind.LIST_ITEM);
    }

    /**
     * The text with its URLs ({@code https://…}, {@code ftp://…}) taken out. A URL is an address,
     * not the writer's words: a link written out in a sentence and again in a list of references,
     * or a link card ({@code [https://…:embed]}) above a sentence that names the same repository,
     * shares long runs of letters without repeating any text.
     */
    static String withoutUrls(String text) {
        int scheme = text.indexOf("://");
        if (scheme < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (scheme >= 0) {
            int start = scheme;
            while (start > copied && isSchemeChar(text.charAt(start - 1))) {
                start--;
            }
            int end = scheme + 3;
            while (end < text.length() && isUrlChar(text.charAt(end))) {
                end++;
            }
            if (start < scheme) {
                out.append(text, copied, start).append(' ');
                copied = end;
            }
            scheme = text.indexOf("://", end);
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static boolean isSchemeChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.');
    }

    private static boolean isUrlChar(char c) {
        return c > ' ' && c < 0x7F && c != '<' && c != '>' && c != '"' && c != '`';
    }

    /** Whether a heading is underlined with {@code -} on its last line (a setext level-2 heading). */
    private static boolean isSetext(String source) {
        String last = source.substring(source.lastIndexOf('\n') + 1).strip();
        return !last.isEmpty() && last.chars().allMatch(c -> c == '-');
    }

    /** A line ending in a colon introduces the code block or list after it. */
    private static boolean introducesNext(String text) {
        String end = text.strip();
        return end.endsWith(":") || end.endsWith("\uFF1A");
    }

    /** Verse: two or more lines, each shorter than {@code minLength}, as in a song or a poem. */
    private static boolean isVerse(String text, double minLength) {
        if (text.indexOf('\n') < 0) {
            return false;
        }
        for (String line : text.split("\n")) {
            if (FoldedText.roughWeight(line) >= minLength) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String text) {
        String end = text.strip();
        return !end.isEmpty() && "。．！？.!?".indexOf(end.charAt(end.length() - 1)) >= 0;
    }

    /**
     * Whether a block is only links ({@code - [Other post](/2025/11/21/other/)}): a related-posts
     * list or a series index at the top and the bottom of a post. The titles in it are other
     * posts' and often share most words; such a list is navigation, not the post's text. One
     * pass: every search moves past what it finds, so a line full of brackets stays linear.
     */
    static boolean isLinkOnly(String source) {
        Closers closers = new Closers(source);
        boolean link = false;
        int n = source.length();
        int i = 0;
        while (i < n) {
            char c = source.charAt(i);
            if (c == '[') {
                int close = closers.find(']', i + 1);
                int target = close < 0 || close + 1 >= n ? -1 : switch (source.charAt(close + 1)) {
                    case '(' -> closers.find(')', close + 2);
                    case '[' -> closers.find(']', close + 2);
                    default -> -1;
                };
                if (target >= 0) {
                    link = true;
                    i = target + 1;
                    continue;
                }
                if (close > 0 && isEmbedNotation(source, i + 1, close)) {
                    link = true;
                    i = close + 1;
                    continue;
                }
            } else if (c == '<' && source.startsWith("http", i + 1)) {
                int end = closers.find('>', i);
                if (end >= 0) {
                    link = true;
                    i = end + 1;
                    continue;
                }
            } else if (Character.isLetter(c)) {
                return false;
            }
            i++;
        }
        return link;
    }

    /**
     * Whether the bracket content from {@code start} to {@code close} is an embed in Hatena
     * notation ({@code [f:id:user:20190811235804j:plain:alt=Table 1]}, {@code [asin:…:detail]},
     * {@code [https://…:embed:cite]}): a lower-case keyword and a colon. Such a paragraph is a
     * picture or a card; two pictures captioned "Table 1" and "Table 2" are no repeated text.
     */
    private static boolean isEmbedNotation(String source, int start, int close) {
        int i = start;
        while (i < close && source.charAt(i) >= 'a' && source.charAt(i) <= 'z') {
            i++;
        }
        return i > start && i < close && source.charAt(i) == ':';
    }

    /**
     * Finds closing brackets and remembers where a search came up empty: no later search for the
     * same character can succeed, so {@code [x]([x]([x](…} without a {@code )} stays linear.
     */
    private static final class Closers {
        private final String text;
        private final Map<Character, Integer> noneFrom = new HashMap<>();

        Closers(String text) {
            this.text = text;
        }

        int find(char closer, int from) {
            if (from >= noneFrom.getOrDefault(closer, Integer.MAX_VALUE)) {
                return -1;
            }
            int found = text.indexOf(closer, from);
            if (found < 0) {
                noneFrom.put(closer, from);
            }
            return found;
        }
    }

    private static Set<BlockKind> kinds(RuleOptions options) {
        Set<BlockKind> kinds = EnumSet.noneOf(BlockKind.class);
        for (String name : options.stringList("blocks")) {
            BlockKind kind = COMPARABLE.get(name.trim().toLowerCase(Locale.ROOT));
            if (kind == null) {
                throw new IllegalArgumentException("blocks: '" + name + "' is not one of "
                        + String.join(", ", COMPARABLE.keySet()));
            }
            kinds.add(kind);
        }
        return kinds;
    }
}
