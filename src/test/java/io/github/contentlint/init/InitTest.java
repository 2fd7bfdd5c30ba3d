package io.github.contentlint.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contentlint.config.ConfigLoader;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.rules.RuleCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitTest {

    @TempDir
    Path base;

    private void post(String path, String text) throws Exception {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void jekyllPosts(int count) throws Exception {
        for (int i = 1; i <= count; i++) {
            post(String.format("_posts/2025-01-%02d-note-%d.md", i, i), "---\ntitle: \"Note " + i + "\"\n---\n"
                    + "A short note about day " + i + " of the month.\n");
        }
    }

    @Test
    void refusesToReplaceAnExistingFileAndLeavesItAsItWas() throws Exception {
        jekyllPosts(3);
        Path config = base.resolve(".contentlint.yml");
        Files.writeString(config, "rules:\n  reading-time: off\n");

        assertThatThrownBy(() -> Init.run(InitRuns.request(base)))
                .isInstanceOfSatisfying(InitException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InitException.Reason.EXISTS);
                    assertThat(e.path()).isEqualTo(config);
                })
                .hasMessageContaining(".contentlint.yml already exists");
        assertThat(Files.readString(config)).isEqualTo("rules:\n  reading-time: off\n");
        try (var files = Files.list(base)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("_posts", ".contentlint.yml");
        }
    }

    @Test
    void forceReplacesTheFileAndKeepsEveryOldOneAsABackup() throws Exception {
        jekyllPosts(3);
        Path config = base.resolve(".contentlint.yml");
        Files.writeString(config, "rules:\n  reading-time: off\n");

        InitOutcome first = Init.run(InitRuns.request(base, 0.95, true));
        assertThat(first.backup()).isEqualTo(base.resolve(".contentlint.yml.bak"));
        assertThat(Files.readString(first.backup())).isEqualTo("rules:\n  reading-time: off\n");
        String rendered = Files.readString(config);
        assertThat(rendered).startsWith("# contentlint configuration, written by init from 3 posts.");

        Files.writeString(config, "# edited by hand\n" + rendered);
        InitOutcome second = Init.run(InitRuns.request(base, 0.95, true));
        assertThat(second.backup()).isEqualTo(base.resolve(".contentlint.yml.bak.1"));
        assertThat(Files.readString(second.backup())).startsWith("# edited by hand\n");
        assertThat(Files.readString(first.backup())).isEqualTo("rules:\n  reading-time: off\n");
        assertThat(Files.readString(config)).isEqualTo(rendered);
    }

    @Test
    void aFolderWithoutPostsGetsNoFile() throws Exception {
        Files.writeString(base.resolve("README.md"), "# A project\n\nNo posts here.\n");

        assertThatThrownBy(() -> Init.run(InitRuns.request(base)))
                .isInstanceOfSatisfying(InitException.class,
                        e -> assertThat(e.reason()).isEqualTo(InitException.Reason.NO_POSTS));
        assertThat(base.resolve(".contentlint.yml")).doesNotExist();
    }

    @Test
    void aSiteWithoutExcerptsOrReadingTimesSwitchesTheirRulesOffAndItsFileNameDatesCount() throws Exception {
        jekyllPosts(4);
        post("_drafts/someday.md", "---\ntitle: Someday\n---\nAn idea for later.\n");

        InitOutcome outcome = Init.run(InitRuns.request(base));

        assertThat(Files.readString(base.resolve(".contentlint.yml"))).isEqualTo("""
                # contentlint configuration, written by init from 5 posts.
                # Site: Jekyll (_posts/ or _drafts/ (5 Markdown files)).
                # Each line says what in the posts it comes from; change what does not fit your site.

                # No includes: the defaults (_posts/, _drafts/, content/, src/content/) find this site's posts.

                # The front matter key names of this site: every rule reads the title, excerpt, date and reading
                # time through this map.
                keys:
                  title: title               # present in 5 of 5 posts
                  excerpt: excerpt           # no post has one: title-matches-excerpt is off below
                  date: date                 # present in 0 of 5 posts; the other 5 need none: 4 dated by their file names, 1 draft
                  readingTime: reading_time  # no post has one: reading-time is off below

                rules:
                  front-matter:
                    options:
                      # The keys posts carry with a value (title, excerpt, date and reading time in at least 95 % of the posts,
                      # any other key in all of them): a post without one is reported.
                      required:
                        - title  # present in 5 of 5 posts
                        - date   # present in 0 of 5 posts; the other 5 need none: 4 dated by their file names, 1 draft
                      # The type every post gives each required key: a value of another type is reported.
                      # (front-matter checks dates, reading times, tags and categories by itself.)
                      schema:
                        title: {type: string}
                  reading-time: off           # no post has a reading time (reading_time, readingTime, read_time, readTime, reading-time, readingMinutes)
                  title-matches-excerpt: off  # no post has an excerpt (excerpt, description, summary, abstract, subtitle) to compare with its title
                """);
        assertThat(outcome.inference().jekyllTargetHint()).isTrue();
        assertThat(outcome.lines()).contains("Posts: 5 (1 draft, 4 dated by their file names)",
                "  date = date: present in 0 of 5 posts; the other 5 need none: 4 dated by their file names, 1 draft");
        assertThat(InitRuns.check(base)).isEmpty();
    }

    @Test
    void theJekyllHintIsLeftOutWhenConfigYmlExcludesTarget() throws Exception {
        jekyllPosts(2);
        Files.writeString(base.resolve("_config.yml"), "title: Notes\nexclude:\n  - Gemfile\n  - target\n");
        assertThat(Init.run(InitRuns.request(base)).inference().jekyllTargetHint()).isFalse();

        Files.writeString(base.resolve("_config.yml"), "title: Notes\nexclude: [Gemfile, vendor]\n");
        assertThat(Init.run(InitRuns.request(base, 0.95, true)).inference().jekyllTargetHint()).isTrue();
    }

    @Test
    void theShareIsAParameterCountedInWholePosts() throws Exception {
        List<String> subjects = List.of("tides", "kites", "maps", "bees", "ferns", "clocks", "owls", "caves", "tea", "rain");
        for (int i = 1; i <= 10; i++) {
            String subject = subjects.get(i - 1);
            post("content/posts/p" + i + ".md", "---\ntitle: On " + subject + "\ndate: 2025-02-0" + Math.min(i, 9) + "\n"
                    + (i <= 9 ? "description: Notes on " + subject + ".\nimage: " + subject + ".png\n" : "")
                    + "---\nText.\n");
        }
        Inference strict = Init.run(InitRuns.request(base)).inference();
        assertThat(strict.required()).extracting(KeyUsage::key).containsExactly("title", "date");
        assertThat(strict.nearMisses()).extracting(KeyUsage::key).containsExactly("description", "image");
        assertThat(strict.keys().excerpt()).isEqualTo("description");

        Inference lenient = Init.run(InitRuns.request(base, 0.9, true)).inference();
        assertThat(lenient.required()).extracting(KeyUsage::key).containsExactly("title", "description", "date");
        // a key no rule reads is required only when every post has it: an image may be optional by design
        assertThat(lenient.nearMisses()).extracting(KeyUsage::key).containsExactly("image");
        assertThat(InitRuns.check(base)).containsExactly(
                "content/posts/p10.md:1:1: error [front-matter] required key \"description\" is missing: add a line"
                        + " description: … to the front matter");

        assertThatThrownBy(() -> InitRuns.request(base, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InitRuns.request(base, 1.5, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesOfMixedTypesGetNoSchemaTypeAndOddKeyNamesAreQuoted() throws Exception {
        post("src/content/blog/a.md", "---\ntitle: A\n\"hero image\": a.png\nweight: 1\n\"no\": 1\n---\nText.\n");
        post("src/content/blog/b.md", "---\ntitle: B\n\"hero image\": b.png\nweight: \"2\"\n\"no\": 2\n---\nText.\n");

        String written = Files.readString(Init.run(InitRuns.request(base)).written());

        assertThat(written).contains("        - \"hero image\"", "        - weight", "        - \"no\"",
                "        \"hero image\": {type: string}", "        \"no\": {type: integer}")
                .doesNotContain("weight: {type");
        new ConfigLoader(RuleCatalog.builtIn()).parse(written, ".contentlint.yml");
        assertThat(InitRuns.check(base)).isEmpty();
    }

    @Test
    void hugoSectionPagesAreNotCountedAndGetNoFrontMatterFindings() throws Exception {
        post("content/posts/_index.md", "+++\ntitle = \"Posts\"\n+++\nAll posts.\n");
        post("content/posts/first.md", "+++\ntitle = \"First\"\ndate = 2025-03-01\nsummary = \"The first.\"\n+++\nText.\n");
        post("content/posts/second/index.md", "+++\ntitle = \"Second\"\ndate = 2025-03-02\nsummary = \"The second.\"\n"
                + "+++\nText.\n");

        Inference inference = Init.run(InitRuns.request(base)).inference();

        assertThat(inference.kind()).isEqualTo(SiteKind.HUGO);
        assertThat(inference.posts()).isEqualTo(2);
        assertThat(inference.sectionPages()).isEqualTo(1);
        assertThat(inference.bundles()).isEqualTo(1);
        assertThat(inference.sectionPagesMissing()).containsExactly("summary");
        assertThat(Files.readString(base.resolve(".contentlint.yml"))).contains("""
                overrides:
                  # Hugo section pages (_index.md) list posts: the section page lacks summary, which posts carry.
                  - files: ["**/_index.md"]
                    rules: {front-matter: {options: {required: [title, date]}}}
                """);
        assertThat(InitRuns.check(base)).isEmpty();
    }

    @Test
    void plainFoldersGetIncludesAndRepositoryDocumentsAreNoPosts() throws Exception {
        Files.writeString(base.resolve("README.md"), "---\ntitle: Readme\n---\nAbout.\n");
        post("writing/2024/one.md", "---\ntitle: One\ndate: 2024-01-01\n---\nText.\n");
        post("writing/2025/two.markdown", "---\ntitle: Two\ndate: 2025-01-01\n---\nText.\n");
        post("docs/CHANGELOG.md", "---\ntitle: Changes\n---\nText.\n");
        post("node_modules/pkg/readme-like.md", "---\ntitle: Vendored\n---\nText.\n");

        Inference inference = Init.run(InitRuns.request(base)).inference();

        assertThat(inference.kind()).isEqualTo(SiteKind.PLAIN);
        assertThat(inference.includes()).containsExactly("writing/**/*.markdown", "writing/**/*.md");
        assertThat(inference.posts()).isEqualTo(2);
    }

    @Test
    void onTheExampleBlogInitWithDefaultSettingsThenCheckGivesExactlyTheShippedConfigurationsFindings() throws Exception {
        InitRuns.copy(Path.of("src/example"), base);
        List<String> shipped = InitRuns.check(base);
        Files.delete(base.resolve(".contentlint.yml"));

        Init.run(InitRuns.request(base));

        assertThat(InitRuns.check(base)).containsExactlyElementsOf(shipped);
        assertThat(Files.readString(base.resolve(Contentlint.CONFIG_FILE_NAME)))
                .contains("keys:\n  title: title ", "        - title ", "        - excerpt ", "        - date ",
                        "        - reading_time ");

        // 19 of its 20 posts carry an excerpt, exactly the default 95 %: a share above it leaves excerpt
        // out, and the post planted without one is then the only finding lost, so the default is what finds it
        Init.run(InitRuns.request(base, 0.96, true));
        String missingExcerpt = "_posts/2025-09-15-no-excerpt.md:1:1: error [front-matter]"
                + " required key \"excerpt\" is missing: add a line excerpt: … to the front matter";
        assertThat(shipped).contains(missingExcerpt);
        assertThat(InitRuns.check(base)).containsExactlyElementsOf(shipped.stream().filter(f -> !f.equals(missingExcerpt)).toList());
    }
}
