package io.github.contentlint.rules.truncation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.post.Post;
import io.github.contentlint.post.PostParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostUnitsTest {

    private static List<Unit> units(String body) {
        Post post = new PostParser().parse("p.md", "---\ntitle: t\n---\n" + body, StandardCharsets.UTF_8, 0);
        return PostUnits.of(post, TruncationSettings.of(NoTruncatedEndingRuleTest.context(Map.of()).options()));
    }

    private static List<Unit.Kind> kinds(String body) {
        return units(body).stream().map(Unit::kind).toList();
    }

    @Test
    void aMarkerLineUnderAParagraphIsSplitOff() {
        List<Unit> units = units("途中で切れた文が\n---END---\n続きの文。\n");
        assertThat(units).extracting(Unit::kind).containsExactly(Unit.Kind.PARAGRAPH, Unit.Kind.MARKER, Unit.Kind.PARAGRAPH);
        assertThat(units.get(0).text()).isEqualTo("途中で切れた文が");
        assertThat(units.get(0).endLine()).isEqualTo(4);
        assertThat(units.get(1).startLine()).isEqualTo(5);
        assertThat(units.get(2).text()).isEqualTo("続きの文。");
    }

    @Test
    void aMarkerGluedToTextCutsTheTextBeforeIt() {
        List<Unit> units = units("途中で切れた文が---END---\n");
        assertThat(units).extracting(Unit::kind).containsExactly(Unit.Kind.PARAGRAPH, Unit.Kind.MARKER);
        assertThat(units.get(0).text()).isEqualTo("途中で切れた文が");
        assertThat(units.get(0).cutByMarker()).isTrue();
    }

    @Test
    void aMarkerGluedToTheEndOfALongLineIsFound() {
        String longLine = "あ".repeat(300) + "の---END---";
        assertThat(units(longLine + "\n").get(0).cutByMarker()).isTrue();
    }

    @Test
    void nonProseBlocksAreToldApart() {
        assertThat(kinds("![a](/a.png)\n")).containsExactly(Unit.Kind.IMAGE);
        assertThat(kinds("[a](/a) | [b](/b)\n")).containsExactly(Unit.Kind.LINKS);
        assertThat(kinds("主要都市: [東京](/t) | [大阪](/o)\n")).containsExactly(Unit.Kind.LINKS);
        assertThat(kinds("{% include footer.html %}\n")).containsExactly(Unit.Kind.LIQUID);
        assertThat(kinds("Term\n: definition\n")).containsExactly(Unit.Kind.DEFINITION);
        assertThat(kinds("[^1]: a footnote\n")).containsExactly(Unit.Kind.REFERENCE);
        assertThat(kinds("$$\nx^2\n$$\n")).containsExactly(Unit.Kind.MATH);
        assertThat(kinds("**見出しの代わり**\n")).containsExactly(Unit.Kind.PSEUDO_HEADING);
        assertThat(kinds("<!-- note -->\n")).containsExactly(Unit.Kind.COMMENT);
    }

    @Test
    void anAttributeListUnderAParagraphIsNotPartOfItsText() {
        List<Unit> units = units("Read the guide first\n{: .notice}\n");
        assertThat(units).singleElement().satisfies(u -> assertThat(u.text()).isEqualTo("Read the guide first"));
        assertThat(kinds("text.\n\n{: .notice}\n")).containsExactly(Unit.Kind.PARAGRAPH, Unit.Kind.IAL);
    }

    @Test
    void boilerplateSectionsRunToTheNextHeadingThatIsNeitherBoilerplateNorALink() {
        List<Unit> units = units("""
                本文。

                ## この記事に関連するおすすめ書籍

                ### [本の題名](https://example.com/book)

                本の紹介文

                ### 本文の続き

                続き。
                """);
        assertThat(units).extracting(Unit::boilerplate).containsExactly(false, true, true, true, false, false);
    }

    @Test
    void aShortSectionEndingInACallToActionIsBoilerplate() {
        List<Unit> units = units("""
                本文。

                ## ご相談ください

                導入の相談を受け付けています。

                [お問い合わせ](/contact/)
                {: .cta-link}
                """);
        assertThat(units).extracting(Unit::boilerplate).containsExactly(false, true, true, true);
    }
}
