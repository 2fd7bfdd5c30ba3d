package io.github.contentlint.rules.truncation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContinuationsTest {

    private static Unit paragraph(String text) {
        return new Unit(Unit.Kind.PARAGRAPH, 1, 1, text, text, false, false);
    }

    @Test
    void normalisationFoldsWidthSpaceEmphasisAndALeadingEllipsis() {
        assertThat(Continuations.normalize("…ＡＩの **進化** は\u3000速い")).isEqualTo("AIの進化は速い");
        assertThat(Continuations.normalize("...and then")).isEqualTo("andthen");
    }

    @Test
    void aRestartIsTheSameTextGoingOnElsewhere() {
        Continuations continuations = new Continuations(List.of(
                paragraph("毎朝同じ時間に鴨の親子が池に"),
                paragraph("関係のない段落。"),
                paragraph("毎朝同じ時間に鴨の親子が池に来て、餌を探している。")));
        assertThat(continuations.restartOf(0, 12, 4)).isEqualTo(2);
        assertThat(continuations.restartOf(1, 12, 4)).isEqualTo(-1);
    }

    @Test
    void theSameSentenceEndedProperlyCountsOnlyNearby() {
        List<Unit> near = List.of(paragraph("毎朝同じ時間に鴨の親子が池に来る"), paragraph("毎朝同じ時間に鴨の親子が池に来る。"));
        assertThat(new Continuations(near).restartOf(0, 12, 4)).isEqualTo(1);
        List<Unit> far = List.of(paragraph("毎朝同じ時間に鴨の親子が池に来る"), paragraph("一。"), paragraph("二。"),
                paragraph("三。"), paragraph("四。"), paragraph("毎朝同じ時間に鴨の親子が池に来る。"));
        assertThat(new Continuations(far).restartOf(0, 12, 4)).isEqualTo(-1);
    }

    @Test
    void aLongLatinNameAtTheEndShowsNoRestart() {
        Continuations continuations = new Continuations(List.of(
                paragraph("区画2: ConnectionPoolConfiguration"),
                paragraph("区画2の ConnectionPoolConfiguration は接続の数を決めます。")));
        assertThat(continuations.restartOf(0, 12, 4)).isEqualTo(-1);
        Continuations shortName = new Continuations(List.of(
                paragraph("設定を読み込む前に Config"),
                paragraph("設定を読み込む前に Config を開いて確認します。")));
        assertThat(shortName.restartOf(0, 12, 4)).isEqualTo(1);
    }

    @Test
    void starsWithSpaceOnBothSidesAreNoOpenEmphasis() {
        assertThat(Continuations.unclosedMark("** 使い方", "** 使い方")).isNull();
        assertThat(Continuations.unclosedMark("手順 ** 次へ", "手順 ** 次へ")).isNull();
        assertThat(Continuations.unclosedMark("**使い方", "**使い方")).isEqualTo("**");
        assertThat(Continuations.unclosedMark("続きは **重要", "**注意** 続きは **重要")).isEqualTo("**");
    }

    @Test
    void aSpliceStartsInTheMiddleOfASentence() {
        assertThat(Continuations.startsMidSentence("…気に入っているようだった。")).isTrue();
        assertThat(Continuations.startsMidSentence("が見つかったときは拍手をした。")).isTrue();
        assertThat(Continuations.startsMidSentence("でしょう。")).isTrue();
        assertThat(Continuations.startsMidSentence("的な視点が必要だ。")).isTrue();
        assertThat(Continuations.startsMidSentence("Mission」の狙いは明確だ。")).isTrue();
        assertThat(Continuations.startsMidSentence("しかし、それは違った。")).isFalse();
        assertThat(Continuations.startsMidSentence("では、始めよう。")).isFalse();
        assertThat(Continuations.startsMidSentence("「鍵」が大事だ。")).isFalse();
    }

    @Test
    void anOpenBracketOrEmphasisIsFound() {
        assertThat(Continuations.unclosedMark("自治会長が「一人ひとりが", "自治会長が「一人ひとりが")).isEqualTo("「");
        assertThat(Continuations.unclosedMark("「鍵」と（補足）", "「鍵」と（補足）")).isNull();
        assertThat(Continuations.unclosedMark("倫理的AI開発の", "**倫理的AI開発の")).isEqualTo("**");
    }

    @Test
    void aKatakanaWordCutInTheMiddleIsOneThePostOnlyUsesLonger() {
        Continuations continuations = new Continuations(List.of(
                paragraph("どのソリューションも機能は似ていた。"),
                paragraph("来期は同じソリュ")));
        assertThat(continuations.longerWord(1, "ソリュ")).isEqualTo(0);
        Continuations whole = new Continuations(List.of(paragraph("メモリとメモを分けた。"), paragraph("新しいメモ")));
        assertThat(whole.longerWord(1, "メモ")).isEqualTo(-1);
        assertThat(whole.longerWord(1, "memo")).as("English words are not tested").isEqualTo(-1);
    }
}
