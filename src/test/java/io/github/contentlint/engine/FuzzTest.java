package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.api.Finding;
import io.github.contentlint.config.ContentlintConfig;
import io.github.contentlint.rules.RuleCatalog;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of parsing and every rule: arbitrary bytes and mutations of the
 * fixture posts must never become an {@code internal-error} (an exception anywhere in the
 * engine). Bounded by time for CI (about 40 s by default); the long run sets
 * {@code -Dcontentlint.fuzz.seconds} and {@code -Dcontentlint.fuzz.seed}. A failing input is
 * written to {@code target/fuzz-failures/} to become a regression test.
 */
class FuzzTest {

    private static final String[] TOKENS = {"---\n", "+++\n", "{", "}", "\n", "\r\n", "\r", "\n\n", "> ", "- ", "1. ",
        "* ", "**", "__", "`", "```\n", "|", "| --- |\n", "[", "](", ")", "![", "<!--", "-->", "<div>", "</div>",
        "#", "## ", "...", "…", "。", "、", "「", "」", "---END---\n", "<<<<<<< HEAD\n", "=======\n", ">>>>>>> x\n",
        "title: ", "excerpt: ", "reading_time: ", "date: ", "\"", "'", ": ", "&a ", "*a", "!!str ", "\t", "\u0000",
        "\uFEFF", "\uFFFD", "😀", "日本語", "\\", "{% raw %}", "{: .class}", "    ", "\u2028", "&amp;", "[^1]",
        "<A ", "/>", "</A>", "<>", "={", "{/* ", " */}", "import x from 'y'\n", "export const a = {\n", "`${"};

