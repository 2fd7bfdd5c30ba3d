package io.github.contentlint.rules.repeat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.rules.repeat.RepeatFinder.Kind;
import io.github.contentlint.rules.repeat.RepeatFinder.Repeat;
import io.github.contentlint.rules.repeat.RepeatFinder.Result;
import io.github.contentlint.rules.repeat.RepeatFinder.Settings;
import io.github.contentlint.rules.repeat.RepeatFinder.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RepeatFinderTest {

    private static final Settings DEFAULTS = new Settings(8, 20, 0.8, 2, 1, 16);

    private static final String GARDEN = "いちばん大きな失敗は水のやりすぎでした。土の表面が乾いてから、鉢の底から水が流れ出るまでたっぷり与えるのが基本です。";
    private static final String SUMMER = "真夏は朝と夕方の二回に分けます。昼間に水をやると鉢の中が蒸れてしまい、かえって根を傷めることになります。";
    private static final String SAUCER = "受け皿にたまった水はすぐに捨てましょう。これだけで根腐れがぐっと減りました。";
    private static final String SOIL = "土は市販の培養土で十分です。二年目からは古い土をふるいにかけ、腐葉土を混ぜて使い回しています。";
    private static final String BOOKS = "Our book club started with four neighbours and a shared love of long novels. Three years later we are eleven.";
    private static final String RULE = "The most useful rule was simple: whoever picks the book also brings the questions. It keeps the discussion focused.";
    private static final String CAFES = "We also stopped meeting in cafés. Living rooms are quieter, and people stay longer when they are not watching the clock.";

    private static Unit para(String text) {
        return new Unit(FoldedText.of(text), true, text);
    }

    private static Unit item(String text) {
        return new Unit(FoldedText.of(text), true, text, true);
    }

    private static Unit heading(String text) {
        return new Unit(FoldedText.of(text), false, text);
    }

    private static List<Repeat> find(Unit... units) {
        return new RepeatFinder(DEFAULTS).find(Arrays.asList(units)).repeats();
    }

    private static final String MORNING_BUS = "By the morning bus: you hand the parcel to the driver at the stop outside the"
            + " bakery, and the depot in town posts it for you the same afternoon. Costs the fare plus a small fee.";
    private static final String EVENING_BUS = "By the evening bus: you hand the parcel to the driver at the stop outside the"
            + " bakery, and the depot in town posts it for you the next afternoon. Costs only the fare.";

    @Test
    void listItemsWrittenToOnePatternAreNoCopyButANearlyIdenticalItemIs() {
        assertThat(find(item(MORNING_BUS), item(EVENING_BUS))).isEmpty();
        // the same two texts as paragraphs: one is a rewrite of the other
        assertThat(find(para(MORNING_BUS), para(EVENING_BUS))).containsExactly(new Repeat(1, 1, 0, 0, 1, Kind.NEAR));
        String edited = MORNING_BUS.replace("a small fee", "a fee");
        assertThat(find(item(MORNING_BUS), item(EVENING_BUS), item(edited))).containsExactly(new Repeat(2, 2, 0, 0, 1, Kind.NEAR));
    }

    @Test
    void aSentenceRestatedInsideAClosingParagraphFarAwayIsARefrainButAParagraphRestartedWithItIsACopy() {
        String booking = "You can book a trial session on the website or by calling the front desk after six in the evening.";
        String closing = "If you have read this far, we would be grateful for an hour of your time before the launch. " + booking
                + " Tell the coach on duty what worked and what did not.";
        assertThat(find(para(booking), para(BOOKS), para(RULE), para(CAFES), para(closing))).isEmpty();
        String restarted = booking + " Tell the coach on duty what worked and what did not, or leave a note in the box by the door.";
        assertThat(find(para(booking), para(BOOKS), para(RULE), para(CAFES), para(restarted)))
                .containsExactly(new Repeat(4, 4, 0, 0, 1, Kind.CONTAINS));
        // a paragraph of several sentences held whole inside a later one is a copy however far away
        String advice = RULE + " " + CAFES;
        assertThat(find(para(advice), para(BOOKS), para(GARDEN), para(SUMMER), para("One more thing we learned the hard way, in our second year. " + advice + " Nobody has asked to go back to the old way since.")))
                .containsExactly(new Repeat(4, 4, 0, 0, 1, Kind.CONTAINS));
    }

    @Test
    void anExactRepeatNamesTheOriginal() {
        assertThat(find(para(GARDEN), para(SUMMER), para(SAUCER), para(SOIL), para(GARDEN)))
                .containsExactly(new Repeat(4, 4, 0, 0, 1, Kind.EXACT));
    }

    @Test
    void aCopyBehindAnEllipsisOrInQuotesIsExact() {
        assertThat(find(para(GARDEN), para(SUMMER), para("…" + GARDEN))).containsExactly(new Repeat(2, 2, 0, 0, 1, Kind.EXACT));
        assertThat(find(para(BOOKS), para(RULE), para("\"" + BOOKS + "\""))).containsExactly(new Repeat(2, 2, 0, 0, 1, Kind.EXACT));
    }

    @Test
    void aNearCopyWithSmallEdits() {
        String edited = RULE.replace("was simple", "was very simple").replace("focused", "short");
        assertThat(find(para(RULE), para(CAFES), para(edited)))
                .containsExactly(new Repeat(2, 2, 0, 0, 1, Kind.NEAR));
    }

    @Test
    void aCopyCutShort() {
        String cut = BOOKS.substring(0, (int) (BOOKS.length() * 0.65));
        assertThat(find(para(BOOKS), para(RULE), para(CAFES), para(cut)))
                .containsExactly(new Repeat(3, 3, 0, 0, 1, Kind.CUT_SHORT));
    }

    @Test
    void aSentenceRepeatedWholeFarAwayIsARefrainButOneCutMidwayIsACopy() {
        String first = "Our book club started with four neighbours and a shared love of long novels.";
        assertThat(find(para(BOOKS), para(RULE), para(CAFES), para(first))).isEmpty();
        assertThat(find(para(BOOKS), para(RULE), para(CAFES), para(first.substring(0, 60))))
                .containsExactly(new Repeat(3, 3, 0, 0, 1, Kind.CUT_SHORT));
    }

    @Test
    void aLastSentenceRepeatedAsItsOwnParagraph() {
        assertThat(find(para(GARDEN), para("土の表面が乾いてから、鉢の底から水が流れ出るまでたっぷり与えるのが基本です。")))
                .containsExactly(new Repeat(1, 1, 0, 0, 1, Kind.PART));
    }

    @Test
    void aCutParagraphRestartedAndFinished() {
        String cut = SUMMER.substring(0, 30);
        assertThat(find(para(cut), para("---END---"), para("..." + SUMMER)))
                .containsExactly(new Repeat(2, 2, 0, 0, 1, Kind.CONTAINS));
    }

    @Test
    void paragraphsFlattenedIntoOneBlock() {
        assertThat(find(para(GARDEN), para(SUMMER), para(SAUCER), para(SOIL), para(GARDEN + SUMMER + SAUCER)))
                .containsExactly(new Repeat(4, 4, 0, 2, 1, Kind.MERGED));
    }

    @Test
    void aRewriteThatSharesOnlyItsOpeningWordsIsNoCopy() {
        String rewrite = "いちばん大きな失敗は水のやりすぎでした。それ以来、指で土を触って湿り気を確かめてから水をやるようにしています。";
        assertThat(find(para(GARDEN), para(SUMMER), para(rewrite))).isEmpty();
    }

    @Test
    void aRepeatedSectionIsOneFindingWithBothRanges() {
        List<Repeat> repeats = find(heading("水やりのコツ"), para(GARDEN), para(SUMMER), para(SAUCER), para(SOIL),
                heading("水やりのコツ"), para(GARDEN), para(SUMMER), para(SAUCER));
        assertThat(repeats).containsExactly(new Repeat(5, 8, 0, 3, 4, Kind.SECTION));
    }

    @Test
    void aSectionCopiedTwiceMoreGivesTwoFindingsNamingTheOriginal() {
        List<Repeat> repeats = find(heading("水やりのコツ"), para(GARDEN), para(SUMMER), para(SAUCER), para("---END---"),
                heading("水やりのコツ"), para(GARDEN), para(SUMMER), para(SAUCER), para("---END---"),
                heading("水やりのコツ"), para("…" + GARDEN), para(SUMMER), para(SAUCER));
        assertThat(repeats).containsExactly(new Repeat(5, 8, 0, 3, 4, Kind.SECTION), new Repeat(10, 13, 0, 3, 4, Kind.SECTION));
    }

    @Test
    void aLoopStartsANewFindingAtEachReturn() {
        List<Repeat> repeats = find(para(BOOKS), para(RULE), para(CAFES), para(BOOKS), para(RULE), para(CAFES),
                para(BOOKS), para(RULE));
        assertThat(repeats).extracting(Repeat::firstUnit).containsExactly(3, 6);
        assertThat(repeats).allMatch(repeat -> repeat.firstSource() == 0);
    }

    @Test
    void headingsAndShortLinesOnlyJoinASection() {
        assertThat(find(heading("まとめ"), para(GARDEN), heading("まとめ"), para(SOIL))).isEmpty();
        assertThat(find(heading("長い見出しでも見出しだけの繰り返しは報告しない"), para(GARDEN),
                heading("長い見出しでも見出しだけの繰り返しは報告しない"), para(SOIL))).isEmpty();
        assertThat(find(para("Ride slower."), para(BOOKS), para("Ride slower."))).isEmpty();
    }

    @Test
    void aLoneSentenceCountsNearItsOriginalOrBehindAnEllipsisButNotFarAway() {
        String sentence = "私たちがどのような未来を築くのか、その選択は今、私たちの手に委ねられているのです。";
        assertThat(find(para(sentence), para(GARDEN), para(sentence))).hasSize(1);
        assertThat(find(para(sentence), para(GARDEN), para(SUMMER), para(SAUCER), para(sentence))).isEmpty();
        assertThat(find(para(sentence), para(GARDEN), para(SUMMER), para(SAUCER), para("…" + sentence))).hasSize(1);
    }

    @Test
    void twoShortSentencesFarAwayAreACallToActionNotACopy() {
        String thanks = "Thanks for reading! Forward this to a friend who likes digging.";
        assertThat(find(para(thanks), para(BOOKS), para(RULE), para(CAFES), para(thanks))).isEmpty();
        assertThat(find(para(thanks), para(thanks))).hasSize(1);
    }

    @Test
    void aParagraphOfTwoSentencesCountsAtAnyDistance() {
        assertThat(find(para(GARDEN), para(SAUCER), para(SUMMER), para(SOIL), para(BOOKS), para(GARDEN)))
                .containsExactly(new Repeat(5, 5, 0, 0, 1, Kind.EXACT));
        String longer = RULE + " Nobody has to prepare everything alone, and nobody arrives without having read the book.";
        assertThat(find(para(longer), para(BOOKS), para(CAFES), para(SOIL), para(longer)))
                .containsExactly(new Repeat(4, 4, 0, 0, 1, Kind.EXACT));
    }

    @Test
    void aShortBlockNeverStartsAFinding() {
        assertThat(find(para("Bug fixes and performance."), para(BOOKS), para("Bug fixes and performance."))).isEmpty();
    }

    @Test
    void twoThousandParagraphsCostLinearWork() {
        Random random = new Random(20250701);
        String[] syllables = "かきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ".split("");
        List<Unit> units = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long shingles = 0;
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder("正直なところ、"); // a stock opening shared by every paragraph
            for (int sentence = 0; sentence < 3; sentence++) {
                for (int c = 0; c < 40; c++) {
                    text.append(syllables[random.nextInt(syllables.length)]);
                }
                text.append('。');
            }
            texts.add(text.toString());
        }
        // three paragraphs pasted again far from their originals
        texts.set(1500, texts.get(100));
        texts.set(1700, texts.get(200));
        texts.set(1999, texts.get(5));
        for (String text : texts) {
            Unit unit = para(text);
            units.add(unit);
            shingles += unit.text().length() - 8 + 1;
        }
        Result result = new RepeatFinder(DEFAULTS).find(units);
        assertThat(result.repeats()).extracting(Repeat::firstUnit, Repeat::firstSource)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1500, 100), org.assertj.core.groups.Tuple.tuple(1700, 200),
                        org.assertj.core.groups.Tuple.tuple(1999, 5));
        // each shingle reads at most 16 postings, twice; all pairs would be 2,000 x 1,999 / 2 = 1,999,000
        assertThat(result.postingVisits()).isLessThanOrEqualTo(2 * 16 * shingles);
        assertThat(result.candidatePairs()).isLessThan(40_000);
    }

    @Test
    void aPostBeyondTheIndexLimitIsStillCheckedAndStaysBounded() {
        Random random = new Random(7);
        List<Unit> units = new ArrayList<>();
        int total = 0;
        while (total <= RepeatFinder.MAX_SHINGLES + 100_000) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 5_000; c++) {
                text.append((char) ('\u4E00' + random.nextInt(2_000))).append(c % 50 == 49 ? "。" : "");
            }
            units.add(para(text.toString()));
            total += 5_000;
        }
        units.add(units.get(0)); // the first block, indexed before the limit, pasted again at the end
        Result result = new RepeatFinder(DEFAULTS).find(units);
        assertThat(result.repeats()).containsExactly(new Repeat(units.size() - 1, units.size() - 1, 0, 0, 1, Kind.EXACT));
    }
}
