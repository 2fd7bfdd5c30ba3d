package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contentlint.config.ConfigException;
import io.github.contentlint.report.ReportFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentlintTest {

    @TempDir
    Path base;

    @Test
    void gitHubAnnotationsSwitchOnInAGitHubActionsJobUnlessSwitchedOff() throws Exception {
        assertThat(Contentlint.formats(List.of("console"), Map.of()))
                .containsExactly(ReportFormat.CONSOLE);
        assertThat(Contentlint.formats(List.of("console", "sarif"), Map.of("GITHUB_ACTIONS", "true")))
                .containsExactly(ReportFormat.CONSOLE, ReportFormat.SARIF, ReportFormat.GITHUB);
        assertThat(Contentlint.formats(List.of("console", "-github"), Map.of("GITHUB_ACTIONS", "true")))
                .containsExactly(ReportFormat.CONSOLE);
        assertThat(Contentlint.formats(List.of("github", "github"), Map.of("GITHUB_ACTIONS", "false")))
                .containsExactly(ReportFormat.GITHUB);
        assertThatThrownBy(() -> Contentlint.formats(List.of("-pdf"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("formats: unknown report format 'pdf'");
    }

    private CheckOptions options(String baseline) {
        return CheckOptions.builder(base, base.resolve("target")).baseline(baseline).build();
    }

    @Test
    void theBaselineFileOfTheBaseDirectoryIsUsedWhenPresentAndNoneSwitchesItOff() throws Exception {
        Files.createDirectories(base.resolve("_posts"));
        Files.writeString(base.resolve("_posts/a.md"), "---\ntitle: A\ntitle: B\n---\n");
        Contentlint.Prepared prepared = Contentlint.prepare(options(null), Map.of());
        assertThat(prepared.baseline()).isNull();
        Baseline written = Contentlint.writeBaseline(prepared, Contentlint.baselineTarget(options(null)), Progress.NONE);
        assertThat(written.size()).isEqualTo(1); // a duplicate key
        assertThat(base.resolve(Baseline.FILE_NAME)).exists();

        CheckOutcome withBaseline = Contentlint.check(Contentlint.prepare(options(null), Map.of()), base.resolve("t"));
        assertThat(withBaseline.result().findings()).isEmpty();
        assertThat(withBaseline.baseline().matched()).isEqualTo(1);
        assertThat(withBaseline.baseline().file()).isEqualTo(Baseline.FILE_NAME);

        CheckOutcome without = Contentlint.check(Contentlint.prepare(options("none"), Map.of()), base.resolve("t"));
        assertThat(without.result().findings()).hasSize(1);
        assertThat(without.baseline()).isNull();

        assertThatThrownBy(() -> Contentlint.prepare(options("config/missing.json"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("does not exist: write it with mvn contentlint:baseline");
    }
}
