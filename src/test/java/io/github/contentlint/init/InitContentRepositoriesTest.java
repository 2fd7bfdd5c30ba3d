package io.github.contentlint.init;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.config.ConfigLoader;
import io.github.contentlint.config.ContentlintConfig;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.rules.RuleCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four content repositories of the init ITs (one per site kind, each with its own key names,
 * clean posts and one post of each defect the rules catch), at engine level: init writes exactly
 * the expected configuration, it loads, and check with it finds exactly the planted defects.
 */
class InitContentRepositoriesTest {

    @TempDir
    Path base;

    @ParameterizedTest
    @ValueSource(strings = {"init-jekyll", "init-hugo", "init-astro", "no-pom-init-plain"})
    void initWritesTheExpectedFileAndCheckThenFindsExactlyThePlantedDefects(String repository) throws Exception {
        Path source = Path.of("src/it", repository);
        InitRuns.copy(source, base);
        Files.delete(base.resolve("expected.contentlint.yml"));
        Files.delete(base.resolve("expected-findings.txt"));
        Map<String, String> before = InitRuns.snapshot(base);

        InitOutcome outcome = Init.run(InitRuns.request(base));

        Path written = base.resolve(Contentlint.CONFIG_FILE_NAME);
        assertThat(outcome.written()).isEqualTo(written);
        assertThat(outcome.backup()).isNull();
        assertThat(Files.readString(written)).isEqualTo(Files.readString(source.resolve("expected.contentlint.yml")));
        ContentlintConfig config = new ConfigLoader(RuleCatalog.builtIn()).load(written, ".contentlint.yml");
        assertThat(config.keys()).isEqualTo(outcome.inference().keys());
        Map<String, String> after = InitRuns.snapshot(base);
        after.remove(Contentlint.CONFIG_FILE_NAME);
        assertThat(after).as("init writes to no post").isEqualTo(before);

        List<String> expected = Files.readAllLines(source.resolve("expected-findings.txt"), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.isBlank()).toList();
        assertThat(InitRuns.check(base)).containsExactlyElementsOf(expected);
        // one post of each defect: missing key, reading time, repeat, cut ending, marker, title markup, template
        assertThat(expected).hasSize(7).extracting(line -> line.substring(line.indexOf('[') + 1, line.indexOf(']')))
                .containsExactlyInAnyOrder("front-matter", "reading-time", "no-repeated-paragraphs",
                        "no-truncated-ending", "no-generation-artifacts", "title-format", "title-matches-excerpt");
    }
}
