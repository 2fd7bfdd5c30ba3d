package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contentlint.api.Finding;
import io.github.contentlint.config.ConfigException;
import io.github.contentlint.report.ConsoleReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run over some posts ({@code files}, {@code changedSince}) reports on those alone, and what it
 * reports on them is what a run over every post reports: the others lend their cross-post
 * summaries through the cache or a light pass.
 */
class SelectedPostsTest {

    private static final String SHARED_TITLE = "Moving the build to Maven";
    private static final String SHARED_EXCERPT = "A short note about the week in our small team, what we shipped and"
            + " what we learned from it.";
    private static final String SELECTED = "_posts/2025-01-01-build.md";
    private static final String TWIN = "_posts/2025-02-01-build-again.md";

    @TempDir
    Path base;

    private final Map<Path, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final FileSource countingReads = file -> {
        reads.computeIfAbsent(file.getFileName(), f -> new AtomicInteger()).incrementAndGet();
        return Files.readAllBytes(file);
    };

    @BeforeEach
    void posts() throws IOException {
        write(SELECTED, post(SHARED_TITLE, "2025-01-01", "Why we moved the build, and what the first week of it was"
                + " like for the writers who publish here every day.")
                + "We moved the build to Maven in January. The writers noticed nothing but faster checks.\n");
        // the twin shares the title; it also has findings and suppressions of its own that a run
        // over the selected post must not report
        write(TWIN, "---\ntitle: " + SHARED_TITLE + "\ndate: 2025-02-01\n---\n\n"
                + "<!-- contentlint-disable reading-time -->\nA year later, the same move seen again.\n\n---END---\n");
        for (int i = 1; i <= 6; i++) {
            write(String.format("_posts/2025-03-%02d-week.md", i), post("Week " + i + " at the small team office",
                    String.format("2025-03-%02d", i), SHARED_EXCERPT) + "What happened in week " + i + ".\n");
        }
        write("_posts/2025-04-01-weekly.md", post("What the team shipped this week", "2025-04-01", SHARED_EXCERPT)
                + "The weekly note, with the excerpt every weekly note has.\n");
    }

    private static String post(String title, String date, String excerpt) {
        return "---\ntitle: " + title + "\ndate: " + date + "\nexcerpt: " + excerpt + "\n---\n\n";
    }

    private void write(String path, String text) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private CheckOptions.Builder options() {
        return CheckOptions.builder(base, base.resolve("target")).baseline("none");
    }

    private static List<String> lines(List<Finding> findings) {
        return findings.stream().map(f -> ConsoleReport.line(f) + " #" + f.fingerprint()).toList();
    }

    private CheckOutcome check(CheckOptions options) throws Exception {
        return Contentlint.check(Contentlint.prepare(options, Map.of()), base.resolve("target/out"));
    }

    @Test
    void aCrossPostFindingOnASelectedPostReadsAsInAFullRunAndTheOthersGetNone() throws Exception {
        List<String> full = lines(check(options().build()).result().findings());
        assertThat(full).anyMatch(line -> line.startsWith(TWIN + ":2:8: error [title-format] title \"" + SHARED_TITLE
                + "\" is also the title of " + SELECTED));
        assertThat(full).anyMatch(line -> line.startsWith(TWIN) && line.contains("[no-generation-artifacts]"));
        assertThat(full).anyMatch(line -> line.startsWith(TWIN) && line.contains("[unused-suppression]"));

        for (String selected : List.of(SELECTED, "_posts/2025-04-01-weekly.md", "_posts/2025-03-02-week.md")) {
            CheckOutcome one = check(options().files(List.of(selected)).build());
            assertThat(lines(one.result().findings()))
                    .as(selected)
                    .isNotEmpty()
                    .isEqualTo(full.stream().filter(line -> line.startsWith(selected + ":")).toList());
            assertThat(one.result().postsChecked()).isEqualTo(1);
            assertThat(one.files()).containsExactly(selected);
        }
        // the count in "7 posts have exactly this excerpt" comes from the posts not checked
        assertThat(lines(check(options().files(List.of("_posts/2025-04-01-weekly.md")).build()).result().findings()))
                .singleElement().asString().contains("7 posts have exactly this excerpt");
    }

    @Test
    void theCacheAndTheLightPassGiveTheSameFindingsAndALightEntryIsNeverTakenForACheckedPost() throws Exception {
        CheckOptions cached = options().cache(true).build();
        List<String> full = lines(check(options().build()).result().findings());
        List<String> selectedCold = lines(check(cached.toBuilder().files(List.of(SELECTED)).build()).result().findings());
        assertThat(selectedCold).isEqualTo(full.stream().filter(line -> line.startsWith(SELECTED + ":")).toList());
        // warm: the summaries come from the light entries the first run left
        assertThat(lines(check(cached.toBuilder().files(List.of(SELECTED)).build()).result().findings())).isEqualTo(selectedCold);
        // a full run after the light pass checks the twin in full: its own findings are back
        assertThat(lines(check(cached).result().findings())).isEqualTo(full);
        assertThat(lines(check(cached.toBuilder().files(List.of(TWIN)).build()).result().findings()))
                .isEqualTo(full.stream().filter(line -> line.startsWith(TWIN + ":")).toList());
    }

