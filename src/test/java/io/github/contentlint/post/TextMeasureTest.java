package io.github.contentlint.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMeasureTest {

    @Test
    void countsJapaneseCharactersWithTheirPunctuation() {
        // 12 kanji and kana, then 、 and 。 of the CJK punctuation block
        assertThat(TextMeasure.count("今日は雨だったので、家で本を読んだ。"))
                .isEqualTo(new TextMeasure.Count(18, 0));
        assertThat(TextMeasure.count("「カレー」（三人分）！？")).isEqualTo(new TextMeasure.Count(12, 0));
    }

    @Test
    void countsWordsOfOtherScripts() {
        assertThat(TextMeasure.count("Maven runs the phases in order.")).isEqualTo(new TextMeasure.Count(0, 6));
        assertThat(TextMeasure.count("Ça marche, n'est-ce pas ? — oui")).isEqualTo(new TextMeasure.Count(0, 5));
        assertThat(TextMeasure.count("Привет, мир")).isEqualTo(new TextMeasure.Count(0, 2));
    }

    @Test
    void aWordGluedToJapaneseIsAWordAndTheCharactersAreCharacters() {
        assertThat(TextMeasure.count("GPT-4を使って3回試した")).isEqualTo(new TextMeasure.Count(8, 2));
    }

    @Test
    void koreanAndChineseAreCharacters() {
        assertThat(TextMeasure.count("안녕하세요")).isEqualTo(new TextMeasure.Count(5, 0));
        assertThat(TextMeasure.count("我们今天去公园")).isEqualTo(new TextMeasure.Count(7, 0));
    }

    @Test
    void fullWidthFormsAreCharactersAndIdeographicSpaceIsSpace() {
        assertThat(TextMeasure.count("ＡＢＣ　１２３")).isEqualTo(new TextMeasure.Count(6, 0));
    }

    @Test
    void generalPunctuationAndLoneSymbolsCountForNothing() {
        assertThat(TextMeasure.count("…… ― - * • 1")).isEqualTo(new TextMeasure.Count(0, 1));
        assertThat(TextMeasure.count("")).isEqualTo(TextMeasure.Count.ZERO);
    }

    @Test
    void supplementaryHanCharactersCountOnce() {
        assertThat(TextMeasure.count("𠮷野家")).isEqualTo(new TextMeasure.Count(3, 0));
    }

    @Test
    void readableTextLeavesOutUrlsLiquidAndAttributeLists() {
        assertThat(TextMeasure.readable("see https://example.com/a/b?c=d and www.example.org/x now"))
                .isEqualTo("see   and   now");
        assertThat(TextMeasure.readable("{% include note.html %}本文{{ page.title }}{: .lead}"))
                .isEqualTo(" 本文  ");
        assertThat(TextMeasure.readable("plain text / with a slash")).isEqualTo("plain text / with a slash");
    }
}
