package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Severity;
import io.github.contentlint.config.ConfigException;
import io.github.contentlint.post.Position;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path dir;

    private static Finding finding(String path, String rule, int line, String fingerprint) {
        return new Finding(rule, Severity.ERROR, path, Position.lineStart(line), Position.lineStart(line), "m")
                .withFingerprint(fingerprint);
    }

    private static final String A = "0123456789abcdef0123456789abcdef";
    private static final String B = "fedcba9876543210fedcba9876543210";

    @Test
    void writesASortedFileWithoutDatesAndReadsItBack() throws Exception {
        Baseline baseline = Baseline.of(List.of(
                finding("_posts/b.md", "reading-time", 3, A),
                finding("_posts/a.md", "front-matter", 1, B),
                finding("_posts/a.md", "front-matter", 9, B)));
        Path file = dir.resolve(Baseline.FILE_NAME);
        baseline.write(file);
        assertThat(Files.readString(file)).isEqualTo("""
                {
                  "contentlintBaseline" : 1,
                  "about" : "Findings accepted by contentlint: check reports only the others. Regenerate with mvn \
                contentlint:baseline.",
                  "findings" : {
                    "_posts/a.md" : {
                      "front-matter" : {
                        "fedcba9876543210fedcba9876543210" : 2
                      }
                    },
                    "_posts/b.md" : {
                      "reading-time" : {
                        "0123456789abcdef0123456789abcdef" : 1
                      }
                    }
                  }
                }
                """);
        Baseline read = Baseline.read(file, Baseline.FILE_NAME);
        assertThat(read.size()).isEqualTo(3);
        assertThat(read.posts()).isEqualTo(2);
    }

    @Test
    void matchesByPathRuleAndFingerprintCountingDuplicatesAndReportsWhatIsLeft() {
        Baseline baseline = Baseline.of(List.of(
                finding("a.md", "front-matter", 1, B),
                finding("a.md", "front-matter", 2, B),
                finding("b.md", "reading-time", 3, A)));
        Finding moved = finding("a.md", "front-matter", 40, B);  // same text, other line: still accepted
        Finding copy = finding("a.md", "front-matter", 41, B);   // the second accepted copy
        Finding third = finding("a.md", "front-matter", 42, B);  // one more copy than accepted: new
        Finding other = finding("a.md", "reading-time", 3, A);   // same text under another rule: new
        Baseline.Match match = baseline.match(List.of(moved, copy, third, other));
        assertThat(match.matched()).isEqualTo(2);
        assertThat(match.remaining()).containsExactly(third, other);
        assertThat(match.stale()).containsExactly(new Baseline.Entry("b.md", "reading-time", A, 1));
    }

    @Test
    void aBrokenFileSaysHowToRegenerateIt() throws Exception {
        Path file = dir.resolve(Baseline.FILE_NAME);
        Files.writeString(file, "{\n  \"findings\": [\n");
        assertThatThrownBy(() -> Baseline.read(file, Baseline.FILE_NAME))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(".contentlint-baseline.json:3: is not valid JSON")
                .hasMessageEndingWith("regenerate it with mvn contentlint:baseline");
        Files.writeString(file, "{\"findings\": {}}");
        assertThatThrownBy(() -> Baseline.read(file, Baseline.FILE_NAME))
                .hasMessage(".contentlint-baseline.json: is not a contentlint baseline (no contentlintBaseline version):"
                        + " regenerate it with mvn contentlint:baseline");
        Files.writeString(file, "{\"contentlintBaseline\": 1, \"findings\": {\"a.md\": {\"x\": {\"" + A + "\": 0}}}}");
        assertThatThrownBy(() -> Baseline.read(file, Baseline.FILE_NAME))
                .hasMessageContaining("count that is not a positive number at a.md / x / " + A);
    }
}
