package io.github.contentlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

    private static int hash(String term) {
        return term.hashCode();
    }

    @Test
    void japaneseGivesKanjiAndKatakanaBigramsAndNoHiragana() {
        int[] terms = Terms.of("量子センサーの可能性");
        assertThat(terms).contains(hash("量子"), hash("セン"), hash("ンサ"), hash("サー"), hash("可能"), hash("能性"));
        assertThat(terms).doesNotContain(hash("の"), hash("子セ"));
    }

    @Test
    void latinWordsStayWholeCaseFoldedAndSingular() {
        int[] terms = Terms.of("OpenAI ships new Models for the API");
        assertThat(terms).contains(hash("openai"), hash("ship"), hash("model"), hash("api"));
        assertThat(terms).doesNotContain(hash("the"), hash("for"), hash("new"), hash("open"));
    }

    @Test
    void fullWidthLettersMatchHalfWidth() {
        assertThat(Terms.of("ＯｐｅｎＡＩ")).containsExactly(hash("openai"));
    }

    @Test
    void commonKeepsTheSharedValues() {
        assertThat(Terms.common(new int[] {1, 3, 5, 7}, new int[] {2, 3, 7, 9})).containsExactly(3, 7);
    }

    @Test
    void theSkeletonTakesOutTheTitlesWordsAndNumbers() {
        String a = Terms.skeleton("電動自転車の選び方", "電動自転車の選び方について、2025年に知っておくべきこと。");
        String b = Terms.skeleton("家庭菜園のはじめかた", "家庭菜園のはじめかたについて、2024年に知っておくべきこと。");
        assertThat(a).isEqualTo(b).isEqualTo("〇について、#年に知っておくべきこと。");
        assertThat(Terms.wording(a)).isEqualTo(15);
    }

    @Test
    void anExcerptThatRepeatsTheTitleHasNoWordingLeft() {
        String skeleton = Terms.skeleton("2026年OpenAIとOracleの提携、その真意はどこにあるのか？の最新動向",
                "OpenAIとOracleの提携、その真意はどこにあるのか？");
        assertThat(Terms.wording(skeleton)).isZero();
    }
}
