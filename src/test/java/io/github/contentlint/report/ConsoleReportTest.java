package io.github.contentlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Severity;
import io.github.contentlint.engine.Baseline;
import io.github.contentlint.engine.BaselineOutcome;
import io.github.contentlint.engine.LintResult;
import io.github.contentlint.post.Position;
import io.github.contentlint.rules.BundleMessages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private static Finding finding(String rule, Severity severity, String path) {
        return new Finding(rule, severity, path, Position.lineStart(1), Position.lineStart(1), "m");
    }

    private static final List<Finding> FINDINGS = List.of(
            finding("front-matter", Severity.ERROR, "a.md"),
            finding("front-matter", Severity.ERROR, "b.md"),
            finding("reading-time", Severity.WARNING, "b.md"),
            finding("unused-suppression", Severity.INFO, "c.md"));

    private static final LintResult RESULT = new LintResult(FINDINGS, 1992, Duration.ofMillis(1400), 3);

    @Test
    void summaryCountsPerRuleAndSeverityWithTheReportPaths() {
        BaselineOutcome baseline = new BaselineOutcome(".contentlint-baseline.json", 50,
                List.of(new Baseline.Entry("_posts/old.md", "front-matter", "0123456789abcdef0123456789abcdef", 1)));
        List<String> lines = ConsoleReport.summaryLines(new RunReport(RESULT, List.of(), baseline),
                List.of(Path.of("target/contentlint/contentlint.sarif")), new BundleMessages("report", Locale.ENGLISH));
        assertThat(lines).containsExactly(
                "Checked 1,992 posts in 1.4 s: 2 errors, 1 warning, 1 info in 3 files",
                "  front-matter      : 2 errors",
                "  reading-time      : 1 warning",
                "  unused-suppression: 1 info",
                "3 findings were suppressed by contentlint-disable comments or front matter",
                "Baseline .contentlint-baseline.json: 50 accepted findings not reported",
                "1 entry of the baseline matches no finding any more (fixed): run mvn contentlint:baseline to drop it",
                "  _posts/old.md [front-matter] 0123456789abcdef0123456789abcdef",
                "Report: " + Path.of("target/contentlint/contentlint.sarif"));
    }

    @Test
    void summaryInJapanese() {
        List<String> lines = ConsoleReport.summaryLines(new RunReport(RESULT, List.of(), null), List.of(),
                new BundleMessages("report", Locale.JAPANESE));
        assertThat(lines).containsExactly(
                "1,992 件の記事を 1.4 秒で検査しました：エラー 2 件、警告 1 件、情報 1 件（3 ファイル）",
                "  front-matter      ：エラー 2 件",
                "  reading-time      ：警告 1 件",
                "  unused-suppression：情報 1 件",
                "contentlint-disable コメントまたはフロントマターで 3 件の指摘を抑制しました");
    }

    @Test
    void aCleanRunSaysSo() {
        assertThat(ConsoleReport.summary(new LintResult(List.of(), 1, Duration.ofMillis(50)),
                new BundleMessages("report", Locale.ENGLISH)))
                .isEqualTo("Checked 1 post in 0.1 s: no findings");
    }

    @Test
    void progressWaitsAFewSecondsThenPrintsWholeLinesEveryFewSeconds() {
        AtomicLong now = new AtomicLong(0);
        List<String> lines = new ArrayList<>();
        ProgressLog progress = new ProgressLog(new BundleMessages("report", Locale.ENGLISH), lines::add, now::get);
        progress.update(100, 2000);
        now.set(2_900_000_000L);
        progress.update(900, 2000);
        now.set(3_000_000_000L);
        progress.update(1000, 2000);
        now.set(7_000_000_000L);
        progress.update(1500, 2000);
        now.set(8_000_000_000L);
        progress.update(1600, 2000);
        now.set(30_000_000_000L);
        progress.update(2000, 2000);
        assertThat(lines).containsExactly("contentlint: 1,000 of 2,000 posts", "contentlint: 1,600 of 2,000 posts");
        assertThat(String.join("", lines)).doesNotContainPattern("[\\p{Cntrl}]");
    }
}
