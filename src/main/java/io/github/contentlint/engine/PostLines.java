package io.github.contentlint.engine;

import io.github.contentlint.post.SourceText;
import io.github.contentlint.report.SourceLines;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a post's lines again for a report, the way the engine read them (byte order mark,
 * encoding, size limit); a file that cannot be read as text any more shows no lines.
 */
final class PostLines implements SourceLines {

    private final Path baseDirectory;
    private final Charset encoding;
    private final long maxFileBytes;
    private final FileSource files;

    PostLines(Path baseDirectory, Charset encoding, long maxFileBytes, FileSource files) {
        this.baseDirectory = baseDirectory;
        this.encoding = encoding;
        this.maxFileBytes = maxFileBytes;
        this.files = files;
    }

    @Override
    public List<String> lines(String path) {
        Path file = baseDirectory.resolve(path);
        try {
            if (files.stamp(file).size() > maxFileBytes) {
                return List.of();
            }
            DecodedFile decoded = DecodedFile.decode(files.read(file), encoding);
            if (!decoded.isText()) {
                return List.of();
            }
            SourceText source = new SourceText(decoded.text());
            List<String> lines = new ArrayList<>(source.lineCount());
            for (int line = 1; line <= source.lineCount(); line++) {
                lines.add(source.line(line));
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
