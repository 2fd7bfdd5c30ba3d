package io.github.contentlint.rules.truncation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.rules.truncation.SentenceEnd.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceEndTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        // terminators of both scripts, closing brackets and quotes
        "春になった。 | TERMINATED | 。",
        "本当に？ | TERMINATED | ？",
        "「以上」 | TERMINATED | 」",
        "（詳しくは後述） | TERMINATED | ）",
        "It works. | TERMINATED | .",
        "Really?! | TERMINATED | !",
        "He said \"yes\" | TERMINATED | \"",
        "Wait for it… | TERMINATED | …",
        // a comma, a colon
        "具体的には、 | COMMA | 、",
        "and then, | COMMA | ,",
        "次の四つ： | COLON | ：",
        // particles, nominalised and compound ones, adnominals, conjunctions
        "家族の写真を | PARTICLE | を",
        "AIが | PARTICLE | が",
        "注目されるのは | PARTICLE | のは",
        "新しい市場への | PARTICLE | への",
        "効率を高めることも | PARTICLE | ことも",
        "二年ほどで | PARTICLE | ほどで",
        "買い物の帰りにも | PARTICLE | にも",
        "今回のプロジェクトが単なる | PARTICLE | 単なる",
        "特定の分野への新たな | PARTICLE | 新たな",
        "非常に重要な | PARTICLE | 要な",
        "だよな | PREDICATE | だよな",
        "です。例えば | PARTICLE | 例えば",
        "keep the | PARTICLE | the",
        // complete predicates without a terminator: casual, not cut
        "から始めてみたい | PREDICATE | めてみたい",
        "みなさんはどうですか | PREDICATE | はどうですか",
        "そうなるはず | PREDICATE | そうなるはず",
        "なの | PREDICATE | なの",
        // continuative forms and bare words
        "浮き彫りにして | STEM | して",
        "可能性があり | STEM | あり",
        "アプローチを示し | STEM | 示し",
        "開発期間を劇的に短 | WORD | 短",
        "特化したAIソ | WORD | ソ",
        "Happy coding | WORD | coding",
    })
    void readsTheEnding(String text, Shape shape, String token) {
        SentenceEnd end = SentenceEnd.of(text, true);
        assertThat(end.shape()).isEqualTo(shape);
        assertThat(end.token()).isEqualTo(token);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "家族には好評でした😊",
        "次はもっと小さいのを作りたい（´▽｀）",
        "まだわからないｗ",
        "だよね笑",
        "See you soon :D",
        "Love it <3",
        "よろしく〜",
    })
    void emojiKaomojiAndLaughsEndSentences(String text) {
        assertThat(SentenceEnd.of(text, true).shape()).isEqualTo(Shape.TERMINATED);
    }

    @Test
    void emojiCountOnlyWhenAllowed() {
        assertThat(SentenceEnd.of("家族には好評でした😊", false).shape()).isEqualTo(Shape.PREDICATE);
        assertThat(SentenceEnd.of("家族の写真を😊", false).shape()).isEqualTo(Shape.PARTICLE);
        assertThat(SentenceEnd.of("まだわからないｗ", false).shape()).isEqualTo(Shape.PREDICATE);
    }

    @Test
    void theExplanatoryNodaWithGaIsAHedgedClose() {
        assertThat(SentenceEnd.of("書き出せれば文句は無いのだが", true).shape()).isEqualTo(Shape.PREDICATE);
        assertThat(SentenceEnd.of("速ければいいんだが", true).shape()).isEqualTo(Shape.PREDICATE);
        assertThat(SentenceEnd.of("画面は見やすいだが", true).shape()).isEqualTo(Shape.PARTICLE);
    }

    @Test
    void aKatakanaWordEndingInALongMarkIsAWordNotADrawnOutSound() {
        assertThat(SentenceEnd.of("新しいサーバー", true).shape()).isEqualTo(Shape.WORD);
        assertThat(SentenceEnd.of("すごー", true).shape()).isEqualTo(Shape.TERMINATED);
    }

    @Test
    void theFragmentIsTheLastUnterminatedSentence() {
        SentenceEnd end = SentenceEnd.of("求められます。技術者", true);
        assertThat(end.fragment()).isEqualTo("技術者");
        assertThat(end.innerTerminator()).isTrue();
        assertThat(end.cjk()).isTrue();

        SentenceEnd english = SentenceEnd.of("It is fast. The cache keeps the", true);
        assertThat(english.fragment()).isEqualTo("The cache keeps the");
        assertThat(english.innerTerminator()).isTrue();
        assertThat(english.cjk()).isFalse();
    }

    @Test
    void decimalsAndFileNamesDoNotEndSentences() {
        SentenceEnd end = SentenceEnd.of("Version 2.3 of Node.js ships with the", true);
        assertThat(end.innerTerminator()).isFalse();
        assertThat(end.fragment()).isEqualTo("Version 2.3 of Node.js ships with the");
    }

    @Test
    void emphasisLeftAsTextAtTheEndIsIgnored() {
        assertThat(SentenceEnd.of("開発期間を劇的に短縮できる**", true).shape()).isEqualTo(Shape.PREDICATE);
        assertThat(SentenceEnd.of("   ", true).shape()).isEqualTo(Shape.EMPTY);
    }
}
