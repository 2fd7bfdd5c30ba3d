package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.config.ConfigException;
import io.github.contentlint.report.FixReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FixEngineTest {

    /**
     * 60 different paragraphs of 340 characters: 41 minutes at 500 a minute. (Sixty copies of
     * one paragraph would be a true finding of no-repeated-paragraphs.)
     */
    private static final String BODY = distinctParagraphs(60, 340);

    private static String distinctParagraphs(int count, int length) {
        String pool = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ"
                + "朝電車空窓外冬田広記事文章読書春夏秋山川海町駅道";
        java.util.Random random = new java.util.Random(34);
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < count; p++) {
            for (int i = 0; i < length - 1; i++) {
                body.append(pool.charAt(random.nextInt(pool.length())));
            }
            body.append("。\n\n");
        }
        return body.toString();
    }

    @TempDir
    Path base;

    @Test
    void changesOnlyTheBytesOfTheValueInACrlfFileWithAByteOrderMark() throws Exception {
        String frontMatter = "---\r\n# written by hand\r\ntitle: '冬の散歩'\r\nreading_time: \"8 min\"  # check this\r\n"
                + "tags: [walk]\r\n---\r\n";
        byte[] original = bytes(true, frontMatter + BODY.replace("\n", "\r\n"));
        Path post = write("_posts/2025-01-01-walk.md", original);

        FixResult result = fix(false);

        byte[] expected = bytes(true, frontMatter.replace("\"8 min\"", "\"41 min\"") + BODY.replace("\n", "\r\n"));
        assertThat(Files.readAllBytes(post)).isEqualTo(expected);
        assertThat(result.filesChanged()).isEqualTo(1);
        assertThat(result.fixesApplied()).isEqualTo(1);
        assertThat(FixReport.summary(result)).isEqualTo("Fixed 1 file: 1 fix applied; no finding is left without a fix");
        assertThat(check().findings()).noneMatch(f -> f.ruleId().equals("reading-time"));
        try (Stream<Path> files = Files.list(post.getParent())) {
            assertThat(files).containsExactly(post); // no temporary file left behind
        }
    }

    @Test
    void aDryRunDiffsAndWritesNothing() throws Exception {
        String text = "---\ntitle: 冬\nreading_time: 8分\n---\n" + BODY; // the file name gives the date
        Path post = write("_posts/2025-01-01-walk.md", text.getBytes(StandardCharsets.UTF_8));
        Path clean = write("_posts/2025-01-02-clean.md", "---\ntitle: t\ndate: 2025-01-01\nreading_time: 41\n---\n"
                .concat(BODY).getBytes(StandardCharsets.UTF_8));
        long modified = Files.getLastModifiedTime(post).toMillis();

        FixResult result = fix(true);

        assertThat(Files.readString(post)).isEqualTo(text);
        assertThat(Files.getLastModifiedTime(post).toMillis()).isEqualTo(modified);
        assertThat(result.files()).singleElement().satisfies(file -> assertThat(file.diff()).containsExactly(
                "--- a/_posts/2025-01-01-walk.md",
                "+++ b/_posts/2025-01-01-walk.md",
                "@@ -1,6 +1,6 @@",
                " ---",
                " title: 冬",
                "-reading_time: 8分",
                "+reading_time: 41分",
                " ---",
                " " + BODY.substring(0, BODY.indexOf('\n')),
                " "));
        assertThat(FixReport.summary(result))
                .isEqualTo("Would fix 1 file: 1 fix; no finding is left without a fix; dry run: nothing was written");
        assertThat(Files.readString(clean)).contains("\nreading_time: 41\n");
    }

    /**
     * Another writer saves the post right after the check read it (read 1), or after fix read it
     * again, before the move (read 2): either way the post keeps the other writer's bytes.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aFileThatChangesAfterTheCheckKeepsWhatTheOtherWriterSaved(int savedAfterRead) throws Exception {
        Path post = write("_posts/a.md", post(8));
        byte[] theirs = post(9);
        AtomicInteger reads = new AtomicInteger();
        FileSource savingMeanwhile = file -> {
            byte[] bytes = Files.readAllBytes(file);
            if (reads.incrementAndGet() == savedAfterRead) {
                Files.write(file, theirs);
            }
            return bytes;
        };

        FixResult result = fix(false, savingMeanwhile);

        assertThat(Files.readAllBytes(post)).isEqualTo(theirs);
        assertThat(result.files()).singleElement().satisfies(file -> {
            assertThat(file.status()).isEqualTo(FixResult.Status.SKIPPED);
            assertThat(FixReport.skipped(file))
                    .isEqualTo("_posts/a.md: not fixed: it changed after it was checked: run fix again");
        });
        assertThat(FixReport.summary(result)).isEqualTo("Fixed 0 files: 0 fixes applied; 1 fix not applied;"
                + " 1 file skipped; no finding is left without a fix");
        try (Stream<Path> files = Files.list(post.getParent())) {
            assertThat(files).containsExactly(post); // the temporary file is gone too
        }
    }

    @Test
    void permissionsAreKeptAndAReadOnlyFileIsNotWritten() throws Exception {
        Path post = write("_posts/a.md", post(8));
        Path locked = write("_posts/b.md", post(8));
        Files.setPosixFilePermissions(post, PosixFilePermissions.fromString("rw-r-----"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));

        FixResult result = fix(false);

        assertThat(Files.readString(post)).contains("\nreading_time: 41\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(post))).isEqualTo("rw-r-----");
        assertThat(Files.readString(locked)).contains("\nreading_time: 8\n");
        assertThat(result.files()).extracting(FixReport::skipped).contains("_posts/b.md: not fixed: it is read-only");
    }

    @Test
    void aLinkedPostIsFixedWhereItLivesAndTheLinkStays() throws Exception {
        Path target = write("shared/walk.md", post(8));
        Path link = base.resolve("_posts/walk.md");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);

        fix(false);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).contains("\nreading_time: 41\n");
    }

    @Test
    void findingsWithoutAFixAreCountedAndLeft() throws Exception {
        write("_posts/a.md", post(8));
        write("_posts/b.md", "no front matter\n".getBytes(StandardCharsets.UTF_8));
        write("_posts/c.md", new byte[] {'-', '-', '-', '\n', 0, 1, 2});

        FixResult result = fix(false);

        assertThat(result.findingsWithoutFix()).isEqualTo(2);
        assertThat(result.findingsLeft()).extracting(f -> f.ruleId()).containsExactly("front-matter", "unreadable");
        assertThat(FixReport.summary(result)).isEqualTo("Fixed 1 file: 1 fix applied; 2 findings have no fix");
    }

    @Test
    void theCheckNeverWritesAndFixIsIdempotent() throws Exception {
        Path post = write("_posts/a.md", post(8));
        byte[] before = Files.readAllBytes(post);
        check();
        assertThat(Files.readAllBytes(post)).isEqualTo(before);
        fix(false);
        byte[] once = Files.readAllBytes(post);
        FixResult again = fix(false);
        assertThat(Files.readAllBytes(post)).isEqualTo(once);
        assertThat(again.files()).isEmpty();
    }

    private FixResult fix(boolean dryRun) throws IOException, ConfigException {
        return EngineRuns.fix(base, dryRun, FileSource.FILE_SYSTEM);
    }

    private FixResult fix(boolean dryRun, FileSource files) throws IOException, ConfigException {
        return EngineRuns.fix(base, dryRun, files);
    }

    private LintResult check() throws IOException, ConfigException {
        return EngineRuns.check(base);
    }

    /** A post of 41 minutes that states {@code stated}. */
    private static byte[] post(int stated) {
        return ("---\ntitle: t\ndate: 2025-01-01\nreading_time: " + stated + "\n---\n" + BODY)
                .getBytes(StandardCharsets.UTF_8);
    }

    private Path write(String path, byte[] bytes) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static byte[] bytes(boolean bom, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
