package io.github.contentlint.rules;

import static io.github.contentlint.rules.ReadingTimeTexts.ENGLISH_14;
import static io.github.contentlint.rules.ReadingTimeTexts.JAPANESE_34;
import static io.github.contentlint.rules.ReadingTimeTexts.context;
import static io.github.contentlint.rules.ReadingTimeTexts.post;
import static io.github.contentlint.rules.ReadingTimeTexts.repeated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Fix;
import io.github.contentlint.api.FrontMatterKeys;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.RuleOptions;
import io.github.contentlint.post.Position;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.PostParser;
import io.github.contentlint.post.TextMeasure;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingTimeRuleTest {

    private static final ReadingTimeRule RULE = new ReadingTimeRule();
    private static final RuleContext DEFAULTS = context(Map.of());
    /** 60 paragraphs of 10 × 34 characters: 20,400 characters, 40.8 minutes at 500 a minute. */
    private static final String JAPANESE_41_MIN = repeated(JAPANESE_34, 10, 60, "");

    @Test
    void theTextsCountAsTheTestsAssume() {
        assertThat(TextMeasure.count(JAPANESE_34)).isEqualTo(new TextMeasure.Count(34, 0));
        assertThat(TextMeasure.count(ENGLISH_14)).isEqualTo(new TextMeasure.Count(0, 14));
    }

    @Test
    void aJapanesePostThatSaysEightGetsTheMeasuredValue() {
        String text = "---\ntitle: 冬の散歩\ndate: 2025-01-01\nreading_time: 8\n---\n\n" + JAPANESE_41_MIN;
        Post post = post(text);
        List<Finding> findings = RULE.check(post, DEFAULTS);
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.message()).isEqualTo("reading_time is 8, but the body (20,400 characters) reads in about"
                + " 41 min at 500 characters/min: set reading_time: 41");
        assertThat(finding.start()).isEqualTo(new Position(4, 1));
        assertThat(RuleTesting.apply(text, finding.fix())).isEqualTo(text.replace("reading_time: 8\n", "reading_time: 41\n"));
    }

    @Test
    void anEnglishPostIsMeasuredInWords() {
        // 700 sentences of 14 words: 9,800 words, 41.2 minutes at 238 a minute
        String text = "---\ntitle: Winter walk\nreading_time: 8 min\n---\n" + repeated(ENGLISH_14, 10, 70, " ");
        Finding finding = single(text, DEFAULTS);
        assertThat(finding.message()).isEqualTo("reading_time is 8 min, but the body (9,800 words) reads in about"
                + " 42 min at 238 words/min: set reading_time: 42 min");
        assertThat(RuleTesting.apply(text, finding.fix())).contains("reading_time: 42 min\n");
    }

    @Test
    void aMixedPostNamesBothMeasuresAndBothRates() {
        String body = repeated(JAPANESE_34, 10, 30, "") + repeated(ENGLISH_14, 10, 34, " ");
        // 10,200 characters (20.4 min) + 4,760 words (20 min) = 40.4 min
        Finding finding = single("---\nreading_time: 8\n---\n" + body, DEFAULTS);
        assertThat(finding.message()).isEqualTo("reading_time is 8, but the body (10,200 characters and 4,760 words)"
                + " reads in about 41 min at 500 characters/min and 238 words/min: set reading_time: 41");
    }

    @Test
    void anHonestValuePasses() {
        assertThat(RULE.check(post("---\nreading_time: 41\n---\n" + JAPANESE_41_MIN), DEFAULTS)).isEmpty();
        assertThat(RULE.check(post("---\nreading_time: 40\n---\n" + JAPANESE_41_MIN), DEFAULTS)).isEmpty();
    }

    @Test
    void eightForAFortyMinutePostAlwaysFails() {
        for (int paragraphs = 59; paragraphs <= 150; paragraphs++) {
            String text = "---\nreading_time: 8\n---\n" + repeated(JAPANESE_34, 10, paragraphs, "");
            assertThat(RULE.check(post(text), DEFAULTS)).as("%d paragraphs", paragraphs).hasSize(1);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "8|8|41",
        "\"8\"|8|\"41\"",
        "'8'|8|'41'",
        "8 min|8 min|41 min",
        "\"8 min\"|8 min|\"41 min\"",
        "8 mins|8 mins|41 mins",
        "8 minutes|8 minutes|41 minutes",
        "8分|8分|41分",
        "\"8分\"|8分|\"41分\"",
        "8.5|8.5|41",
        "8 # minutes, by hand|8|41 # minutes, by hand",
    })
    void everyValueFormatIsReadAndOnlyItsNumberRewritten(String written, String shown, String rewritten) {
        String text = "---\ntitle: t\nreading_time: " + written + "\ntags: [a]\n---\n" + JAPANESE_41_MIN;
        Finding finding = single(text, DEFAULTS);
        assertThat(finding.message()).startsWith("reading_time is " + shown + ", but")
                .endsWith(": set reading_time: " + rewritten.replace(" # minutes, by hand", ""));
        assertThat(RuleTesting.apply(text, finding.fix()))
                .isEqualTo(text.replace("reading_time: " + written + "\n", "reading_time: " + rewritten + "\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "8 minutes|1 minute|41 minutes",
        "8 mins|1 min|41 min",
        "8 Minutes|1 Minute|41 Minutes",
        "8 min|1 min|41 min",
        "8分|1分|41分",
    })
    void theUnitFollowsTheNewNumber(String written, String rewritten, String longer) {
        String text = "---\nreading_time: " + written + "\n---\n" + ENGLISH_14 + "\n";
        Finding finding = single(text, DEFAULTS);
        assertThat(RuleTesting.apply(text, finding.fix())).isEqualTo(text.replace(written, rewritten));
        String back = "---\nreading_time: " + rewritten + "\n---\n" + JAPANESE_41_MIN;
        assertThat(RuleTesting.apply(back, single(back, DEFAULTS).fix()))
                .isEqualTo(back.replace(rewritten, longer));
    }

    @Test
    void aRenamedKeyIsReadThroughTheKeysMap() {
        RuleContext context = context(Map.of(), new FrontMatterKeys("title", "description", "date", "readingTime"));
        String text = "---\nreadingTime: 8\nreading_time: 41\n---\n" + JAPANESE_41_MIN;
        Finding finding = single(text, context);
        assertThat(finding.message()).startsWith("readingTime is 8").endsWith("set readingTime: 41");
        assertThat(finding.start().line()).isEqualTo(2);
    }

    @Test
    void tomlAndJsonFrontMatterAreFixedInTheirOwnSyntax() {
        String toml = "+++\ntitle = \"t\"\nreading_time = 8\n+++\n" + JAPANESE_41_MIN;
        Finding tomlFinding = single(toml, DEFAULTS);
        assertThat(tomlFinding.message()).endsWith("set reading_time = 41");
        assertThat(RuleTesting.apply(toml, tomlFinding.fix())).startsWith("+++\ntitle = \"t\"\nreading_time = 41\n+++\n");
        String json = "{\n  \"title\": \"t\",\n  \"reading_time\": \"8 min\"\n}\n" + JAPANESE_41_MIN;
        Finding jsonFinding = single(json, DEFAULTS);
        assertThat(jsonFinding.message()).endsWith("set \"reading_time\": \"41 min\"");
        assertThat(RuleTesting.apply(json, jsonFinding.fix())).startsWith("{\n  \"title\": \"t\",\n  \"reading_time\": \"41 min\"\n}\n");
    }

    @Test
    void staysSilentWhenTheValueIsMissingUnreadableOrTheFrontMatterBroken() {
        assertThat(RULE.check(post("---\ntitle: t\n---\n" + JAPANESE_41_MIN), DEFAULTS)).isEmpty();
        assertThat(RULE.check(post("---\nreading_time: soon\n---\n" + JAPANESE_41_MIN), DEFAULTS)).isEmpty();
        assertThat(RULE.check(post("---\nreading_time:\n---\n" + JAPANESE_41_MIN), DEFAULTS)).isEmpty();
        assertThat(RULE.check(post("---\nreading_time: [8]\n---\n" + JAPANESE_41_MIN), DEFAULTS)).isEmpty();
        assertThat(RULE.check(post("---\nreading_time: 0\n---\n" + JAPANESE_41_MIN), DEFAULTS)).isEmpty();
        assertThat(RULE.check(post("---\nreading_time: 8\nreading_time: 9\n---\n" + JAPANESE_41_MIN), DEFAULTS))
                .isEmpty();
        assertThat(RULE.check(post("---\nreading_time: 8\n" + JAPANESE_41_MIN), DEFAULTS)).isEmpty();
        assertThat(RULE.check(post(JAPANESE_41_MIN), DEFAULTS)).isEmpty();
    }

    @Test
    void markupUrlsHtmlAndFrontMatterDoNotCount() {
        String plain = "---\nreading_time: 1\n---\n" + JAPANESE_34 + "\n";
        String marked = "---\nreading_time: 1\ntitle: \"" + "長い題名".repeat(200) + "\"\n---\n"
                + "## **" + JAPANESE_34.substring(0, 10) + "**\n\n"
                + "[" + JAPANESE_34.substring(10) + "](https://example.com/a-very-long-link-target-that-nobody-reads)"
                + " https://example.com/bare/url/that/nobody/reads <span class=\"x\">\n\n"
                + "<div class=\"note\"><!-- 読まない注釈 --></div>\n\n"
                + "{% include card.html id=\"123\" %}\n\n"
                + "![alt text that is not read](/img/a.png)\n";
        assertThat(ReadingTimeRule.measure(post(marked), DEFAULTS.options()).prose())
                .isEqualTo(ReadingTimeRule.measure(post(plain), DEFAULTS.options()).prose());
    }

    @Test
    void mdxJavaScriptDoesNotCountAndMarkdownInsideJsxDoes() {
        String text = "---\nreading_time: 1\n---\nimport Gallery from './Gallery.astro'\n"
                + "export const photos = ['beans in june', 'beans in july', 'the fence after the storm']\n\n"
                + "<Gallery\n  items={photos.map((name) => ({ name, alt: `A photo of ${name}` }))}\n  columns={3}\n/>\n\n"
                + "<Note>\n  " + JAPANESE_34 + "\n</Note>\n\n{/* more photos next week */}\n";
        Post mdx = new PostParser().parse("src/content/blog/photos.mdx", text, StandardCharsets.UTF_8, 0);
        assertThat(ReadingTimeRule.measure(mdx, DEFAULTS.options()).prose())
                .isEqualTo(ReadingTimeRule.measure(post("---\nreading_time: 1\n---\n" + JAPANESE_34 + "\n"),
                        DEFAULTS.options()).prose());
        Post markdown = new PostParser().parse("src/content/blog/photos.md", text, StandardCharsets.UTF_8, 0);
        assertThat(ReadingTimeRule.measure(markdown, DEFAULTS.options()).prose().words()).isGreaterThan(10);
    }

    @Test
    void htmlBlocksCountWithTheirTextOnly() {
        Post post = post("---\nreading_time: 1\n---\n<details>\n<summary>補足</summary>\n<p>"
                + JAPANESE_34 + "</p>\n<script>var 読まない = 1;</script>\n</details>\n");
        assertThat(ReadingTimeRule.measure(post, DEFAULTS.options()).prose())
                .isEqualTo(new TextMeasure.Count(36, 0));
    }

    @Test
    void codeCountsLikeProseByDefaultAndCanBeLeftOut() {
        String code = "```java\n" + "int total = price * count; // 合計\n".repeat(400) + "```\n";
        String text = "---\nreading_time: 30\n---\n" + ENGLISH_14 + "\n\n" + code;
        ReadingTimeRule.Reading reading = ReadingTimeRule.measure(post(text), DEFAULTS.options());
        assertThat(reading.code()).isEqualTo(new TextMeasure.Count(800, 1600));
        // 800 characters / 500 + 1,614 words / 238 = 8.4 minutes
        Finding finding = single(text, DEFAULTS);
        assertThat(finding.message()).isEqualTo("reading_time is 30, but the body (800 characters and 1,614 words)"
                + " reads in about 9 min at 500 characters/min and 238 words/min: set reading_time: 9");
        RuleContext slowCode = context(Map.of("codeWordsPerMinute", 100));
        assertThat(single(text, slowCode).message()).isEqualTo("reading_time is 30, but the body (800 characters,"
                + " 14 words and 1,600 words of code) reads in about 18 min at 500 characters/min, 238 words/min"
                + " and 100 words of code/min: set reading_time: 18");
        // Left out, code still widens what passes: tools that count it state more.
        assertThat(RULE.check(post(text.replace("reading_time: 30", "reading_time: 12")),
                context(Map.of("codeWordsPerMinute", 0)))).isEmpty();
        assertThat(single(text, context(Map.of("codeWordsPerMinute", 0))).message()).isEqualTo("reading_time is 30,"
                + " but the body (14 words) reads in about 1 min at 238 words/min: set reading_time: 1");
    }

    @Test
    void aCodeHeavyPostPassesWhetherItsToolCountedCodeOrNot() {
        String code = "```sh\n" + "mvn -B verify -Dinvoker.test=reading-time\n".repeat(300) + "```\n";
        String body = repeated(ENGLISH_14, 5, 4, " ") + code; // 280 words of prose, 1,200 of code
        // prose alone: 1.2 min; with code: 6.2 min
        for (int stated = 1; stated <= 9; stated++) {
            assertThat(RULE.check(post("---\nreading_time: " + stated + "\n---\n" + body), DEFAULTS))
                    .as("stated %d", stated).isEmpty();
        }
        assertThat(RULE.check(post("---\nreading_time: 11\n---\n" + body), DEFAULTS)).hasSize(1);
    }

    @Test
    void imagesAddSecondsWhenAskedAndMediumsAllowancePassesAnyway() {
        String images = "![a photo](/img/p.jpg)\n\n".repeat(20) + "<img src=\"/img/q.jpg\">\n\n";
        String text = "---\nreading_time: 1\n---\n" + ENGLISH_14 + "\n\n" + images;
        assertThat(ReadingTimeRule.measure(post(text), DEFAULTS.options()).images()).isEqualTo(21);
        assertThat(RULE.check(post(text), DEFAULTS)).isEmpty();
        // Medium: 12 + 11 + … + 3 for ten images, 3 s for each of 11 more: 108 s, plus 14 words
        assertThat(RULE.check(post(text.replace("reading_time: 1", "reading_time: 2")), DEFAULTS)).isEmpty();
        assertThat(RULE.check(post(text.replace("reading_time: 1", "reading_time: 3")), DEFAULTS)).isEmpty();
        assertThat(RULE.check(post(text.replace("reading_time: 1", "reading_time: 5")), DEFAULTS)).hasSize(1);
        RuleContext tenSeconds = context(Map.of("secondsPerImage", 10));
        Finding finding = single(text.replace("reading_time: 1", "reading_time: 9"), tenSeconds);
        assertThat(finding.message()).isEqualTo("reading_time is 9, but the body (14 words and 21 images) reads in"
                + " about 4 min at 238 words/min and 10 s per image: set reading_time: 4");
    }

    @Test
    void honestFormulasOfOtherToolsNeverFire() {
        Random random = new Random(20251121L);
        List<String> failures = new ArrayList<>();
        for (int units = 40; units <= 40_000; units = (int) (units * 1.09) + 1) {
            for (boolean japanese : new boolean[] {true, false}) {
                String body = decorated(ReadingTimeTexts.paragraphs(random, japanese, units), random);
                Post probe = post("---\nreading_time: 1\n---\n" + body);
                TextMeasure.Count count = ReadingTimeRule.measure(probe, DEFAULTS.options()).prose();
                long rawLength = body.codePointCount(0, body.length());
                Map<String, Long> honest = new HashMap<>();
                // Hugo: CJK runes plus other words at 501 a minute for CJK sites, words at 213 otherwise, rounded up
                honest.put("hugo", japanese ? ceilDiv(count.cjkCharacters() + count.words(), 501)
                        : ceilDiv(count.words(), 213));
                // Jekyll Minimal Mistakes: words at 200 a minute, rounded up (no CJK mode: English only)
                if (!japanese) {
                    honest.put("minimal-mistakes", Math.max(1, ceilDiv(count.words(), 200)));
                    honest.put("medium", Math.max(1, Math.round(count.words() / 265.0)));
                } else {
                    // the first users: len(body)//500+1 over the raw Markdown
                    honest.put("len//500+1", rawLength / 500 + 1);
                    honest.put("400/min", Math.max(1, ceilDiv(count.cjkCharacters(), 400)));
                    honest.put("600/min floor", Math.max(1, count.cjkCharacters() / 600));
                }
                for (Map.Entry<String, Long> entry : honest.entrySet()) {
                    String text = "---\nreading_time: " + entry.getValue() + "\n---\n" + body;
                    if (!RULE.check(post(text), DEFAULTS).isEmpty()) {
                        failures.add(entry.getKey() + " " + entry.getValue() + " on " + count);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theRawLengthFormulaPassesOnAJapanesePostFullOfCodeAndLinks() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            body.append(JAPANESE_34).append(" [参考](https://example.com/docs/reference/page-").append(i).append(")\n\n")
                    .append("```js\nconst copy = [...items].map((item) => ({ ...item, done: false }));\n```\n\n");
        }
        long raw = body.codePointCount(0, body.length());
        long stated = raw / 500 + 1;
        ReadingTimeRule.Reading reading = ReadingTimeRule.measure(post("---\n---\n" + body), DEFAULTS.options());
        assertThat(stated).as("the raw formula states far more than the text reads")
                .isGreaterThan((long) Math.ceil(reading.generousMinutes() * 1.5));
        assertThat(RULE.check(post("---\nreading_time: " + stated + "\n---\n" + body), DEFAULTS)).isEmpty();
        assertThat(RULE.check(post("---\nreading_time: " + (stated + 1) + "\n---\n" + body), DEFAULTS)).hasSize(1);
    }

    @Test
    void underHalfOrOverTwiceTheTimeFailsForPostsOfFiveMinutesOrMore() {
        // The passing values form an interval: checking the nearest value outside each side is enough.
        List<String> missed = new ArrayList<>();
        for (int paragraphs = 8; paragraphs <= 180; paragraphs++) {
            String body = repeated(JAPANESE_34, 10, paragraphs, "");
            double minutes = paragraphs * 340 / 500.0;
            if (minutes < 5) {
                continue;
            }
            long underHalf = (long) Math.ceil(minutes / 2) - 1;
            long overTwice = (long) Math.floor(minutes * 2) + 1;
            for (long stated : new long[] {underHalf, overTwice}) {
                if (RULE.check(post("---\nreading_time: " + stated + "\n---\n" + body), DEFAULTS).isEmpty()) {
                    missed.add(stated + " for " + minutes);
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void aStatedValueWithinFifteenPercentPasses() {
        for (int paragraphs = 1; paragraphs <= 180; paragraphs++) {
            String body = repeated(JAPANESE_34, 10, paragraphs, "");
            double minutes = paragraphs * 340 / 500.0;
            long least = Math.max(1, (long) Math.ceil(minutes * 0.85));
            long most = (long) Math.floor(minutes * 1.15);
            for (long stated = least; stated <= most; stated += Math.max(1, most - least)) {
                assertThat(RULE.check(post("---\nreading_time: " + stated + "\n---\n" + body), DEFAULTS))
                        .as("%d for %.2f minutes", stated, minutes).isEmpty();
            }
        }
    }

    @Test
    void maximumKeepsACappedValueAndCapsTheValueToWrite() {
        // 85 paragraphs: 57.8 minutes
        String body = repeated(JAPANESE_34, 10, 85, "");
        RuleContext capped = context(Map.of("maximum", 20, "minimum", 3));
        assertThat(RULE.check(post("---\nreading_time: 20\n---\n" + body), capped)).isEmpty();
        assertThat(RULE.check(post("---\nreading_time: 20\n---\n" + body), DEFAULTS)).hasSize(1);
        Finding finding = single("---\nreading_time: 8\n---\n" + body, capped);
        assertThat(finding.message()).isEqualTo("reading_time is 8, but the body (28,900 characters) reads in about"
                + " 58 min at 500 characters/min, above the maximum 20: set reading_time: 20");
    }

    @Test
    void minimumIsTheValueOfShortPosts() {
        String text = "---\nreading_time: 1\n---\n" + JAPANESE_34 + "\n";
        RuleContext floored = context(Map.of("minimum", 3));
        assertThat(single(text, floored).message()).isEqualTo("reading_time is 1, but the body (34 characters)"
                + " reads in about 1 min at 500 characters/min, below the minimum 3: set reading_time: 3");
        assertThat(RULE.check(post(text.replace("reading_time: 1", "reading_time: 3")), floored)).isEmpty();
        assertThat(RULE.check(post(text), DEFAULTS)).isEmpty();
    }

    @Test
    void anEmptyBodyReadsInAMinute() {
        Finding finding = single("---\nreading_time: 8\n---\n", DEFAULTS);
        assertThat(finding.message()).isEqualTo("reading_time is 8, but the body (0 words) reads in about 0 min at"
                + " 238 words/min: set reading_time: 1");
        assertThat(RULE.check(post("---\nreading_time: 1\n---\n"), DEFAULTS)).isEmpty();
    }

    @Test
    void addMissingAddsTheKeyBeforeTheClosingLineInTheFilesLineEndings() {
        RuleContext adding = context(Map.of("addMissing", true));
        String text = "---\r\ntitle: 冬\r\ndate: 2025-01-01\r\n---\r\n" + JAPANESE_41_MIN.replace("\n", "\r\n");
        Finding finding = single(text, adding);
        assertThat(finding.message()).isEqualTo("reading_time is missing, and the body (20,400 characters) reads in"
                + " about 41 min at 500 characters/min: add reading_time: 41");
        assertThat(finding.start().line()).isEqualTo(4);
        assertThat(RuleTesting.apply(text, finding.fix()))
                .isEqualTo(text.replace("date: 2025-01-01\r\n---", "date: 2025-01-01\r\nreading_time: 41\r\n---"));
        String toml = "+++\ntitle = \"冬\"\n+++\n" + JAPANESE_41_MIN;
        assertThat(RuleTesting.apply(toml, single(toml, adding).fix())).startsWith("+++\ntitle = \"冬\"\nreading_time = 41\n+++\n");
        String json = "{\"title\": \"冬\"}\n" + JAPANESE_41_MIN;
        assertThat(single(json, adding).fix()).isNull();
        assertThat(RULE.check(post("---\ntitle: 冬\n---\n" + JAPANESE_41_MIN), DEFAULTS)).isEmpty();
    }

    @Test
    void aPelicanHeaderGetsItsValueFixedAndAMissingKeyAddedInItsOwnForm() {
        String text = "Title: 冬の散歩\nReading_time: 8 minutes\n\n" + JAPANESE_41_MIN;
        Finding finding = single(text, DEFAULTS);
        assertThat(finding.message()).endsWith("set Reading_time: 41 minutes");
        assertThat(finding.start()).isEqualTo(new Position(2, 1));
        assertThat(RuleTesting.apply(text, finding.fix())).startsWith("Title: 冬の散歩\nReading_time: 41 minutes\n\n");

        RuleContext adding = context(Map.of("addMissing", true));
        String crlf = "Title: 冬\r\nDate: 2025-01-01 09:30\r\n\r\n" + JAPANESE_41_MIN.replace("\n", "\r\n");
        Finding missing = single(crlf, adding);
        assertThat(missing.message()).endsWith("add Reading_time: 41");
        assertThat(missing.start().line()).isEqualTo(2);
        assertThat(RuleTesting.apply(crlf, missing.fix()))
                .startsWith("Title: 冬\r\nDate: 2025-01-01 09:30\r\nReading_time: 41\r\n\r\n");
        String lower = "title: 冬";
        assertThat(RuleTesting.apply(lower, single(lower, adding).fix())).isEqualTo("title: 冬\nreading_time: 1");
        // a key a metadata header cannot hold gets the finding without a fix
        RuleContext spaced = context(Map.of("addMissing", true), new FrontMatterKeys("title", "excerpt", "date", "reading time"));
        Finding unfixable = single("Title: 冬\n\n" + JAPANESE_41_MIN, spaced);
        assertThat(unfixable.fix()).isNull();
    }

    @Test
    void theFixIsAByteRangeOfTheFileAsStoredWithItsBomAndEncoding() {
        String text = "---\ntitle: 冬の散歩\nreading_time: 8分\n---\n" + JAPANESE_41_MIN;
        Charset shiftJis = Charset.forName("Shift_JIS");
        Post post = new PostParser().parse("_posts/a.md", text, shiftJis, 0);
        Fix fix = single(post, DEFAULTS).fix();
        byte[] bytes = text.getBytes(shiftJis);
        int start = "---\ntitle: 冬の散歩\nreading_time: ".getBytes(shiftJis).length;
        assertThat(fix).isEqualTo(new Fix(start, start + 1, "41"));
        assertThat(new String(bytes, (int) fix.startByte(), 1, shiftJis)).isEqualTo("8");
        Post withBom = new PostParser().parse("_posts/a.md", text, StandardCharsets.UTF_8, 3);
        int utf8Start = 3 + "---\ntitle: 冬の散歩\nreading_time: ".getBytes(StandardCharsets.UTF_8).length;
        assertThat(single(withBom, DEFAULTS).fix()).isEqualTo(new Fix(utf8Start, utf8Start + 1, "41"));
    }

    @Test
    void badOptionsAreRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> RULE.validate(options(Map.of("tolerance", 0.5))))
                .hasMessageContaining("tolerance is a factor of 1 or more");
        assertThatThrownBy(() -> RULE.validate(options(Map.of("charactersPerMinute", 0))))
                .hasMessageContaining("charactersPerMinute must be a positive number");
        assertThatThrownBy(() -> RULE.validate(options(Map.of("codeWordsPerMinute", -1))))
                .hasMessageContaining("codeWordsPerMinute must be 0");
        assertThatThrownBy(() -> RULE.validate(options(Map.of("minimum", 30, "maximum", 20))))
                .hasMessageContaining("minimum 30 is above maximum 20");
        RULE.validate(options(Map.of()));
    }

    private static RuleOptions options(Map<String, Object> overrides) {
        return context(overrides).options();
    }

    private static Finding single(String text, RuleContext context) {
        return single(post(text), context);
    }

    private static Finding single(Post post, RuleContext context) {
        List<Finding> findings = RULE.check(post, context);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private static long ceilDiv(long a, long b) {
        return Math.max(1, (a + b - 1) / b);
    }

    /** Markdown around the paragraphs, as a real post has it, so that raw-length formulas see markup. */
    private static String decorated(List<String> paragraphs, Random random) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            switch (random.nextInt(6)) {
                case 0 -> body.append("## ").append(paragraph, 0, Math.min(20, paragraph.length())).append("\n\n")
                        .append(paragraph);
                case 1 -> body.append("- **").append(paragraph).append("**");
                case 2 -> body.append(paragraph).append(" [link](https://example.com/posts/")
                        .append(random.nextInt(1000)).append(")");
                default -> body.append(paragraph);
            }
            body.append("\n\n");
        }
        return body.toString();
    }
}
