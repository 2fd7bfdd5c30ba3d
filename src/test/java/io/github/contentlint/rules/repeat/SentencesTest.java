package io.github.contentlint.rules.repeat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void countsJapaneseSentences() {
        assertThat(Sentences.count("雨が降った。傘を忘れた！どうしようか？")).isEqualTo(3);
        assertThat(Sentences.count("あなたはどう思いますか")).isEqualTo(1);
    }

    @Test
    void countsEnglishSentencesAndIgnoresAbbreviations() {
        assertThat(Sentences.count("It rained. I forgot my umbrella! What now?")).isEqualTo(3);
        assertThat(Sentences.count("Bring tools, e.g. a saw and a drill, and gloves.")).isEqualTo(1);
        assertThat(Sentences.count("Version 1.5 is out.")).isEqualTo(1);
    }

    @Test
    void unfinishedTextStopsWithoutATerminator() {
        assertThat(Sentences.unfinished("それは、次の時代の")).isTrue();
        assertThat(Sentences.unfinished("It stops in the middle of")).isTrue();
        assertThat(Sentences.unfinished("「そうですね。」")).isFalse();
        assertThat(Sentences.unfinished("It ends here.")).isFalse();
        assertThat(Sentences.unfinished("**太字の文です。**")).isFalse();
    }

    @Test
    void aFragmentWithoutTerminatorCounts() {
        assertThat(Sentences.count("First sentence here. And a fragment that was cut")).isEqualTo(2);
        assertThat(Sentences.count("")).isZero();
        assertThat(Sentences.count("…")).isZero();
    }
}
