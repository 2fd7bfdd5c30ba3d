package io.github.contentlint.post;

import io.github.contentlint.api.Fix;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * One parsed post: what every rule reads. Immutable.
 *
 * @param path the file's path relative to the base directory, with forward slashes
 * @param source the decoded text of the whole file (byte order mark removed) with its line index
 * @param frontMatter the front matter, or null when the file has none
 * @param bodyStartOffset character offset where the body starts
 * @param blocks the body's leaf blocks in document order
 * @param charset the encoding the file was read with (used to turn fixes into byte ranges)
 * @param bomLength bytes of byte order mark at the start of the file
 */
public record Post(
        String path,
        SourceText source,
        FrontMatter frontMatter,
        int bodyStartOffset,
        List<Block> blocks,
        Charset charset,
        int bomLength) {

    public Post {
        blocks = List.copyOf(blocks);
    }

    public String text() {
        return source.text();
    }

    public Optional<FrontMatter> optionalFrontMatter() {
        return Optional.ofNullable(frontMatter);
    }

    /** The file name without folders. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The body's text as written (everything after the front matter). */
    public String body() {
        return source.text().substring(bodyStartOffset);
    }

    /** The 1-based line where the body starts. */
    public int bodyStartLine() {
        return source.lineOf(bodyStartOffset);
    }

    public Position positionOf(int offset) {
        return source.positionOf(offset);
    }

    /** The value of a front matter key, or null when there is no front matter or no such key. */
    public Object value(String key) {
        return frontMatter == null ? null : frontMatter.value(key);
    }

    /** The text of a front matter key (see {@link FrontMatter#text}), or null. */
    public String text(String key) {
        return frontMatter == null ? null : frontMatter.text(key);
    }

    public Optional<FrontMatterEntry> entry(String key) {
        return frontMatter == null ? Optional.empty() : frontMatter.entry(key);
    }

    /** A fix replacing the characters {@code [startOffset, endOffset)} of {@link #text()}. */
    public Fix fix(int startOffset, int endOffset, String replacement) {
        String text = source.text();
        // Java's UTF-16 and UTF-32 encoders write a byte order mark on every call: measure without it.
        Charset measuring = switch (charset.name()) {
            case "UTF-16" -> java.nio.charset.StandardCharsets.UTF_16BE;
            case "UTF-32" -> Charset.forName("UTF-32BE");
            default -> charset;
        };
        long start = bomLength + text.substring(0, startOffset).getBytes(measuring).length;
        long end = start + text.substring(startOffset, endOffset).getBytes(measuring).length;
        return new Fix(start, end, replacement);
    }
}
