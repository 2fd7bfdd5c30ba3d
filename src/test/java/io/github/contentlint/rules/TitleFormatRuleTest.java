package io.github.contentlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.FrontMatterKeys;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.RuleOptions;
import io.github.contentlint.post.Post;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TitleFormatRuleTest {

    private final TitleFormatRule rule = new TitleFormatRule();
    private final RuleContext context = RuleTesting.context(TitleFormatRule.ID, Map.of());

    private List<Finding> check(String text) {
        return RuleTesting.run(rule, context, RuleTesting.post("_posts/2025-01-01-a.md", text));
    }

    @Test
    void boldMarkersAreRemovedByAFixThatKeepsTheQuotes() {
        String text = "---\ntitle: \"**春の新作**を試す\"\ndate: 2025-01-01\n---\n本文。\n";
        List<Finding> findings = check(text);
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.start().line()).isEqualTo(2);
            assertThat(finding.start().column()).isEqualTo(9);
            assertThat(finding.fix()).isNotNull();
            assertThat(RuleTesting.apply(text, finding.fix())).isEqualTo(text.replace("**春の新作**を試す", "春の新作を試す"));
        });
    }

    @Test
    void anUnpairedBoldMarkerIsRemovedInASingleQuotedTitle() {
        String text = "---\ntitle: '**What changed in 2.0'\n---\n";
        Finding finding = check(text).get(0);
        assertThat(RuleTesting.apply(text, finding.fix())).isEqualTo("---\ntitle: 'What changed in 2.0'\n---\n");
    }

    @Test
    void aHeadingMarkerAndALeakedLabelAreFixed() {
        String heading = "---\ntitle: \"## Weekly notes\"\n---\n";
        assertThat(RuleTesting.apply(heading, check(heading).get(0).fix())).isEqualTo("---\ntitle: \"Weekly notes\"\n---\n");
        String label = "---\ntitle: \"タイトル：春の庭\"\n---\n春の庭。\n";
        assertThat(RuleTesting.apply(label, check(label).get(0).fix())).isEqualTo("---\ntitle: \"春の庭\"\n---\n春の庭。\n");
    }

    @Test
    void aPelicanHeadersTitleIsFixedInPlace() {
        String text = "Title: **春の新作**を試す\nDate: 2025-01-01 10:20\n\n本文。\n";
        Finding finding = check(text).get(0);
        assertThat(finding.start()).isEqualTo(new io.github.contentlint.post.Position(1, 8));
        assertThat(RuleTesting.apply(text, finding.fix())).isEqualTo(text.replace("**春の新作**を試す", "春の新作を試す"));
        String continued = "Title: **春の新作**を\n    試す\n\n本文。\n";
        assertThat(check(continued)).singleElement().satisfies(f -> assertThat(f.fix()).isNull());
    }

    @Test
    void noFixWhenTheValueIsNotWrittenLiterally() {
        String folded = "---\ntitle: >-\n  **Folded**\n  title\n---\n";
        assertThat(check(folded)).singleElement().satisfies(finding -> assertThat(finding.fix()).isNull());
        String toml = "+++\ntitle = \"**Bold**\"\n+++\n";
        assertThat(check(toml)).singleElement().satisfies(finding -> assertThat(finding.fix()).isNull());
    }

    @Test
    void silentWithoutATitleOrWithBrokenFrontMatter() {
        assertThat(check("---\ndate: 2025-01-01\n---\n**body**\n")).isEmpty();
        assertThat(check("---\ntitle: \"**a\"\n\n**body**\n")).isEmpty(); // never closed
        assertThat(check("---\ntitle: [\"**a\"\n---\n")).isEmpty(); // not YAML
        assertThat(check("no front matter **at all**\n")).isEmpty();
        assertThat(check("---\ntitle: \"**a\"\ntitle: b\n---\n")).isEmpty(); // which title? front-matter asks
    }

    @Test
    void theSiteKeyNamesAreRead() {
        RuleContext hugo = RuleTesting.context(TitleFormatRule.ID, Map.of(),
                new FrontMatterKeys("title", "description", "date", "reading_time"));
        Post post = RuleTesting.post("content/a.md", "---\ntitle: Fine\ndescription: \"<br>broken\"\n---\n");
        assertThat(RuleTesting.run(rule, hugo, post)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).startsWith("description contains the HTML tag <br>"));
    }

    @Test
    void aDanglingParticlePointsAtTheEndNotAtAnEarlierSameCharacter() {
        assertThat(check("---\ntitle: 猫と犬と\n---\n猫と犬の話。\n")).singleElement()
                .satisfies(finding -> assertThat(finding.start().column()).isEqualTo(11));
    }

    @Test
    void danglingEndings() {
        assertThat(TitleFormatRule.danglingEnd("週末に読みたい本と", () -> "")).isEqualTo("と");
        assertThat(TitleFormatRule.danglingEnd("AIの", () -> "")).isEqualTo("の");
        assertThat(TitleFormatRule.danglingEnd("どうして空は青いの", () -> "")).isNull(); // の after a verb asks a question
        assertThat(TitleFormatRule.danglingEnd("機械学習とは", () -> "")).isNull();
        assertThat(TitleFormatRule.danglingEnd("2034年に1兆ドル突破へ", () -> "")).isNull();
        assertThat(TitleFormatRule.danglingEnd("一年、", () -> "")).isEqualTo("、");
        assertThat(TitleFormatRule.danglingEnd("買収の可能性と？", () -> "")).isEqualTo("と？");
        assertThat(TitleFormatRule.danglingEnd("無料だと？", () -> "")).isNull();
        assertThat(TitleFormatRule.danglingEnd("心理ケアを刷新す", () -> "心理ケア刷新について")).isEqualTo("す");
        // a kanji compound + す is also a verb of its own: only a post that uses it as a noun shows a cut
        assertThat(TitleFormatRule.danglingEnd("心理ケアを刷新す", () -> "")).isNull();
        assertThat(TitleFormatRule.danglingEnd("秋のキャンプ道具を見直す", () -> "道具を見直すと、見直しの順番が")).isNull();
        assertThat(TitleFormatRule.danglingEnd("フルマラソン完走を目指す", () -> "完走を目指して走った")).isNull();
        assertThat(TitleFormatRule.danglingEnd("開発を加速させ", () -> "")).isEqualTo("させ");
        assertThat(TitleFormatRule.danglingEnd("開発を加速させる", () -> "")).isNull();
        assertThat(TitleFormatRule.danglingEnd("星を愛す", () -> "")).isNull(); // one kanji: a verb of its own
        assertThat(TitleFormatRule.danglingEnd("二社の提携：そ", () -> "")).isEqualTo("そ");
        assertThat(TitleFormatRule.danglingEnd("Lessons from ten years of", () -> "")).isEqualTo("of");
        assertThat(TitleFormatRule.danglingEnd("Every Project Needs a Plan A", () -> "")).isNull();
        assertThat(TitleFormatRule.danglingEnd("Building a", () -> "")).isEqualTo("a");
    }

    @Test
    void unclosedBracketsAndQuotes() {
        assertThat(TitleFormatRule.unclosed("「はじめてのRust")).isEqualTo("「");
        assertThat(TitleFormatRule.unclosed("「Kotlin 2.0」で変わったこと")).isNull();
        assertThat(TitleFormatRule.unclosed("売上の推移（2024年")).isEqualTo("（");
        assertThat(TitleFormatRule.unclosed("雨の日 (^^;")).isNull();
        assertThat(TitleFormatRule.unclosed("My favourite 12\" records")).isNull();
        assertThat(TitleFormatRule.unclosed("Turning on the \"Quiet Mode")).isEqualTo("\"");
        assertThat(TitleFormatRule.unclosed("The \"Boring\" Stack")).isNull();
    }

    @Test
    void leakedLabels() {
        List<String> labels = List.of("タイトル", "Title");
        assertThat(TitleFormatRule.leakedLabel("タイトル：春の庭", labels)).isEqualTo("タイトル：");
        assertThat(TitleFormatRule.leakedLabel("title: lower case", labels)).isEqualTo("title: ");
        assertThat(TitleFormatRule.leakedLabel("Titles I liked this year", labels)).isNull();
        assertThat(TitleFormatRule.leakedLabel("タイトル：", labels)).isNull();
    }

    @Test
    void duplicateTitlesNameEachOther() {
        Post a = RuleTesting.post("_posts/a.md", "---\ntitle: Weekly notes\n---\n");
        Post b = RuleTesting.post("_posts/b.md", "---\ntitle: \"ｗｅｅｋｌｙ  Notes\"\n---\n");
        Post c = RuleTesting.post("_posts/c.md", "---\ntitle: Weekly notes, again\n---\n");
        List<Finding> findings = RuleTesting.run(rule, context, a, b, c);
        assertThat(findings).extracting(Finding::path, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("_posts/a.md",
                        "title \"Weekly notes\" is also the title of _posts/b.md: give each post its own title"),
                org.assertj.core.groups.Tuple.tuple("_posts/b.md",
                        "title \"ｗｅｅｋｌｙ  Notes\" is also the title of _posts/a.md: give each post its own title"));
        RuleContext off = RuleTesting.context(TitleFormatRule.ID, Map.of("duplicates", false));
        assertThat(RuleTesting.run(rule, off, a, b)).isEmpty();
    }

    @Test
    void sectionPagesMayShareATitleWithEachOtherAndWithPosts() {
        Post posts = RuleTesting.post("content/posts/_index.md", "---\ntitle: Archive\n---\n");
        Post notes = RuleTesting.post("content/notes/_index.md", "---\ntitle: Archive\n---\n");
        Post post = RuleTesting.post("content/posts/archive.md", "---\ntitle: Archive\n---\n");
        assertThat(RuleTesting.run(rule, context, posts, notes, post)).isEmpty();
    }

    @Test
    void translationsAndDraftsMayShareATitle() {
        Post en = RuleTesting.post("content/en/posts/hugo.md", "---\ntitle: Hugo Modules\n---\n");
        Post ja = RuleTesting.post("content/ja/posts/hugo.md", "---\ntitle: Hugo Modules\n---\n");
        Post suffix = RuleTesting.post("content/posts/hugo.ja.md", "---\ntitle: Hugo Modules\n---\n");
        Post draft = RuleTesting.post("_drafts/hugo.md", "---\ntitle: Hugo Modules\n---\n");
        assertThat(RuleTesting.run(rule, context, en, ja, suffix, draft)).isEmpty();
        Post other = RuleTesting.post("content/en/posts/hugo-again.md", "---\ntitle: Hugo Modules\n---\n");
        assertThat(RuleTesting.run(rule, context, en, ja, other)).extracting(Finding::path)
                .containsExactly("content/en/posts/hugo.md", "content/ja/posts/hugo.md", "content/en/posts/hugo-again.md");
        assertThat(TitleFormatRule.untranslated("content/pt-br/blog/post.md")).isEqualTo("content/blog/post.md");
        assertThat(TitleFormatRule.untranslated("_posts/2025-01-01-go.md")).isEqualTo("_posts/2025-01-01-go.md");
    }

    @Test
    void manyDuplicatesAreCountedNotAllNamed() {
        assertThat(TitleFormatRule.names(List.of("a", "b", "c", "d", "e"))).isEqualTo("a, b, c and 2 more");
        assertThat(TitleFormatRule.names(List.of("a", "b"))).isEqualTo("a and b");
    }

    @Test
    void lengthBoundsAreOffByDefault() {
        String text = "---\ntitle: " + "x".repeat(200) + "\n---\n";
        assertThat(check(text)).isEmpty();
        RuleContext bounded = RuleTesting.context(TitleFormatRule.ID, Map.of("maxLength", 60));
        assertThat(RuleTesting.run(rule, bounded, RuleTesting.post("a.md", text))).singleElement()
                .satisfies(finding -> assertThat(finding.message()).startsWith("title is 200 characters long"));
    }

    @Test
    void negativeBoundsAreRefused() {
        Map<String, Object> negative = Map.of("minLength", 0, "maxLength", -1, "minCutEvidence", 2);
        assertThatThrownBy(() -> rule.validate(new RuleOptions(negative)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLength must be 0 or more");
    }

    @Test
    void hugeTitlesAndBodiesStayCheap() {
        String title = "の可".repeat(50_000);
        String body = "可能性".repeat(300_000);
        long started = System.nanoTime();
        check("---\ntitle: \"" + title + "\"\n---\n" + body + "\n");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }
}
