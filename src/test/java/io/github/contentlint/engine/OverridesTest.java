package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.config.ConfigLoader;
import io.github.contentlint.config.ContentlintConfig;
import io.github.contentlint.report.ConsoleReport;
import io.github.contentlint.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code overrides:} through the engine: options per path, cross-post rules, the cache. */
class OverridesTest {

    @TempDir
    Path base;
    @TempDir
    Path cache;

    private List<String> lint(String yaml, Path cacheDirectory) throws Exception {
        ContentlintConfig config = new ConfigLoader(RuleCatalog.builtIn()).parse(yaml, ".contentlint.yml");
        RuleSet rules = RuleSet.resolve(RuleCatalog.builtIn(), config, Locale.ENGLISH, getClass().getClassLoader());
        LintSettings settings = new LintSettings(base, List.of("**/*.md"), List.of(), StandardCharsets.UTF_8, 2,
                LintSettings.DEFAULT_MAX_FILE_BYTES);
        return new Linter(settings, rules, FileSource.FILE_SYSTEM, cacheDirectory).run().findings().stream()
                .map(ConsoleReport::line).toList();
    }

    private void write(String path, String text) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** About 1,000 English words that no other rule minds. */
    private static String englishBody() {
        return IntStream.range(0, 25).mapToObj(i -> "Paragraph " + i + " walks the reader through one more of the"
                + " small steps that a careful translator takes when a sentence carries an idiom, a joke or a"
                + " name that has no simple equivalent in the other language.\n")
                .collect(Collectors.joining("\n"));
    }

    private static final String SPEEDS = """
            rules:
              no-repeated-paragraphs: off
              title-matches-excerpt: off
            overrides:
              - files: ["translations/**"]
                rules:
                  reading-time:
                    options: {wordsPerMinute: %d}
            """;

    @Test
    void aFolderOfTranslatedPostsHasItsOwnReadingSpeed() throws Exception {
        String post = "---\ntitle: Translating idioms\nreading_time: 10\n---\n" + englishBody();
        write("posts/idioms.md", post);
        write("translations/idioms.md", post.replace("Translating idioms", "Translating proverbs"));
        assertThat(lint(SPEEDS.formatted(100), null)).singleElement().asString()
                .startsWith("posts/idioms.md:3:1: error [reading-time] reading_time is 10, but the body")
                .contains("at 238 words/min");
    }

    @Test
    void changingAnOverridesOptionReLintsCachedPosts() throws Exception {
        write("translations/idioms.md", "---\ntitle: Translating idioms\nreading_time: 10\n---\n" + englishBody());
        assertThat(lint(SPEEDS.formatted(100), cache)).isEmpty();
        assertThat(lint(SPEEDS.formatted(100), cache)).isEmpty();
        assertThat(lint(SPEEDS.formatted(238), cache)).singleElement().asString()
                .startsWith("translations/idioms.md:3:1: error [reading-time]").contains("at 238 words/min");
    }

    @Test
    void crossPostFindingsUseTheOptionsOfThePostTheyAreOnAndCountEveryPost() throws Exception {
        for (String path : List.of("posts/one.md", "posts/two.md", "notes/three.md")) {
            String name = path.substring(path.indexOf('/') + 1, path.indexOf('.'));
            write(path, "---\ntitle: Garden diary " + name + "\nexcerpt: Notes from the garden this week.\n---\n"
                    + "We planted beans by the fence.\n");
        }
        String yaml = """
                rules:
                  title-matches-excerpt: {options: {maxPostsPerSkeleton: 2}}
                overrides:
                  - files: ["notes/**"]
                    rules:
                      title-matches-excerpt: {options: {maxPostsPerSkeleton: 3}}
                """;
        // the two posts count the note's excerpt too (3 share it); the note allows three
        assertThat(lint(yaml, null)).containsExactly(
                "posts/one.md:3:10: warning [title-matches-excerpt] 3 posts have exactly this excerpt: write one that"
                        + " says what this post tells the reader",
                "posts/two.md:3:10: warning [title-matches-excerpt] 3 posts have exactly this excerpt: write one that"
                        + " says what this post tells the reader");
    }

    @Test
    void aRuleOffForAFolderNeitherChecksNorSummarisesItsPosts() throws Exception {
        write("posts/a.md", "---\ntitle: Same title\n---\nOne.\n");
        write("archive/b.md", "---\ntitle: Same title\n---\nTwo.\n");
        String yaml = "overrides:\n  - files: [\"archive/**\"]\n    rules: {title-format: off}\n";
        assertThat(lint(yaml, null)).isEmpty();
        assertThat(lint("rules: {}\n", null)).hasSize(2).allMatch(line -> line.contains("[title-format]"));
    }
}
