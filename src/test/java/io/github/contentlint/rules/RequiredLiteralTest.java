package io.github.contentlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredLiteralTest {

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiterString = " => ", emptyValue = "", value = {
        "---END--- => ---END---",
        "-{3,} ?END\\b => ---",
        "^<{7} \\S.*$ => '<<<<<<< '",
        "^={7}$ => =======",
        "(?:既存|提供された)の?記事の(?:最後|続き) => 記事の",
        "colou?r => colo",
        "ab+c => ab",
        "ab{2,5}c => abb",
        "x*yz => yz",
        "a.b => a",
        "\\.md$ => .md",
        "[Aa]s an AI => s an AI",
        "(?i)as an ai => ''",
        "foo|bar => ''",
        "(?s)end of text => end of text",
        "(?-i)plain => plain",
        "\\Qa.b\\E long tail => ' long tail'",
        "\\p{Han}+です => です",
        "x{2} => xx",
        "ba{0}c => bc",
        "a{2}?b => aab",
        "a{2,}b => aa",
        "(ab)c => abc",
        "x(?:ab(cd))y => xabcdy",
        "(?P<n>ab)c => abc",
        "(ab)+c => c",
        "(a|b)cd => cd",
        "(?i:ab)cd => cd",
        "(「[^「」]{1,80}」の続き)(?:\\*\\*|__)?$ => 」の続き",
        "😀?smile => smile",
        "\\😀smile => 😀smile",
        "a{,3} => ,3}",
    })
    void findsTheTextEveryMatchContains(String regex, String literal) {
        assertThat(RequiredLiteral.of(regex)).isEqualTo(literal);
    }

    @Test
    void unreadablePatternsAreNotGated() {
        assertThat(RequiredLiteral.of("(unclosed")).isEmpty();
        assertThat(RequiredLiteral.of("[unclosed")).isEmpty();
        assertThat(RequiredLiteral.of("trailing\\")).isEmpty();
    }

    /** The gate may only skip text the regex cannot match: compare with and without it on random text. */
    @Test
    void neverSkipsTextThatMatches() {
        List<String> regexes = List.of("ab?c", "a+b{2,3}c", "(?:x|y)zz?", "^--+END", "[ab]c(?:d|e)f", "a.c", "a{2}b",
                "(?m)^ab$", "ab*", "続き[）)]", "x\\.y", "(?U)a+?b", "(ab)+c", "ba{0}c", "a|bc", "(ab)c",
                "x(?:a(b))c?d", "(a(b|c))d", "(?:ab)?c", "((a)b)*c");
        String alphabet = "abcdefxyz-END.\n続き）)";
        Random random = new Random(42);
        for (String regex : regexes) {
            Pattern pattern = Pattern.compile(regex);
            String literal = RequiredLiteral.of(regex);
            for (int i = 0; i < 3000; i++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(12);
                for (int k = 0; k < length; k++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String sample = text.toString();
                if (pattern.matcher(sample).find()) {
                    assertThat(sample).as("regex %s, gate [%s]", regex, literal).contains(literal);
                }
            }
        }
    }
}