    /** Every input the fuzzer ever broke the engine with, kept under src/test/resources/fuzz-regressions. */
    @Test
    void formerCrashesStayFixed() throws Exception {
        Path dir = Path.of(FuzzTest.class.getResource("/fuzz-regressions").toURI());
        byte[][] current = new byte[1][];
        Linter linter = memoryLinter(current);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                current[0] = Files.readAllBytes(file);
                String path = file.getFileName().toString().endsWith(".mdx") ? "src/content/regression.mdx"
                        : "_posts/regression.md";
                assertThat(onWorkerStack(() -> linter.lintOne(path).findings()))
                        .as(file.getFileName().toString())
                        .noneMatch(f -> f.ruleId().equals(RuleSet.INTERNAL_ERROR));
            }
        }
    }

    /** An input that takes this long is a hang (the slowest seen inputs take well under a second). */
    private static final long HANG_SECONDS = 20;

    @Test
    void noInputMakesTheEngineThrow() throws Exception {
        long seconds = Long.getLong("contentlint.fuzz.seconds", 40);
        long seed = Long.getLong("contentlint.fuzz.seed", 20251121L);
        Random random = new Random(seed);
        List<byte[]> corpus = seeds();
        byte[][] current = new byte[1][];
        Linter linter = memoryLinter(current);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long inputs = 0;
        List<String> failures = new ArrayList<>();
        while (System.nanoTime() < deadline && failures.size() < 5) {
            byte[] input = random.nextInt(20) == 0 ? randomBytes(random) : mutate(corpus.get(random.nextInt(corpus.size())), random);
            current[0] = input;
            inputs++;
            // one input in four is read as MDX, whose JavaScript the parser blanks before flexmark
            String path = random.nextInt(4) == 0 ? "src/content/blog/fuzz.mdx" : "_posts/2025-01-01-fuzz.md";
            List<Finding> findings = onWorkerStack(() -> linter.lintOne(path).findings());
            if (findings == null) {
                // a hang is worse than a throw: keep the input and stop, the worker cannot be stopped
                failures.add(save(input, null, path.substring(path.lastIndexOf('.'))));
                break;
            }
            for (Finding finding : findings) {
                if (finding.ruleId().equals(RuleSet.INTERNAL_ERROR)) {
                    failures.add(save(input, finding, path.substring(path.lastIndexOf('.'))));
                }
            }
        }
        System.out.printf(Locale.ROOT, "fuzz: %,d inputs in %d s from seed %d%n", inputs, seconds, seed);
        assertThat(failures).as("inputs that made the engine throw (saved under target/fuzz-failures)").isEmpty();
        assertThat(inputs).isGreaterThan(100);
    }

    /** A linter whose one file is whatever {@code current[0]} holds. */
    private static Linter memoryLinter(byte[][] current) throws Exception {
        RuleSet rules = RuleSet.resolve(RuleCatalog.builtIn(), ContentlintConfig.defaults(), Locale.ENGLISH,
                FuzzTest.class.getClassLoader());
        LintSettings settings = new LintSettings(Path.of("target"), List.of("**"), List.of(), StandardCharsets.UTF_8, 1,
                LintSettings.DEFAULT_MAX_FILE_BYTES);
        return new Linter(settings, rules, new FileSource() {
            @Override
            public byte[] read(Path file) {
                return current[0];
            }

            @Override
            public FileStamp stamp(Path file) {
                return new FileStamp(current[0].length, 0);
            }

            @Override
            public boolean isOutside(Path file, Path baseDirectory) {
                return false;
            }
        });
    }

    /**
     * Production parses on workers with a large stack; so does the fuzz run. Null when the input
     * takes longer than {@link #HANG_SECONDS}: no post may hang the build.
     */
    private static <T> T onWorkerStack(java.util.function.Supplier<T> task) throws InterruptedException {
        Object[] result = new Object[1];
        Thread worker = new Thread(null, () -> result[0] = task.get(), "fuzz", Linter.WORKER_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        worker.join(HANG_SECONDS * 1000L);
        if (worker.isAlive()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static List<byte[]> seeds() throws IOException, URISyntaxException {
        Path fixtures = Path.of(FuzzTest.class.getResource("/rules").toURI());
        try (Stream<Path> files = Files.walk(fixtures)) {
            List<byte[]> seeds = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                seeds.add(Files.readAllBytes(file));
            }
            seeds.add("---\ntitle: x\n---\n\nText.\n".getBytes(StandardCharsets.UTF_8));
            seeds.add(("---\ntitle: x\n---\nimport Chart from './Chart'\nexport const n = {a: [1, 2]}\n\n"
                    + "<Chart data={n.a.map((d) => d * 2)}\n  label=\"two\" />\n\n<Note>\n  Text **in** JSX.\n</Note>\n\n"
                    + "{/* note */}\n\nTotal: {n.a.length}. <Badge {...n} /> `{code}`\n").getBytes(StandardCharsets.UTF_8));
            // a Pelican header: no delimiters, a continuation line, a suppression key, CRLF
            seeds.add(("Title: x\r\nDate: 2010-12-03 10:20\r\nSummary: one\r\n    two\r\nContentlint: disable"
                    + " reading-time\r\nReading_time: 3\r\n\r\nText.\r\n").getBytes(StandardCharsets.UTF_8));
            return seeds;
        }
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(2000)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A few byte-, token- and block-level edits of a real-looking post. */
    static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = seed;
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            switch (random.nextInt(6)) {
                case 0 -> bytes = splice(bytes, at, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 1 -> bytes = splice(bytes, at, Math.min(bytes.length, at + random.nextInt(40)), new byte[0]);
                case 2 -> {
                    int end = Math.min(bytes.length, at + random.nextInt(400));
                    byte[] chunk = java.util.Arrays.copyOfRange(bytes, at, end);
                    bytes = splice(bytes, end, end, chunk.length > 0 ? chunk : new byte[] {'x'});
                }
                case 3 -> {
                    if (bytes.length > 0) {
                        bytes = bytes.clone();
                        bytes[Math.min(at, bytes.length - 1)] = (byte) random.nextInt(256);
                    }
                }
                case 4 -> bytes = splice(bytes, at, at,
                        TOKENS[random.nextInt(TOKENS.length)].repeat(1 + random.nextInt(300)).getBytes(StandardCharsets.UTF_8));
                default -> bytes = splice(bytes, at, at, new byte[] {(byte) 0xE3, (byte) 0x81});
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] result = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(bytes, to, result, from + insert.length, bytes.length - to);
        return result;
    }

    /** Keeps a failing input under target/fuzz-failures; a null finding means the input hung. */
    private static String save(byte[] input, Finding finding, String extension) {
        String what = finding == null ? "took more than " + HANG_SECONDS + " s" : finding.message();
        try {
            Path dir = Files.createDirectories(Path.of("target/fuzz-failures"));
            String name = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(input))
                    .substring(0, 12) + extension;
            Files.write(dir.resolve(name), input);
            return name + ": " + what;
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return what;
        }
    }
}
