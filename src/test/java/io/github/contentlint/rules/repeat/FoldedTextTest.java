package io.github.contentlint.rules.repeat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void foldsWhiteSpacePunctuationAndCase() {
        assertThat(FoldedText.of("Hello,  World!\nIt's me.").toString()).isEqualTo("helloworlditsme");
    }

    @Test
    void appliesNfkcToFullWidthAndHalfWidthForms() {
        assertThat(FoldedText.of("ＡＩと２０２５年、ｶﾀｶﾅ").toString()).isEqualTo("aiと2025年カタカナ");
        assertThat(FoldedText.of("㈱テスト①").toString()).isEqualTo("株テスト1");
    }

    @Test
    void dropsALeadingEllipsisAndJapaneseQuotes() {
        FoldedText original = FoldedText.of("雨の日は、上下に分かれたレインウェアを着ています。");
        assertThat(FoldedText.of("…雨の日は、上下に分かれたレインウェアを着ています。")).isEqualTo(original);
        assertThat(FoldedText.of("...雨の日は、上下に分かれたレインウェアを着ています。")).isEqualTo(original);
        assertThat(FoldedText.of("「雨の日は、上下に分かれたレインウェアを着ています。」")).isEqualTo(original);
    }

    @Test
    void rewrappedLinesCompareEqual() {
        assertThat(FoldedText.of("one two\nthree")).isEqualTo(FoldedText.of("one two three"));
    }

    @Test
    void countsJapaneseCharactersFullAndLatinLettersHalf() {
        assertThat(FoldedText.of("雨の日").weight()).isEqualTo(3.0);
        assertThat(FoldedText.of("rain day").weight()).isEqualTo(3.5);
        assertThat(FoldedText.of("AIの時代").weight()).isEqualTo(4.0);
        assertThat(FoldedText.of("한국어").weight()).isEqualTo(3.0);
    }

    @Test
    void theFastPathGivesWhatNfkcGives() {
        // text made only of characters the fast path accepts, compared with a forced normalisation
        String text = "ベランダで「ミニトマト」を育てる。…水やりは朝だけ！（毎日）：ABC・時々〇×→※─";
        assertThat(FoldedText.isStable(text)).isTrue();
        assertThat(FoldedText.of(text).toString())
                .isEqualTo(FoldedText.of(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)).toString());
        assertThat(FoldedText.isStable("ｶﾀｶﾅ")).isFalse();
        assertThat(FoldedText.isStable("が")).isTrue();
        assertThat(FoldedText.isStable("か\u3099")).isFalse();
    }

    @Test
    void prefixAndContainment() {
        FoldedText whole = FoldedText.of("abc def ghi");
        assertThat(whole.startsWith(FoldedText.of("ABC-de"))).isTrue();
        assertThat(whole.startsWith(FoldedText.of("def"))).isFalse();
        assertThat(whole.contains(FoldedText.of("def"))).isTrue();
        assertThat(whole.contains(FoldedText.of("xyz"))).isFalse();
    }
}
