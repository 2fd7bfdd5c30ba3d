package io.github.contentlint.post;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a body into {@link Block}s with flexmark. Every tree walk here is a loop, not a
 * recursion: flexmark's own visitors overflow the stack on deeply nested input.
 */
final class MarkdownBlocks {

    /** flexmark's parser is immutable once built and safe to share between threads. */
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .toImmutable()).build();
    /**
     * flexmark's table extension throws on some malformed pipe tables (found by fuzzing); such a
     * body is parsed again without it, so the would-be table reads as a paragraph.
     */
    private static final Parser WITHOUT_TABLES = Parser.builder(new MutableDataSet().toImmutable()).build();
    /** MDX has no indented code: text indented inside a JSX element is still Markdown. */
    private static final Parser MDX = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(Parser.INDENTED_CODE_BLOCK_PARSER, false)
            .toImmutable()).build();
    private static final Parser MDX_WITHOUT_TABLES = Parser.builder(new MutableDataSet()
            .set(Parser.INDENTED_CODE_BLOCK_PARSER, false)
            .toImmutable()).build();

    private static final Pattern BLANKED = Pattern.compile("[ \\t]{2,}");

    private MarkdownBlocks() {
    }

    /**
     * @throws TooComplexException when the body has a block too long to parse in reasonable time
     */
    static List<Block> parse(SourceText source, int bodyStartOffset) {
        return parse(source, bodyStartOffset, false);
    }

    /**
     * @param mdx whether the body is MDX: its JavaScript becomes {@link BlockKind#JSX} blocks, the rest is parsed as Markdown
     * @throws TooComplexException when the body has a block too long to parse in reasonable time
     */
    static List<Block> parse(SourceText source, int bodyStartOffset, boolean mdx) {
        String body = NestingGuard.guard(source.text().substring(bodyStartOffset), source.lineOf(bodyStartOffset));
        List<int[]> scripts = List.of();
        if (mdx) {
            MdxSyntax.Masked masked = MdxSyntax.mask(body);
            body = masked.body();
            scripts = masked.regions();
        }
        Document document;
        try {
            document = (mdx ? MDX : PARSER).parse(body);
        } catch (IndexOutOfBoundsException e) {
            document = (mdx ? MDX_WITHOUT_TABLES : WITHOUT_TABLES).parse(body);
        }
        List<Block> blocks = new ArrayList<>();
        Node node = document.getFirstChild();
        while (node != null) {
            if (isContainer(node) && node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            if (!isContainer(node)) {
                blocks.add(toBlock(node, source, bodyStartOffset, mdx ? body : null));
            }
            node = nextOutside(node, document);
        }
        return scripts.isEmpty() ? blocks : withScripts(blocks, scripts, source, bodyStartOffset);
    }

    /** The blocks with MDX's script regions in document order among them. */
    private static List<Block> withScripts(List<Block> blocks, List<int[]> scripts, SourceText source,
            int bodyStartOffset) {
        List<Block> merged = new ArrayList<>(blocks.size() + scripts.size());
        int next = 0;
        for (int[] script : scripts) {
            int start = bodyStartOffset + script[0];
            int end = bodyStartOffset + script[1];
            while (next < blocks.size() && blocks.get(next).startOffset() < start) {
                merged.add(blocks.get(next++));
            }
            merged.add(new Block(BlockKind.JSX, source.lineOf(start), source.lineOf(Math.max(start, end - 1)), start, end,
                    source.text().substring(start, end), "", 0));
        }
        merged.addAll(blocks.subList(next, blocks.size()));
        return merged;
    }

    private static boolean isContainer(Node node) {
        return node instanceof BulletList || node instanceof OrderedList
                || node instanceof ListItem || node instanceof BlockQuote;
    }

    /** The next node after {@code node} and its subtree, or null at the end of {@code root}. */
    private static Node nextOutside(Node node, Node root) {
        Node current = node;
        while (current != null && current != root) {
            if (current.getNext() != null) {
                return current.getNext();
            }
            current = current.getParent();
        }
        return null;
    }

    /**
     * @param masked the MDX body as parsed (JavaScript blanked), or null for Markdown: a block
     *     then ends before the JSX that closes its line ({@code text</Note>})
     */
    private static Block toBlock(Node node, SourceText source, int bodyStartOffset, String masked) {
        int start = bodyStartOffset + node.getStartOffset();
        int end = bodyStartOffset + node.getEndOffset();
        String text = source.text();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        if (masked != null) {
            while (end > start && Character.isWhitespace(masked.charAt(end - 1 - bodyStartOffset))) {
                end--;
            }
            while (start < end && Character.isWhitespace(masked.charAt(start - bodyStartOffset))) {
                start++;
            }
        }
        int startLine = source.lineOf(start);
        int endLine = end > start ? source.lineOf(end - 1) : startLine;
        BlockKind kind = kindOf(node);
        String plain = switch (kind) {
            case CODE -> codeText(node);
            case HTML, THEMATIC_BREAK, REFERENCE -> "";
            default -> plainText(node);
        };
        if (masked != null && kind != BlockKind.CODE) {
            plain = BLANKED.matcher(plain).replaceAll(" "); // a tag or expression blanked inside a line
        }
        int level = node instanceof Heading heading ? heading.getLevel() : 0;
        return new Block(kind, startLine, endLine, start, end, text.substring(start, end), plain, level);
    }

    private static BlockKind kindOf(Node node) {
        if (node instanceof Heading) {
            return BlockKind.HEADING;
        }
        if (node instanceof Paragraph) {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ListItem) {
                    return BlockKind.LIST_ITEM;
                }
                if (parent instanceof BlockQuote) {
                    return BlockKind.QUOTE;
                }
            }
            return BlockKind.PARAGRAPH;
        }
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            return BlockKind.CODE;
        }
        if (node instanceof HtmlBlock || node instanceof HtmlCommentBlock) {
            return BlockKind.HTML;
        }
        if (node instanceof TableBlock) {
            return BlockKind.TABLE;
        }
        if (node instanceof ThematicBreak) {
            return BlockKind.THEMATIC_BREAK;
        }
        if (node instanceof Reference) {
            return BlockKind.REFERENCE;
        }
        return BlockKind.OTHER;
    }

    private static String codeText(Node node) {
        if (node instanceof FencedCodeBlock fenced) {
            return fenced.getContentChars().toString();
        }
        return node.getChars().toString();
    }

    /** The text a reader sees: markup, images, HTML and bare URLs left out; link text kept. */
    static String plainText(Node block) {
        StringBuilder out = new StringBuilder();
        Node node = block.getFirstChild();
        while (node != null) {
            boolean skipChildren = false;
            if (node instanceof Text) {
                out.append(node.getChars().unescape());
            } else if (node instanceof Code code) {
                out.append(code.getText());
                skipChildren = true;
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.append('\n');
            } else if (node instanceof HtmlEntity) {
                out.append(node.getChars().unescape());
            } else if (node instanceof TableSeparator || node instanceof Image || node instanceof ImageRef
                    || node instanceof AutoLink
                    || node instanceof MailLink || node instanceof HtmlInline || node instanceof HtmlInlineComment) {
                skipChildren = true;
            } else if (node instanceof TableCell && out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
            if (!skipChildren && node.getFirstChild() != null) {
                node = node.getFirstChild();
            } else {
                node = nextOutside(node, block);
            }
        }
        return out.toString().strip();
    }
}