    @Test
    void theLightPassReadsEachOtherPostOnceAndACheckOfSomePostsKeepsTheCacheOfTheRest() throws Exception {
        Contentlint.Prepared prepared = Contentlint.prepare(options().build(), Map.of());
        Path cache = base.resolve("target/cache");
        List<String> all = Contentlint.select(prepared).discovered();
        List<String> others = all.stream().filter(path -> !path.equals(SELECTED)).toList();

        // cold, no cache: every post is read once, the selected one in full, the others for summaries
        new Linter(prepared.settings(), prepared.rules(), countingReads, null).run(List.of(SELECTED), others,
                Progress.NONE);
        assertThat(reads).hasSize(all.size()).allSatisfy((file, count) -> assertThat(count.get()).isEqualTo(1));

        // a full run fills the cache; a run over one post then reads that post only (when it changed)
        new Linter(prepared.settings(), prepared.rules(), countingReads, cache).run(all, List.of(), Progress.NONE);
        reads.clear();
        Files.writeString(base.resolve(SELECTED), "\nOne more line.\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        new Linter(prepared.settings(), prepared.rules(), countingReads, cache).run(List.of(SELECTED), others,
                Progress.NONE);
        assertThat(reads.keySet()).containsExactly(base.resolve(SELECTED).getFileName());

        // and the next full run finds every other post still cached
        reads.clear();
        new Linter(prepared.settings(), prepared.rules(), countingReads, cache).run(all, List.of(), Progress.NONE);
        assertThat(reads).isEmpty();
    }

    @Test
    void aCacheWrittenBeforeSummaryOnlyEntriesExistedStillCounts() throws Exception {
        Contentlint.Prepared prepared = Contentlint.prepare(options().build(), Map.of());
        Path cache = base.resolve("target/cache");
        List<String> all = Contentlint.select(prepared).discovered();
        new Linter(prepared.settings(), prepared.rules(), countingReads, cache).run(all, List.of(), Progress.NONE);
        Path file = cache.resolve(LintCache.FILE_NAME);
        String json;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(json).contains("\"summaryOnly\":false");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(json.replace(",\"summaryOnly\":false", "").getBytes(StandardCharsets.UTF_8));
        }
        reads.clear();
        new Linter(prepared.settings(), prepared.rules(), countingReads, cache).run(all, List.of(), Progress.NONE);
        assertThat(reads).isEmpty();
    }

    @Test
    void withoutASelectedPostOrACrossPostRuleTheOtherPostsAreNotRead() throws Exception {
        Contentlint.Prepared prepared = Contentlint.prepare(options().build(), Map.of());
        List<String> all = Contentlint.select(prepared).discovered();
        LintResult none = new Linter(prepared.settings(), prepared.rules(), countingReads, null)
                .run(List.of(), all, Progress.NONE);
        assertThat(none.findings()).isEmpty();
        assertThat(none.postsChecked()).isZero();
        assertThat(reads).isEmpty();

        write(".contentlint.yml", "rules:\n  title-format: off\n  title-matches-excerpt: off\n");
        Contentlint.Prepared noCrossPost = Contentlint.prepare(options().build(), Map.of());
        new Linter(noCrossPost.settings(), noCrossPost.rules(), countingReads, null)
                .run(List.of(SELECTED), all.stream().filter(p -> !p.equals(SELECTED)).toList(), Progress.NONE);
        assertThat(reads.keySet()).containsExactly(base.resolve(SELECTED).getFileName());
    }

    @Test
    void theBaselineCountsOnlyTheSelectedPosts() throws Exception {
        Contentlint.Prepared everything = Contentlint.prepare(options().baseline(null).build(), Map.of());
        Baseline written = Contentlint.writeBaseline(everything, base.resolve(Baseline.FILE_NAME), Progress.NONE);
        assertThat(written.posts()).isGreaterThan(2);

        CheckOutcome one = check(options().baseline(null).files(List.of(SELECTED)).build());
        assertThat(one.result().findings()).isEmpty();
        assertThat(one.baseline().matched()).isEqualTo(1); // the selected post's duplicate title
        assertThat(one.baseline().stale()).isEmpty(); // the twin's entries are not stale: it was not checked

        Files.writeString(base.resolve(SELECTED), "---\ntitle: A title of its own\ndate: 2025-01-01\nexcerpt: Why we"
                + " moved the build, and what the first week of it was like for the writers who publish here every"
                + " day.\n---\n\nWe moved the build to Maven in January. The writers noticed nothing but faster"
                + " checks.\n", StandardCharsets.UTF_8);
        CheckOutcome fixed = check(options().baseline(null).files(List.of(SELECTED)).build());
        assertThat(fixed.baseline().stale()).extracting(Baseline.Entry::path).containsExactly(SELECTED);
        assertThat(fixed.baseline().matched()).isZero();
    }

    @Test
    void fixWritesOnlyTheSelectedPosts() throws Exception {
        String readingTime = "---\ntitle: Reading time %d\ndate: 2025-05-0%d\nreading_time: 40\n---\n\nShort.\n";
        write("_posts/2025-05-01-a.md", String.format(readingTime, 1, 1));
        write("_posts/2025-05-02-b.md", String.format(readingTime, 2, 2));
        write(".contentlint.yml", "rules:\n  reading-time: error\n");
        Contentlint.Prepared prepared = Contentlint.prepare(options().files(List.of("_posts/2025-05-01-a.md")).build(),
                Map.of());
        FixResult result = Contentlint.fix(prepared, false);
        assertThat(result.files()).extracting(FixResult.FileResult::path).containsExactly("_posts/2025-05-01-a.md");
        assertThat(Files.readString(base.resolve("_posts/2025-05-01-a.md"))).doesNotContain("reading_time: 40");
        assertThat(Files.readString(base.resolve("_posts/2025-05-02-b.md"))).contains("reading_time: 40");
        assertThat(result.lint().findings()).extracting(Finding::path)
                .allMatch(Set.of("_posts/2025-05-01-a.md")::contains);
    }

    @Test
    void filesAndChangedSinceTogetherAreRefused() {
        assertThatThrownBy(() -> Contentlint.prepare(options().files(List.of(SELECTED)).changedSince("HEAD").build(),
                Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("files and changedSince both choose the posts to check: give one of them");
    }
}
