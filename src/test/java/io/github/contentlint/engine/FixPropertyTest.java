package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.api.Finding;
import io.github.contentlint.config.ConfigException;
import io.github.contentlint.rules.ReadingTimeTexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded property test over generated posts (Japanese, English and mixed; every value format;
 * LF and CRLF; with and without a byte order mark; code and images; comments and keys in any
 * order): a dry run writes nothing; after {@code fix}, {@code check} reports no
 * {@code reading-time} finding, and each file differs from its original in the reading time's
 * line only, and only where there was a finding.
 */
class FixPropertyTest {

    private static final long SEED = 0x5EEDL;
    private static final int POSTS = 120;
    private static final String[] FORMATS = {"%d", "\"%d\"", "'%d'", "%d min", "\"%d min\"", "%d mins",
        "%d minutes", "%d分", "\"%d分\"", "%d # by hand"};

    @TempDir
    Path base;

    @Test
    void afterFixCheckIsCleanAndOnlyTheReadingTimeLineChanged() throws Exception {
        Random random = new Random(SEED);
        Map<Path, byte[]> originals = new HashMap<>();
        for (int i = 0; i < POSTS; i++) {
            Path file = base.resolve(String.format(Locale.ROOT, "_posts/2025-01-01-post-%03d.md", i));
            Files.createDirectories(file.getParent());
            byte[] bytes = generate(random);
            Files.write(file, bytes);
            originals.put(file, bytes);
        }
        Set<String> flagged = check().findings().stream().filter(FixPropertyTest::isReadingTime)
                .map(Finding::path).collect(Collectors.toSet());
        assertThat(flagged).as("the generator makes both kinds of post").hasSizeBetween(POSTS / 4, POSTS * 3 / 4);

        FixResult dryRun = fix(true);
        assertThat(dryRun.filesChanged()).isEqualTo(flagged.size());
        for (Map.Entry<Path, byte[]> original : originals.entrySet()) {
            assertThat(Files.readAllBytes(original.getKey())).as("dry run on %s", original.getKey())
                    .isEqualTo(original.getValue());
        }

        FixResult result = fix(false);
        assertThat(result.fixesApplied()).isEqualTo(flagged.size());
        assertThat(check().findings()).filteredOn(FixPropertyTest::isReadingTime).isEmpty();
        for (Map.Entry<Path, byte[]> original : originals.entrySet()) {
            String path = FileDiscovery.relative(base, original.getKey());
            List<byte[]> before = lines(original.getValue());
            List<byte[]> after = lines(Files.readAllBytes(original.getKey()));
            assertThat(after).as("lines of %s", path).hasSameSizeAs(before);
            List<Integer> changed = new ArrayList<>();
            for (int line = 0; line < before.size(); line++) {
                if (!Arrays.equals(before.get(line), after.get(line))) {
                    changed.add(line);
                }
            }
            if (flagged.contains(path)) {
                assertThat(changed).as("changed lines of %s", path).hasSize(1);
                String oldLine = new String(before.get(changed.get(0)), StandardCharsets.UTF_8);
                String newLine = new String(after.get(changed.get(0)), StandardCharsets.UTF_8);
                assertThat(oldLine).startsWith("reading_time: ");
                // only the number (and the unit's plural) differs: quotes, unit, comment and line end stay
                assertThat(valueShape(newLine)).isEqualTo(valueShape(oldLine));
            } else {
                assertThat(changed).as("changed lines of %s", path).isEmpty();
            }
        }
    }

    /** The line with its number and the plural of its unit written alike: {@code N minute}, {@code N min}. */
    private static String valueShape(String line) {
        return line.replaceFirst("\\d+(\\s*)(minute|min)s?\\b", "N$1$2").replaceFirst("\\d+", "N");
    }

    private static boolean isReadingTime(Finding finding) {
        return finding.ruleId().equals("reading-time");
    }

    /** One post: front matter in a random order with a random stated value, a body of random length. */
    private static byte[] generate(Random random) {
        List<String> keys = new ArrayList<>(List.of(
                "title: \"" + (random.nextBoolean() ? "冬の記録" : "Winter notes") + "\"",
                "date: 2025-01-0" + (1 + random.nextInt(9)),
                "tags: [notes, " + (random.nextBoolean() ? "日記" : "diary") + "]",
                "reading_time: " + String.format(Locale.ROOT, FORMATS[random.nextInt(FORMATS.length)],
                        1 + random.nextInt(60))));
        if (random.nextBoolean()) {
            keys.add("# a comment the fix must keep");
        }
        Collections.shuffle(keys, random);
        StringBuilder text = new StringBuilder("---\n");
        keys.forEach(key -> text.append(key).append('\n'));
        text.append("---\n\n");
        int kind = random.nextInt(3);
        int units = 50 + random.nextInt(kind == 1 ? 4000 : 15000);
        List<String> paragraphs = new ArrayList<>();
        if (kind != 1) {
            paragraphs.addAll(ReadingTimeTexts.paragraphs(random, true, units));
        }
        if (kind != 0) {
            paragraphs.addAll(ReadingTimeTexts.paragraphs(random, false, kind == 2 ? units / 10 : units));
            Collections.shuffle(paragraphs, random);
        }
        for (String paragraph : paragraphs) {
            switch (random.nextInt(12)) {
                case 0 -> text.append("## ").append(paragraph, 0, Math.min(12, paragraph.length())).append("\n\n");
                case 1 -> text.append("```sh\nmvn -B verify\ncat build.log | grep ERROR\n```\n\n");
                case 2 -> text.append("![a photo](/img/").append(random.nextInt(100)).append(".jpg)\n\n");
                default -> {
                    // a plain paragraph
                }
            }
            text.append(paragraph).append("\n\n");
        }
        String content = random.nextInt(3) == 0 ? text.toString().replace("\n", "\r\n") : text.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(4) == 0) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(content.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Lines with their terminators, so that a changed line end would show. */
    private static List<byte[]> lines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i + 1));
                start = i + 1;
            }
        }
        lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
        return lines;
    }

    private FixResult fix(boolean dryRun) throws IOException, ConfigException {
        return EngineRuns.fix(base, dryRun, FileSource.FILE_SYSTEM);
    }

    private LintResult check() throws IOException, ConfigException {
        return EngineRuns.check(base);
    }
}
