package io.github.contentlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.api.Finding;
import io.github.contentlint.engine.CheckOptions;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.engine.Linter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cross-post finding keeps its fingerprint (and so its baseline entry) when other posts change. */
class CrossPostFingerprintTest {

    @TempDir
    Path base;

    private Finding duplicateFindingOn(String path) throws Exception {
        Contentlint.Prepared prepared = Contentlint.prepare(CheckOptions.defaults(base, base.resolve("target")));
        List<Finding> findings = new Linter(prepared.settings(), prepared.rules()).run().findings();
        return findings.stream().filter(f -> f.path().equals(path) && f.ruleId().equals("title-format"))
                .findFirst().orElseThrow();
    }

    private void post(String name, String title) throws Exception {
        Path file = base.resolve("_posts").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: \"" + title + "\"\n---\n\n本文です。\n", StandardCharsets.UTF_8);
    }

    @Test
    void aThirdPostWithTheSameTitleChangesTheMessageButNotTheFingerprint() throws Exception {
        post("2025-01-01-a.md", "同じ題名の記事");
        post("2025-01-02-b.md", "同じ題名の記事");
        Finding before = duplicateFindingOn("_posts/2025-01-01-a.md");
        post("2025-01-03-c.md", "同じ題名の記事");
        Finding after = duplicateFindingOn("_posts/2025-01-01-a.md");
        assertThat(after.message()).isNotEqualTo(before.message());
        assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
    }
}
