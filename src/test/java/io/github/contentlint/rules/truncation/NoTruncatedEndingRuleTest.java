package io.github.contentlint.rules.truncation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.FrontMatterKeys;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.RuleOptions;
import io.github.contentlint.api.Severity;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.PostParser;
import io.github.contentlint.rules.BundleMessages;
import io.github.contentlint.rules.OptionSpec;
import io.github.contentlint.rules.RuleCatalog;
import io.github.contentlint.rules.RuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class NoTruncatedEndingRuleTest {

    private static final String FRONT = "---\ntitle: t\ndate: 2025-01-01\n---\n";
    /** Three terminated paragraphs: the punctuation style that lets evidence count. */
    private static final String STYLE = """
            朝の散歩を始めてから一か月がたった。毎日三十分ほど歩いている。

            近所の公園には季節ごとに違う花が咲く。今は紫陽花が見ごろだ。

            歩いたあとは朝ごはんがおいしい。体重も少し減った。

            """;

    private final NoTruncatedEndingRule rule = new NoTruncatedEndingRule();

    static RuleContext context(Map<String, Object> overrides) {
        RuleDescriptor descriptor = RuleCatalog.builtIn().all().stream()
                .filter(d -> d.id().equals(NoTruncatedEndingRule.ID)).findFirst().orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>();
        for (OptionSpec spec : descriptor.options().values()) {
            values.put(spec.name(), spec.defaultValue());
        }
        values.putAll(overrides);
        return new RuleContext(NoTruncatedEndingRule.ID, Severity.ERROR, new RuleOptions(values), FrontMatterKeys.DEFAULT,
                new BundleMessages(NoTruncatedEndingRule.ID, Locale.ENGLISH));
    }

    private List<Finding> check(String body) {
        return check(body, Map.of());
    }

    private List<Finding> check(String body, Map<String, Object> options) {
        Post post = new PostParser().parse("post.md", FRONT + body, StandardCharsets.UTF_8, 0);
        return rule.check(post, context(options));
    }

    private static List<Integer> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.start().line()).toList();
    }

    @Test
    void aCompleteEndingIsFine() {
        assertThat(check(STYLE + "来週も続けたい。\n")).isEmpty();
    }

    @Test
    void anEndingOnAParticleIsReportedAtItsLastCharacter() {
        List<Finding> findings = check(STYLE + "来週からは、もう少し遠くの公園まで足を\n");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.start().line()).isEqualTo(11);
            assertThat(f.start().column()).isEqualTo(19);
            assertThat(f.message()).contains("the particle 「を」").contains("finish the sentence");
        });
    }

    @Test
    void aMissingTerminatorAloneIsNoFindingInsideTheBody() {
        String body = STYLE + "まずは近所を一周するところから始めてみたい\n\n## 来月の目標\n\n一日一万歩を目指す。\n";
        assertThat(check(body)).isEmpty();
    }

    @Test
    void aPostThatNeverEndsItsSentencesGivesNoEvidenceByPunctuation() {
        String memo = "今日のメモ\n\n午前はテストの話を\n\n## 午後\n\nキャッシュの話、\n\n懇親会は欠席で\n";
        assertThat(check(memo)).isEmpty();
    }

    @Test
    void aMarkerIsEvidenceEvenInAMemoStylePost() {
        String memo = "今日のメモ\n\n午前はテストの話を\n\n---END---\n\n午前はテストの話をした\n";
        assertThat(lines(check(memo))).containsExactly(7);
    }

    @Test
    void boilerplateAfterTheArticleIsSkippedButArticleTextAfterItIsRead() {
        String body = STYLE + "最後の段落は、ここで途切れた話の\n\n---\n\n## 関連記事\n\n- [前の記事](/a/)\n\n"
                + "## 散歩の相談を受け付けています\n\nお気軽にどうぞ。\n\n[お問い合わせ](/contact/?utm_source=blog)\n{: .cta}\n";
        assertThat(lines(check(body))).containsExactly(11);

        String resumed = STYLE + "---\n\n## おすすめの本\n\n### [歩く本](https://example.com/b)\n\n歩き方を図解した入門書\n\n"
                + "### まとめ\n\n歩くことは、思っていたより奥が深い。\n";
        assertThat(check(resumed)).isEmpty();
    }

    @Test
    void aListEndsAPostUnlessItsItemsReadAsCutProse() {
        assertThat(check(STYLE + "持ち物：\n\n- 水筒\n- 帽子\n- タオル\n")).isEmpty();
        String cut = STYLE + "- 水筒を忘れずに持っていく。夏は特に大事だ。\n- 帽子をかぶる。日差しが強い日は欠かせない。\n"
                + "- タオルを首に巻いて歩くと、汗をかいても気に\n";
        assertThat(lines(check(cut))).containsExactly(13);
    }

    @Test
    void endingBlocksDecideWhatEndsAPost() {
        String body = STYLE + "最後に撮った写真は、公園の入り口で撮った一枚の\n\n![公園](/img/park.jpg)\n";
        assertThat(check(body)).isEmpty();
        assertThat(lines(check(body, Map.of("endingBlocks", List.of("list", "code"))))).containsExactly(11);
    }

    @Test
    void aHeadingIsNoEnding() {
        assertThat(check(STYLE + "## 来月の予定\n")).as("a complete heading: the block before it ends the post").isEmpty();
        assertThat(lines(check(STYLE + "来月からは、もう少し遠くの公園まで足を\n\n## 来月の予定\n"))).containsExactly(11);
        assertThat(check(STYLE + "## 来月の予定と\n")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("ends with the heading \"来月の予定と\", cut off"));
        assertThat(lines(check(STYLE + "###\n"))).as("an empty heading").containsExactly(11);
    }

    @Test
    void signoffsAreSkippedAndTheBlockBeforeThemIsChecked() {
        assertThat(check(STYLE + "以上\n")).isEmpty();
        assertThat(lines(check(STYLE + "続きはまた今度、\n\n以上\n"))).containsExactly(11);
        assertThat(check(STYLE + "それでは、\n\nおしまい\n")).as("a short comma line is a salutation").isEmpty();
        assertThat(check(STYLE + "ここまで読んでくれてありがとう、\n", Map.of("signoffs", List.of("ありがとう、$"))))
                .isEmpty();
    }

    @Test
    void emojiEndingsFollowAllowEmoji() {
        String body = STYLE + "今日はよく歩いた。明日は雨らしいので、家でゆっくり本でも読もうかな🌧\n";
        assertThat(check(body)).isEmpty();
        assertThat(check(body, Map.of("allowEmoji", false))).isEmpty(); // ends on a predicate anyway
    }

    @Test
    void insideCutsNeedEvidenceAndCheckInsideSwitchesThemOff() {
        String body = STYLE + "公園の池には、毎朝同じ時間に鴨の親子が\n\n---END---\n\n公園の池には、毎朝同じ時間に鴨の親子が来る。\n";
        assertThat(lines(check(body))).containsExactly(11);
        assertThat(check(body, Map.of("checkInside", false))).isEmpty();
    }

    @Test
    void customMarkersAreEvidence() {
        String body = STYLE + "池のまわりを二周するのが最近の日課\n\n<<<CONTINUE>>>\n\n池のまわりを二周するのが日課だ。\n";
        assertThat(check(body)).isEmpty();
        assertThat(lines(check(body, Map.of("markers", List.of("^<<<CONTINUE>>>$"))))).containsExactly(11);
    }

    @Test
    void aSetextUnderlineUnderAParagraphIsARuleNotAHeading() {
        String body = STYLE + "公園の散歩は、続けるほど楽しくなる。みなさんもぜひ歩いてみてください。\n---\n\n## 関連記事\n\n- [a](/a/)\n";
        assertThat(check(body)).isEmpty();
    }

    @Test
    void theTitleRepeatedAsTheFirstLineIsNoCut() {
        String body = "朝の散歩を続けて一か月、見えてきたこと\n\n" + STYLE
                + "朝の散歩を続けて一か月、見えてきたことを書いておく。\n";
        assertThat(check(body)).isEmpty();
    }

    @Test
    void englishPostsAreReadTheEnglishWay() {
        String style = "I started walking every morning a month ago. It takes about thirty minutes.\n\n"
                + "The park has different flowers every season. Right now it is the hydrangeas.\n\n"
                + "Breakfast tastes better afterwards. I have even lost a little weight.\n\n";
        assertThat(check(style + "Happy walking\n")).isEmpty();
        assertThat(lines(check(style + "Next month I want to try a longer route along the\n"))).containsExactly(11);
        assertThat(check(style + "Hi all,\n\nThat is all for today.\n")).isEmpty();
    }

    @Test
    void badOptionsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> rule.validate(context(Map.of("markers", List.of("(unclosed"))).options()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("markers").hasMessageContaining("(unclosed").hasMessageContaining("RE2");
        assertThatThrownBy(() -> rule.validate(context(Map.of("endingBlocks", List.of("list", "poem"))).options()))
                .hasMessageContaining("unknown kind 'poem'");
        assertThatThrownBy(() -> rule.validate(context(Map.of("styleRatio", 1.5)).options()))
                .hasMessageContaining("styleRatio");
        assertThatThrownBy(() -> rule.validate(context(Map.of("restartChars", 0)).options()))
                .hasMessageContaining("restartChars");
    }

    @Test
    void oneInstanceServesManyThreadsWithTheSameResult() throws Exception {
        String body = STYLE + "公園の池には、毎朝同じ時間に鴨の親子が\n\n---END---\n\n来週からは、もう少し遠くの公園まで足を\n";
        List<Finding> expected = check(body);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Finding>>> results = IntStream.range(0, 40).mapToObj(i -> pool.submit(() -> check(body))).toList();
            for (Future<List<Finding>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).hasSize(2);
    }

    @Test
    void theCatalogExamplesBehaveAsDocumented() {
        RuleDescriptor descriptor = RuleCatalog.builtIn().all().stream()
                .filter(d -> d.id().equals(NoTruncatedEndingRule.ID)).findFirst().orElseThrow();
        assertThat(descriptor.examples()).isNotEmpty();
        for (Map<String, Object> example : descriptor.examples()) {
            Post post = new PostParser().parse("example.md", String.valueOf(example.get("post")), StandardCharsets.UTF_8, 0);
            List<Finding> findings = rule.check(post, context(Map.of()));
            if ("good".equals(example.get("kind"))) {
                assertThat(findings).as("good example %s", example.get("post")).isEmpty();
            } else {
                assertThat(findings).as("bad example: %s", example.get("description")).isNotEmpty();
            }
        }
    }

    /** Shapes that would take quadratic time if a scan restarted per block; each must stay fast. */
    @Test
    @Timeout(60)
    void hostileShapesStayLinear() {
        String terminated = "朝の散歩を始めてから一か月がたった。毎日三十分ほど歩いている。\n\n".repeat(200);
        long started = System.nanoTime();
        check("あ".repeat(2_000_000) + "\n");
        check(terminated + "公園の池には、毎朝同じ時間に鴨の親子が来るのを見て、\n\n".repeat(20_000));
        check(terminated + "- 水筒\n\n".repeat(20_000));
        check(terminated + "[お問い合わせ](/contact/?utm_source=x)\n\n".repeat(20_000));
        check(terminated + "楽しかった" + "😀".repeat(500_000) + "\n", Map.of("allowEmoji", false));
        check(terminated + "ア".repeat(1_000_000) + "\n\n" + "ア".repeat(1_000_001) + "イ\n");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            many.append("段落").append(i).append("はきちんと終わっている文章です。とても長い段落です。\n\n");
        }
        for (int i = 0; i < 5_000; i++) {
            many.append("終わらない段落").append(i).append("が続くのですが、ここで止まってしまう長い長い文\n\n");
        }
        check(many.toString());
        assertThat(System.nanoTime() - started).as("nanoseconds for all hostile shapes").isLessThan(30_000_000_000L);
    }

    @Test
    void emptyAndOddPostsGiveNoError() {
        assertThat(check("")).isEmpty();
        assertThat(check("```\ncode only\n```\n")).isEmpty();
        assertThat(check("---END---\n")).isEmpty();
        assertThat(check("<div>\n</div>\n")).isEmpty();
        assertThat(check("> " + "> ".repeat(300) + "deep quote without end\n")).isEmpty();
    }
}
