package io.github.contentlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.RuleOptions;
import io.github.contentlint.post.Post;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TitleMatchesExcerptRuleTest {

    private final TitleMatchesExcerptRule rule = new TitleMatchesExcerptRule();
    private final RuleContext context = RuleTesting.context(TitleMatchesExcerptRule.ID, Map.of());

    private static Post post(String name, String title, String excerpt, String body) {
        StringBuilder text = new StringBuilder("---\ntitle: \"" + title + "\"\n");
        if (excerpt != null) {
            text.append("excerpt: \"").append(excerpt).append("\"\n");
        }
        return RuleTesting.post("_posts/" + name + ".md", text.append("---\n").append(body).append('\n').toString());
    }

    @Test
    void anExcerptAboutTheTitleIsFine() {
        Post post = post("a", "梅雨どきのパン作り", "湿度の高い梅雨は、発酵を短めにしてパン作りの失敗を減らす。", "梅雨に入ると発酵が早い。");
        assertThat(RuleTesting.run(rule, context, post)).isEmpty();
    }

    @Test
    void anExcerptAboutSomethingElseIsReportedWithBothScores() {
        Post post = post("a", "Profiling a slow Gradle build",
                "Our week in the Dolomites, walking from hut to hut in late September, with rain on three days and snow on the last pass.",
                "Our Gradle build took nine minutes; profiling showed where the time went.");
        assertThat(RuleTesting.run(rule, context, post)).singleElement().satisfies(finding -> {
            assertThat(finding.start().line()).isEqualTo(3);
            assertThat(finding.message()).isEqualTo("excerpt shares almost nothing with the title (similarity 0.00,"
                    + " threshold 0.08) or with the post's opening (0.00): write an excerpt that says what this post"
                    + " is about");
        });
    }

    @Test
    void aTeaserThatAgreesWithTheOpeningIsNoFinding() {
        Post post = post("a", "Why our deploys got slower", "A story about caches, lockfiles and a patient colleague.",
                "# Why our deploys got slower\n\nThe caches looked fine, the lockfiles had not changed, and a patient"
                        + " colleague found the cause.");
        assertThat(RuleTesting.run(rule, context, post)).isEmpty();
    }

    @Test
    void aShortExcerptMayTeaseOrAddToTheTitle() {
        Post teaser = post("a", "When strict equality goes wrong", "With great power comes great responsibility.",
                "I saw this code in the wild last week.");
        Post how = post("b", "二年分の電子書籍の購入履歴を数えた", "メールを集計するスクリプトを書いた。", "今年から紙の本をやめた。");
        assertThat(RuleTesting.run(rule, context, teaser, how)).isEmpty();
    }

    @Test
    void silentWithoutAnExcerptOrWithTooFewTerms() {
        assertThat(RuleTesting.run(rule, context, post("a", "Profiling a slow Gradle build", null, "Body."))).isEmpty();
        assertThat(RuleTesting.run(rule, context, post("b", "雨", "一日じゅう、窓の外を見ていた。", "雨。"))).isEmpty();
    }

    @Test
    void aWordEveryPostUsesProvesNothing() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            posts.add(post("p" + i, "Rust topic" + i + " explained", "Rust topic" + i + " in depth", "Rust body."));
        }
        posts.add(post("odd", "Rust lifetimes explained for beginners", "Rust release party photos from Berlin",
                "Rust lifetimes tie references to scopes."));
        RuleContext strict = RuleTesting.context(TitleMatchesExcerptRule.ID,
                Map.of("threshold", 0.15, "minExcerptTerms", 3));
        // Among 31 posts that all say "rust", sharing it weighs 1 against 3.8 for a rare word: 0.11.
        assertThat(RuleTesting.run(rule, strict, posts.toArray(Post[]::new))).extracting(Finding::path)
                .containsExactly("_posts/odd.md");
        // Alone, every word weighs the same, and "rust" is a quarter of the title: 0.25.
        assertThat(RuleTesting.run(rule, strict, posts.get(30))).isEmpty();
    }

    @Test
    void templatesAreReportedPerPostAndSkeletonsAcrossPosts() {
        Post template = post("t", "新型ドローン規制の行方", "新型ドローン規制について詳細に分析します。", "登録が必要になる。");
        assertThat(RuleTesting.run(rule, context, template)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("について詳細に分析します。"));
        RuleContext two = RuleTesting.context(TitleMatchesExcerptRule.ID, Map.of("maxPostsPerSkeleton", 2));
        List<Post> posts = new ArrayList<>();
        for (String subject : List.of("電動自転車の選び方", "家庭菜園のはじめかた", "ルーターの置き場所")) {
            posts.add(post(subject, subject, subject + "について、今知っておくべきことをまとめました。", subject + "。"));
        }
        assertThat(RuleTesting.run(rule, two, posts.toArray(Post[]::new))).hasSize(3).allSatisfy(finding -> assertThat(
                finding.message()).startsWith("3 posts share this excerpt's wording once their titles' words are taken out"
                        + " (\"〇について、今知っておくべきことをまとめました。\")"));
        assertThat(RuleTesting.run(rule, context, posts.toArray(Post[]::new))).isEmpty(); // 3 is not more than 5
    }

    @Test
    void identicalExcerptsAreCounted() {
        RuleContext two = RuleTesting.context(TitleMatchesExcerptRule.ID, Map.of("maxPostsPerSkeleton", 2));
        List<Post> posts = new ArrayList<>();
        for (String subject : List.of("Gradle caches", "Maven mirrors", "Ivy resolvers")) {
            posts.add(post(subject.replace(' ', '-'), subject, "Latest build tool news and analysis every week.", "Body."));
        }
        assertThat(RuleTesting.run(rule, two, posts.toArray(Post[]::new))).hasSize(3).allSatisfy(finding -> assertThat(
                finding.message()).isEqualTo("3 posts have exactly this excerpt: write one that says what this post"
                        + " tells the reader"));
    }

    @Test
    void badOptionsAreRefused() {
        Map<String, Object> options = new HashMap<>(RuleTesting.context(TitleMatchesExcerptRule.ID, Map.of())
                .options().asMap());
        options.put("threshold", 1.5);
        assertThatThrownBy(() -> rule.validate(new RuleOptions(options))).hasMessageContaining("between 0 and 1");
        options.put("threshold", 0.1);
        options.put("templates", List.of("[unclosed"));
        assertThatThrownBy(() -> rule.validate(new RuleOptions(options))).hasMessageContaining("does not compile");
    }
}
