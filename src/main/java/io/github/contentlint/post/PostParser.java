package io.github.contentlint.post;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Parses the decoded text of one file into a {@link Post}: splits off the front matter (YAML
 * {@code ---}, TOML {@code +++} or a JSON object), reads it with positions, and parses the
 * body into blocks. A Pelican-style {@code Key: value} header counts as front matter too
 * ({@code MetadataHeaderParser} says when). Never throws for any input text: syntax problems become
 * {@link FrontMatterProblem}s. Stateless and thread-safe.
 */
public final class PostParser {

    /**
     * Parses one post.
     *
     * @param path the path relative to the base directory, forward slashes
     * @param text the decoded text, byte order mark removed
     * @param charset the file's encoding
     * @param bomLength the byte order mark's length in bytes (0 when none)
     */
    public Post parse(String path, String text, Charset charset, int bomLength) {
        return parse(path, text, charset, bomLength, true);
    }

    /**
     * Parses only the front matter of a post, for tools that survey keys ({@code init}): the
     * post has no blocks, and the Markdown parser never runs.
     */
    public Post parseFrontMatter(String path, String text, Charset charset, int bomLength) {
        return parse(path, text, charset, bomLength, false);
    }

    private Post parse(String path, String text, Charset charset, int bomLength, boolean withBody) {
        SourceText source = new SourceText(text);
        String firstLine = source.line(1).stripTrailing();
        if (firstLine.equals(FrontMatterFormat.YAML.delimiter())) {
            return delimited(path, source, FrontMatterFormat.YAML, charset, bomLength, withBody);
        }
        if (firstLine.equals(FrontMatterFormat.TOML.delimiter())) {
            return delimited(path, source, FrontMatterFormat.TOML, charset, bomLength, withBody);
        }
        if (text.startsWith("{")) {
            return json(path, source, charset, bomLength, withBody);
        }
        FrontMatter header = MetadataHeaderParser.parse(source);
        if (header != null) {
            int bodyStart = header.endLine() < source.lineCount()
                    ? source.lineStartOffset(header.endLine() + 1) : source.length();
            return new Post(path, source, header, bodyStart, blocks(path, source, bodyStart, withBody), charset,
                    bomLength);
        }
        return new Post(path, source, null, 0, blocks(path, source, 0, withBody), charset, bomLength);
    }

    /** MDX: Markdown with JSX and ESM ({@code .mdx}, as Astro, Docusaurus and Next.js read it). */
    static boolean isMdx(String path) {
        return path.regionMatches(true, path.length() - 4, ".mdx", 0, 4);
    }

    private Post delimited(String path, SourceText source, FrontMatterFormat format, Charset charset, int bomLength,
            boolean withBody) {
        int closingLine = -1;
        for (int line = 2; line <= source.lineCount(); line++) {
            String content = source.line(line).stripTrailing();
            if (content.equals(format.delimiter()) || (format == FrontMatterFormat.YAML && content.equals("..."))) {
                closingLine = line;
                break;
            }
        }
        if (closingLine < 0) {
            FrontMatter unclosed = new FrontMatter(format, 1, source.lineCount(), java.util.Map.of(),
                    List.of(new FrontMatterProblem(FrontMatterProblem.Kind.UNCLOSED, Position.lineStart(1),
                            format.delimiter(), null)));
            // Without a closing line there is no telling keys from prose: no body to lint.
            return new Post(path, source, unclosed, source.length(), List.of(), charset, bomLength);
        }
        int contentStart = source.lineCount() >= 2 ? source.lineStartOffset(2) : source.length();
        int contentEnd = source.lineStartOffset(closingLine);
        YamlFrontMatterParser.ParsedEntries parsed = format == FrontMatterFormat.YAML
                ? YamlFrontMatterParser.parse(source, contentStart, contentEnd)
                : JacksonFrontMatterParser.parseToml(source, contentStart, contentEnd);
        FrontMatter frontMatter = new FrontMatter(format, 1, closingLine, parsed.entries(), parsed.problems());
        int bodyStart = closingLine < source.lineCount() ? source.lineStartOffset(closingLine + 1) : source.length();
        return new Post(path, source, frontMatter, bodyStart, blocks(path, source, bodyStart, withBody), charset,
                bomLength);
    }

    private Post json(String path, SourceText source, Charset charset, int bomLength, boolean withBody) {
        JacksonFrontMatterParser.JsonResult result = JacksonFrontMatterParser.parseJson(source);
        if (result.endOffset() < 0) {
            FrontMatter broken = new FrontMatter(FrontMatterFormat.JSON, 1, 1, result.entries().entries(),
                    result.entries().problems());
            return new Post(path, source, broken, source.length(), List.of(), charset, bomLength);
        }
        int endLine = source.lineOf(Math.max(0, result.endOffset() - 1));
        FrontMatter frontMatter = new FrontMatter(FrontMatterFormat.JSON, 1, endLine,
                result.entries().entries(), result.entries().problems());
        int bodyStart = endLine < source.lineCount() ? source.lineStartOffset(endLine + 1) : source.length();
        return new Post(path, source, frontMatter, bodyStart, blocks(path, source, bodyStart, withBody), charset,
                bomLength);
    }

    private static List<Block> blocks(String path, SourceText source, int bodyStart, boolean withBody) {
        return withBody ? MarkdownBlocks.parse(source, bodyStart, isMdx(path)) : List.of();
    }
}
