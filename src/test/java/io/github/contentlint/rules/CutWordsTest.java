package io.github.contentlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CutWordsTest {

    private static CutWords.Cut find(String title, String vocabulary, CutWords.Lead... leads) {
        return CutWords.find(title, () -> vocabulary, List.of(leads), 2);
    }

    private static CutWords.Lead firstLine(String text) {
        return new CutWords.Lead(CutWords.Source.FIRST_LINE, text);
    }

    @Test
    void oneKanjiTheBodyOnlyWritesInLongerWordsIsAFragment() {
        CutWords.Cut cut = find("量子センサーの可", "量子センサーの可能性は広い。その可能性に比べ、課題も多い。");
        assertThat(cut).isNotNull();
        assertThat(cut.fragment()).isEqualTo("可");
        assertThat(cut.completion()).isEqualTo("可能性");
        assertThat(cut.uses()).isEqualTo(2);
        assertThat(cut.source()).isEqualTo(CutWords.Source.POST);
    }

    @Test
    void aWordThePostUsesOnItsOwnIsNoFragment() {
        assertThat(find("京都の秋", "秋の京都は人が多い。秋晴れの日に歩いた。秋晴れは短い。")).isNull();
        assertThat(find("量子センサーの可", "可能性は広い。可能性に比べ、可か否かは別だ。")).isNull();
    }

    @Test
    void oneUseIsTooLittleEvidenceWithoutACopiedLead() {
        assertThat(find("量子センサーの可", "量子センサーの可能性は広い。")).isNull();
    }

    @Test
    void longerWordsThatDisagreeProveNothing() {
        assertThat(find("占める日：業務の変化", "日付を決めた。日程も決めた。日曜に会う。")).isNull();
        assertThat(find("占める日：業務の変化", "日々の業務。日々の会議。")).isNull(); // 日々 is a word of its own
    }

    @Test
    void aTitleThatStopsCopyingTheFirstLineInsideAWordIsCut() {
        CutWords.Cut cut = find("Notes on migrating a Maven bu", "Notes on migrating a Maven build to Gradle.",
                firstLine("Notes on migrating a Maven build to Gradle."));
        assertThat(cut).isNotNull();
        assertThat(cut.fragment()).isEqualTo("bu");
        assertThat(cut.completion()).isEqualTo("build");
        assertThat(cut.source()).isEqualTo(CutWords.Source.FIRST_LINE);
    }

    @Test
    void aCopyThatEndsAtAWordBoundaryIsWhole() {
        assertThat(find("Notes on Maven", "Notes on Maven plugins.", firstLine("Notes on Maven plugins."))).isNull();
        assertThat(find("深海探査ロボットの現在", "深海探査ロボットの現在、そして未来",
                firstLine("深海探査ロボットの現在、そして未来"))).isNull();
    }

    @Test
    void aFragmentInsideARewrittenTitleIsFoundBeforeItsBracket() {
        String vocabulary = "欧州データセンターの建設が進む。データセンターの電力も問題だ。";
        CutWords.Cut cut = find("2026年欧州データセン（電力・冷却）の最新動向", vocabulary);
        assertThat(cut).isNotNull();
        assertThat(cut.fragment()).isEqualTo("データセン");
    }

    @Test
    void aLongVowelSpellingIsNoCut() {
        assertThat(find("自宅サーバ", "自宅のサーバーを入れ替えた。サーバーラックも。")).isNull();
    }

    @Test
    void verbStemsAndNumbersWithUnitsAreWords() {
        assertThat(find("AIが製造をどう変える？", "製造の変革。変革の時代。",
                firstLine("AIが製造をどう変革するのか"))).isNull();
        assertThat(find("生成AI市場、2025年200%成長", "2025年上半期に成長した。2025年上半期の数字。",
                firstLine("生成AI市場、2025年上半期に急成長"))).isNull();
        assertThat(find("次なる一手を考える", "次世代の話。次世代の技術。")).isNull();
    }

    @Test
    void oneKanjiWithoutTheOkuriganaTheLeadWritesIsAVerbCutShort() {
        CutWords.Cut cut = find("五十モデル突破が示", "五十モデル突破が示す未来", firstLine("五十モデル突破が示す未来"));
        assertThat(cut).isNotNull();
        assertThat(cut.fragment()).isEqualTo("示");
        assertThat(find("開発を加速", "開発を加速させる三つの方法", firstLine("開発を加速させる三つの方法"))).isNull();
    }

    @Test
    void aCompoundFollowedBySuruIsAWordOnItsOwn() {
        assertThat(find("設定を確認", "設定を確認する。もう一度確認した。",
                firstLine("設定を確認する手順"))).isNull();
    }
}
