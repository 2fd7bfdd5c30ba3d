package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fix} is crash-safe: a plain {@code java} process running the fix engine is killed with
 * SIGKILL at random moments; afterwards every post holds exactly its old or exactly its new
 * bytes, with its permissions, and a later fix run finishes the job and leaves no temporary
 * file. CI runs a few dozen kills ({@code -Dcontentlint.kill.runs=300} for the long run).
 */
class FixKillTest {

    private static final int POSTS = 40;

    @TempDir
    Path work;

    @Test
    void everyPostIsOldOrNewAfterAKill() throws Exception {
        int runs = Integer.getInteger("contentlint.kill.runs", 30);
        Random random = new Random(Long.getLong("contentlint.kill.seed", 7L));
        Path original = work.resolve("original");
        writeCorpus(original, random);
        Path expected = copy(original, work.resolve("expected"));
        long started = System.nanoTime();
        assertThat(fix(expected, -1)).isZero();
        // kill anywhere from JVM start-up to past the end of a whole run
        int wholeRunMillis = (int) ((System.nanoTime() - started) / 1_000_000);
        Map<String, byte[]> before = contents(original);
        Map<String, byte[]> after = contents(expected);
        assertThat(after).isNotEqualTo(before);
        int killedMidway = 0;
        for (int run = 0; run < runs; run++) {
            Path copy = copy(original, work.resolve("run-" + run));
            // most kills late in the run, where the writes happen; some anywhere
            fix(copy, random.nextInt(10) < 7 ? wholeRunMillis / 2 + random.nextInt(wholeRunMillis / 2 + 100)
                    : random.nextInt(wholeRunMillis + 100));
            int changed = 0;
            for (Map.Entry<String, byte[]> post : contents(copy).entrySet()) {
                byte[] old = before.get(post.getKey());
                byte[] fixed = after.get(post.getKey());
                assertThat(Arrays.equals(post.getValue(), old) || Arrays.equals(post.getValue(), fixed))
                        .as("run %d: %s is neither its old nor its new content", run, post.getKey()).isTrue();
                changed += Arrays.equals(post.getValue(), old) ? 0 : 1;
                assertThat(Files.getPosixFilePermissions(copy.resolve(post.getKey())))
                        .isEqualTo(Files.getPosixFilePermissions(original.resolve(post.getKey())));
            }
            if (changed > 0 && changed < POSTS) {
                killedMidway++;
            }
            assertThat(fix(copy, -1)).as("a fix run after the kill completes").isZero();
            assertThat(contents(copy)).as("after the kill and a second run").containsExactlyInAnyOrderEntriesOf(after);
            try (Stream<Path> files = Files.walk(copy)) {
                assertThat(files.map(Path::toString)).as("temporary files left behind").noneMatch(p -> p.endsWith(".contentlint-tmp"));
            }
            deleteTree(copy);
        }
        System.out.printf("fix kill test: %d runs of about %d ms, %d killed with some posts fixed and some not%n",
                runs, wholeRunMillis, killedMidway);
    }

    /** Runs the fix engine in its own JVM; kills it after {@code killAfterMillis} (or waits when negative). */
    private static int fix(Path base, int killAfterMillis) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", classPath, "io.github.contentlint.cli.Main", "--base", base.toString(),
                "--includes", "_posts/*.md", "--threads", "2", "--fix", "write")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (killAfterMillis >= 0 && !process.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally block runs
            process.waitFor();
            return -1;
        }
        process.waitFor(60, TimeUnit.SECONDS);
        return process.exitValue();
    }

    private static void writeCorpus(Path base, Random random) throws IOException {
        Path posts = Files.createDirectories(base.resolve("_posts"));
        List<String> permissions = List.of("rw-r--r--", "rw-rw-r--", "rw-------", "rwxr-xr-x");
        for (int i = 0; i < POSTS; i++) {
            StringBuilder body = new StringBuilder();
            int paragraphs = 20 + random.nextInt(60);
            for (int p = 0; p < paragraphs; p++) {
                body.append(i % 2 == 0 ? "この段落は読み上げ時間を測るための文章です。".repeat(8)
                        : "This paragraph is here to give the post a length worth measuring. ".repeat(6)).append("\n\n");
            }
            String newline = i % 5 == 0 ? "\r\n" : "\n";
            String text = ("---\ntitle: \"Post " + i + "\"\ndate: 2025-01-01\nreading_time: " + (i % 3 == 0 ? "\"1 min\"" : "1")
                    + "\n---\n\n" + body).replace("\n", newline);
            Path file = posts.resolve(String.format("2025-01-%02d-post-%d.md", i % 28 + 1, i));
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            Set<PosixFilePermission> mode = PosixFilePermissions.fromString(permissions.get(i % permissions.size()));
            Files.setPosixFilePermissions(file, mode);
        }
    }

    private static Map<String, byte[]> contents(Path base) throws IOException {
        Map<String, byte[]> contents = new HashMap<>();
        try (Stream<Path> files = Files.list(base.resolve("_posts"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                contents.put("_posts/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
        return contents;
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.resolve("_posts"));
        try (Stream<Path> files = Files.list(from.resolve("_posts"))) {
            for (Path file : files.toList()) {
                Path target = to.resolve("_posts").resolve(file.getFileName());
                Files.copy(file, target);
                Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(file));
            }
        }
        return to;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
