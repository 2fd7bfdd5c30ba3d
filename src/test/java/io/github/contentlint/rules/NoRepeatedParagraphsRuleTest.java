package io.github.contentlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.FrontMatterKeys;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.RuleOptions;
import io.github.contentlint.api.Severity;
import io.github.contentlint.post.Block;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.PostParser;
import io.github.contentlint.report.ConsoleReport;
import io.github.contentlint.rules.repeat.RepeatFinder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoRepeatedParagraphsRuleTest {

    private static final NoRepeatedParagraphsRule RULE = new NoRepeatedParagraphsRule();
    private static final RuleDescriptor DESCRIPTOR = RuleCatalog.builtIn().get(NoRepeatedParagraphsRule.ID);

    private static final String GARDEN = "いちばん大きな失敗は水のやりすぎでした。土の表面が乾いてから、たっぷり与えるのが基本です。";
    private static final String SUMMER = "真夏は朝と夕方の二回に分けます。昼間に水をやると鉢の中が蒸れて、根を傷めます。";

    private static RuleOptions options(Map<String, Object> overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        DESCRIPTOR.options().values().forEach(spec -> values.put(spec.name(), spec.defaultValue()));
        values.putAll(overrides);
        return new RuleOptions(values);
    }

    private static List<Finding> lint(String text, Map<String, Object> overrides) {
        Post post = new PostParser().parse("_posts/post.md", text, StandardCharsets.UTF_8, 0);
        RuleOptions options = options(overrides);
        RULE.validate(options);
        RuleContext context = new RuleContext(NoRepeatedParagraphsRule.ID, Severity.ERROR, options,
                FrontMatterKeys.DEFAULT, new BundleMessages(NoRepeatedParagraphsRule.ID, Locale.ENGLISH));
        return RULE.check(post, context);
    }

    private static List<String> lines(String text) {
        return lint(text, Map.of()).stream().map(f -> ConsoleReport.line(f).substring(f.path().length() + 1)).toList();
    }

    private static String post(String body) {
        return "---\ntitle: t\ndate: 2025-07-01\n---\n" + body;
    }

    @Test
    void theCatalogExamplesHoldTrue() {
        for (Map<String, Object> example : DESCRIPTOR.examples()) {
            String text = String.valueOf(example.get("post"));
            List<String> expected = example.get("findings") instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList() : List.of();
            assertThat(lines(text)).as("example: %s", example.get("description")).containsExactlyElementsOf(expected);
        }
        assertThat(DESCRIPTOR.examples()).anyMatch(example -> "bad".equals(example.get("kind")))
                .anyMatch(example -> "good".equals(example.get("kind")));
    }

    @Test
    void aSectionFindingSpansTheWholeCopy() {
        String text = post("## 水やり\n\n" + GARDEN + "\n\n" + SUMMER + "\n\n## 水やり\n\n" + GARDEN + "\n\n" + SUMMER + "\n");
        List<Finding> findings = lint(text, Map.of());
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.start().line()).isEqualTo(11);
        assertThat(finding.end().line()).isEqualTo(15);
        assertThat(finding.message()).isEqualTo("lines 11–15 repeat lines 5–9 (3 paragraphs): delete the repeated section");
    }

    @Test
    void urlsAreTakenOutBeforeComparing() {
        assertThat(NoRepeatedParagraphsRule.withoutUrls("取得は <URL:ftp://ftp.example.org/pub/a-1.2.tar.gz> から。"))
                .isEqualTo("取得は <URL: > から。");
        assertThat(NoRepeatedParagraphsRule.withoutUrls("see https://example.com/a?b=c and http://x.org."))
                .isEqualTo("see   and  ");
        assertThat(NoRepeatedParagraphsRule.withoutUrls("no address here: just ://")).isEqualTo("no address here: just ://");
        String references = "[1]: {{ site.url }}/download/tool\n[2]: https://archive.example.org/pub/tool/1.2/changes-1.2.txt\n"
                + "[3]: https://wiki.example.jp/view?name=changes-1.2.ja\n";
        String sentence = "変更点は <URL:https://archive.example.org/pub/tool/1.2/changes-1.2.txt>(英語)と "
                + "<URL:https://wiki.example.jp/view?name=changes-1.2.ja>(日本語)を見てください。";
        assertThat(lint(post(sentence + "\n\n" + references), Map.of())).isEmpty();
    }

    @Test
    void lineNumbersAboveAThousandHaveNoGrouping() {
        String text = post("\n".repeat(1200) + GARDEN + "\n\n" + SUMMER + "\n\n" + GARDEN + "\n");
        assertThat(lint(text, Map.of())).extracting(Finding::message)
                .containsExactly("this paragraph repeats line 1205 word for word: delete the copy");
    }

    @Test
    void crlfLineEndingsGiveTheSameFindings() {
        String text = post(GARDEN + "\n\n" + SUMMER + "\n\n" + GARDEN + "\n");
        assertThat(lines(text.replace("\n", "\r\n"))).isEqualTo(lines(text)).hasSize(1);
    }

    @Test
    void optionsChangeWhatCounts() {
        String text = post("- " + GARDEN + "\n- " + SUMMER + "\n- " + GARDEN + "\n");
        assertThat(lint(text, Map.of())).hasSize(1);
        assertThat(lint(text, Map.of("blocks", List.of("paragraph", "heading")))).isEmpty();
        assertThat(lint(text, Map.of("minLength", 100))).isEmpty();
    }

    @Test
    void badOptionValuesSayWhatToWrite() {
        assertThatThrownBy(() -> RULE.validate(options(Map.of("similarity", 0.3))))
                .hasMessageContaining("similarity must be above 0.5");
        assertThatThrownBy(() -> RULE.validate(options(Map.of("blocks", List.of("paragraph", "code")))))
                .hasMessage("blocks: 'code' is not one of paragraph, heading, list-item, quote, table");
        assertThatThrownBy(() -> RULE.validate(options(Map.of("nearBlocks", -1))))
                .hasMessageContaining("nearBlocks must be 0 or more");
        assertThatThrownBy(() -> RULE.validate(options(Map.of("minLength", 0))))
                .hasMessageContaining("minLength must be at least 1");
    }

    @Test
    void listsOfLinksAreNavigationNotText() {
        assertThat(NoRepeatedParagraphsRule.isLinkOnly("[Part 1: the base](/2025/07/05/feeder-1/)")).isTrue();
        assertThat(NoRepeatedParagraphsRule.isLinkOnly("**[地域別ガイドを見る →](/guide/)**")).isTrue();
        assertThat(NoRepeatedParagraphsRule.isLinkOnly("[東京都](/tokyo/) | [大阪府](/osaka/)")).isTrue();
        assertThat(NoRepeatedParagraphsRule.isLinkOnly("詳しくは[こちら](/more/)をご覧ください。")).isFalse();
        assertThat(NoRepeatedParagraphsRule.isLinkOnly("No links at all")).isFalse();
        // a line full of brackets stays linear (RE2J)
        assertThat(NoRepeatedParagraphsRule.isLinkOnly("[".repeat(200_000))).isFalse();
        assertThat(NoRepeatedParagraphsRule.isLinkOnly("[x](".repeat(100_000))).isFalse();
        assertThat(NoRepeatedParagraphsRule.isLinkOnly("<http".repeat(100_000))).isFalse();
    }

    @Test
    void hatenaEmbedsAreNotText() {
        assertThat(NoRepeatedParagraphsRule.isLinkOnly("[f:id:gardener:20190901101500p:plain:alt=グラフ 1]")).isTrue();
        assertThat(NoRepeatedParagraphsRule.isLinkOnly("[https://example.com/a:embed:cite]")).isTrue();
        assertThat(NoRepeatedParagraphsRule.isLinkOnly("[注: 数字は概算]です")).isFalse();
        assertThat(NoRepeatedParagraphsRule.isLinkOnly("[note: figures are rough] and more")).isFalse();
        assertThat(NoRepeatedParagraphsRule.isLinkOnly("[a".repeat(100_000))).isFalse();
    }

    @Test
    void whatLeadsAFindingByItself() {
        assertThat(unit("## まとめ").leads()).isFalse();
        assertThat(unit("> " + GARDEN).leads()).isFalse();
        assertThat(unit("Run the tests again:").leads()).isFalse();
        assertThat(unit("Close the books and fold the chairs,\nLeave the pencils on the stairs,").leads()).isFalse();
        assertThat(unit(GARDEN).leads()).isTrue();
        // headings that hold sentences are paragraphs in disguise
        assertThat(unit("## " + GARDEN).leads()).isTrue();
        assertThat(unit("あなたなら、仕事と私生活の予定をどう管理しますか？\n---").leads()).isTrue();
        assertThat(unit("Notes\n-----").leads()).isFalse();
    }

    private static RepeatFinder.Unit unit(String markdown) {
        Post post = new PostParser().parse("p.md", markdown + "\n", StandardCharsets.UTF_8, 0);
        Block block = post.blocks().get(0);
        return NoRepeatedParagraphsRule.unit(block, 20);
    }
}
