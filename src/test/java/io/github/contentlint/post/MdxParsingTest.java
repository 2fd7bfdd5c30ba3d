package io.github.contentlint.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code .mdx} posts: JavaScript is blocks of kind JSX, Markdown around and inside JSX is prose. */
class MdxParsingTest {

    private final PostParser parser = new PostParser();

    private Post parse(String path, String text) {
        return parser.parse(path, text, StandardCharsets.UTF_8, 0);
    }

    private static List<String> shape(Post post) {
        return post.blocks().stream()
                .map(b -> b.kind() + " " + b.startLine() + "-" + b.endLine() + " " + (b.kind() == BlockKind.JSX
                        ? b.source() : b.text()).replace("\n", "|"))
                .toList();
    }

    private static final String POST = """
            ---
            title: Charts in posts
            ---
            import Chart from '../components/Chart.astro'
            import { Note } from '../components/Note'
            export const data = [3, 1, 4]

            Numbers read better as a picture.

            <Chart data={data} title="Rainfall, mm" />

            <Note type="tip">
              The chart **redraws** when the window is resized.
            </Note>

            <Chart
              data={data.map((d) => d * 2)}
              caption={`Doubled: ${data.length} values`}
            />

            {/* a comment for editors */}

            The total is {data.reduce((a, b) => a + b, 0)} millimetres.

            ```jsx
            <Chart data={data} />
            ```
            """;

    @Test
    void javaScriptIsNotProseAndMarkdownInsideJsxIs() {
        Post post = parse("src/content/blog/charts.mdx", POST);
        assertThat(shape(post)).containsExactly(
                "JSX 4-6 import Chart from '../components/Chart.astro'|import { Note } from '../components/Note'"
                        + "|export const data = [3, 1, 4]",
                "PARAGRAPH 8-8 Numbers read better as a picture.",
                "JSX 10-10 <Chart data={data} title=\"Rainfall, mm\" />",
                "JSX 12-12 <Note type=\"tip\">",
                "PARAGRAPH 13-13 The chart redraws when the window is resized.",
                "JSX 14-14 </Note>",
                "JSX 16-19 <Chart|  data={data.map((d) => d * 2)}|  caption={`Doubled: ${data.length} values`}|/>",
                "JSX 21-21 {/* a comment for editors */}",
                "PARAGRAPH 23-23 The total is millimetres.",
                "CODE 25-27 <Chart data={data} />|");
    }

    @Test
    void blocksKeepTheirPositionsInTheFile() {
        Post post = parse("src/content/blog/charts.mdx", POST);
        Block inside = post.blocks().get(4);
        assertThat(inside.source()).isEqualTo("The chart **redraws** when the window is resized.");
        assertThat(post.positionOf(inside.startOffset())).isEqualTo(new Position(13, 3));
        Block total = post.blocks().get(8);
        assertThat(total.source()).isEqualTo("The total is {data.reduce((a, b) => a + b, 0)} millimetres.");
        assertThat(post.positionOf(total.endOffset())).isEqualTo(new Position(23, 60));
    }

    @Test
    void aMarkdownFileIsReadAsMarkdownWhateverItHolds() {
        Post post = parse("content/posts/charts.md", POST);
        assertThat(post.blocks()).noneMatch(b -> b.kind() == BlockKind.JSX);
        assertThat(post.blocks().get(0).kind()).isEqualTo(BlockKind.PARAGRAPH);
    }

    @Test
    void textOnTheLineOfATagIsProseAndTheTagIsNot() {
        Post post = parse("a.mdx", """
                <Note>Keep the **lid** on.</Note>

                Read <Link href={url}>the guide</Link> first.
                """);
        assertThat(shape(post)).containsExactly(
                "PARAGRAPH 1-1 Keep the lid on.",
                "PARAGRAPH 3-3 Read the guide first.");
        assertThat(post.blocks().get(0).source()).isEqualTo("Keep the **lid** on.");
    }

    @Test
    void brokenJsxStaysTextAndNothingThrows() {
        for (String body : List.of("<Chart data={[1, 2 />\n", "{unclosed\n\ntext\n", "<\n", "{", "import", "export{",
                "<A b=\"unclosed>\n", "</>", "<>{}</>", "`{`", "<A {...props} />", "\r\n<A/>\r\ntext\r\n",
                "{'}'}", "{/* never closed", "<A b={\"}\"} c='>' />", "```\n{x}\n", "{`${{}}`}")) {
            Post post = parse("a.mdx", body);
            assertThat(post.blocks()).allSatisfy(block -> {
                assertThat(block.startOffset()).isBetween(0, body.length());
                assertThat(block.endOffset()).isBetween(block.startOffset(), body.length());
            });
        }
        assertThat(shape(parse("a.mdx", "<Chart data={[1, 2 />\n"))).singleElement().asString().startsWith("PARAGRAPH");
        assertThat(shape(parse("a.mdx", "<A {...props} />\n"))).singleElement().asString().startsWith("JSX");
        assertThat(shape(parse("a.mdx", "\r\n<A/>\r\ntext\r\n"))).containsExactly("JSX 2-2 <A/>", "PARAGRAPH 3-3 text");
    }

    @Test
    void hostileRunsOfOpeningsStayLinear() {
        // every failed scan is charged to a budget proportional to the body, so this stays linear
        for (String unit : List.of("{{", "<a b ", "<a b={", "<A>{x} ")) {
            String body = "---\ntitle: x\n---\n" + unit.repeat(300_000 / unit.length()) + "\n\nText after it.\n";
            long started = System.nanoTime();
            Post post = parse("a.mdx", body);
            assertThat(post.blocks()).isNotEmpty();
            assertThat((System.nanoTime() - started) / 1_000_000).as(unit).isLessThan(20_000);
        }
    }

    @Test
    void esmNeedsTheStartOfALineAfterABlankAndProseMayStartWithTheWord() {
        Post post = parse("a.mdx", "We import cheese.\nimport is a verb here.\n\nImport duties rose.\n");
        assertThat(post.blocks()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    }
}
