package io.github.contentlint.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostParserTest {

    private final PostParser parser = new PostParser();

    private Post parse(String text) {
        return parser.parse("_posts/2025-01-01-test.md", text, StandardCharsets.UTF_8, 0);
    }

    @Test
    void keysKeepTheirLinesAndBlocksTheirFileLines() {
        Post post = parse("""
                ---
                title: "春の京都"
                date: 2025-04-02 09:00:00 +0900
                tags: [a, b]
                ---

                # 見出し

                最初の段落。
                二行目。

                - 項目一
                - 項目二
                """);
        FrontMatter frontMatter = post.frontMatter();
        assertThat(frontMatter.format()).isEqualTo(FrontMatterFormat.YAML);
        assertThat(frontMatter.endLine()).isEqualTo(5);
        assertThat(frontMatter.entry("title").orElseThrow().keyPosition()).isEqualTo(new Position(2, 1));
        assertThat(frontMatter.value("title")).isEqualTo("春の京都");
        assertThat(frontMatter.value("date")).isEqualTo("2025-04-02 09:00:00 +0900");
        assertThat(frontMatter.value("tags")).isEqualTo(List.of("a", "b"));
        assertThat(post.bodyStartLine()).isEqualTo(6);
        assertThat(post.blocks()).extracting(Block::kind, Block::startLine, Block::endLine, Block::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 7, 7, "見出し"),
                        org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 9, 10, "最初の段落。\n二行目。"),
                        org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, 12, 12, "項目一"),
                        org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, 13, 13, "項目二"));
        assertThat(post.blocks().get(0).headingLevel()).isEqualTo(1);
    }

    @Test
    void crlfAndLoneCrCountAsLineEnds() {
        Post crlf = parse("---\r\ntitle: A\r\n---\r\n\r\nFirst.\r\n\r\nSecond.\r\n");
        assertThat(crlf.frontMatter().value("title")).isEqualTo("A");
        assertThat(crlf.blocks()).extracting(Block::startLine).containsExactly(5, 7);
        assertThat(crlf.blocks().get(1).source()).isEqualTo("Second.");

        Post cr = parse("---\rtitle: B\r---\r\rOnly.\r");
        assertThat(cr.frontMatter().value("title")).isEqualTo("B");
        assertThat(cr.blocks()).extracting(Block::startLine).containsExactly(5);
    }

    @Test
    void valueRangesPointAtTheValueAsWritten() {
        String text = "---\ntitle: 'Quoted'\nreading_time: 8\n---\nBody.\n";
        Post post = parse(text);
        FrontMatterEntry readingTime = post.frontMatter().entry("reading_time").orElseThrow();
        assertThat(text.substring(readingTime.valueStart(), readingTime.valueEnd())).isEqualTo("8");
        FrontMatterEntry title = post.frontMatter().entry("title").orElseThrow();
        assertThat(text.substring(title.valueStart(), title.valueEnd())).isEqualTo("'Quoted'");
    }

    @Test
    void valueRangesCountCharactersNotCodePoints() {
        String text = "---\ntitle: \"😀 絵文字\"\nreading_time: 3\n---\n";
        Post post = parse(text);
        FrontMatterEntry entry = post.frontMatter().entry("reading_time").orElseThrow();
        assertThat(text.substring(entry.valueStart(), entry.valueEnd())).isEqualTo("3");
    }

    @Test
    void columnsCountCodePoints() {
        SourceText source = new SourceText("😀x\nab");
        assertThat(source.positionOf(2)).isEqualTo(new Position(1, 2));
        assertThat(source.positionOf(4)).isEqualTo(new Position(2, 1));
        assertThat(source.endOfLine(1)).isEqualTo(new Position(1, 3));
    }

    @Test
    void nestedListsAndQuotesAreFlattenedInOrder() {
        Post post = parse("""
                ---
                title: x
                ---
                - one
                  - two
                    - three
                > quoted
                > > deeper
                """);
        assertThat(post.blocks()).extracting(Block::kind, Block::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, "one"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, "two"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, "three"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.QUOTE, "quoted"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.QUOTE, "deeper"));
    }

    @Test
    void markupIsStrippedButLinkTextKept() {
        Post post = parse("---\ntitle: x\n---\nSee **bold** and [the docs](https://example.com) "
                + "and `code` and <span>html</span> ![alt](img.png) <https://bare.example>.\n");
        assertThat(post.blocks().get(0).text()).isEqualTo("See bold and the docs and code and html  .");
    }

    @Test
    void codeHtmlTablesAndBreaksHaveTheirKinds() {
        Post post = parse("""
                ---
                title: x
                ---
                ```java
                int x = 1;
                ```

                <div>raw</div>

                | a | b |
                |---|---|
                | 1 | 2 |

                ***

                [ref]: https://example.com
                """);
        assertThat(post.blocks()).extracting(Block::kind).containsExactly(
                BlockKind.CODE, BlockKind.HTML, BlockKind.TABLE, BlockKind.THEMATIC_BREAK, BlockKind.REFERENCE);
        assertThat(post.blocks().get(0).text()).isEqualTo("int x = 1;\n");
        assertThat(post.blocks().get(2).text()).isEqualTo("a b 1 2");
    }

    @Test
    void withoutFrontMatterTheWholeFileIsBody() {
        Post post = parse("# Title\n\nText.\n");
        assertThat(post.frontMatter()).isNull();
        assertThat(post.blocks()).hasSize(2);
        assertThat(post.blocks().get(0).startLine()).isEqualTo(1);
    }

    @Test
    void unclosedFrontMatterLeavesNoBody() {
        Post post = parse("---\ntitle: x\n\nText that would otherwise be a paragraph.\n");
        assertThat(post.frontMatter().problems()).extracting(FrontMatterProblem::kind)
                .containsExactly(FrontMatterProblem.Kind.UNCLOSED);
        assertThat(post.blocks()).isEmpty();
    }

    @Test
    void emptyFrontMatterAndEmptyFile() {
        assertThat(parse("---\n---\nBody.\n").frontMatter().entries()).isEmpty();
        Post empty = parse("");
        assertThat(empty.frontMatter()).isNull();
        assertThat(empty.blocks()).isEmpty();
    }

    @Test
    void yamlProblemsAreRecordedNotThrown() {
        assertThat(parse("---\ntitle: x\ntitle: y\n---\n").frontMatter().problems())
                .extracting(FrontMatterProblem::kind, FrontMatterProblem::position, FrontMatterProblem::firstPosition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        FrontMatterProblem.Kind.DUPLICATE_KEY, new Position(3, 1), new Position(2, 1)));
        assertThat(parse("---\n- a\n- b\n---\n").frontMatter().problems())
                .extracting(FrontMatterProblem::kind).containsExactly(FrontMatterProblem.Kind.NOT_A_MAPPING);
        assertThat(parse("---\nx: !!java.net.URL [\"http://example.com\"]\n---\n").frontMatter().problems())
                .extracting(FrontMatterProblem::kind).containsExactly(FrontMatterProblem.Kind.UNSUPPORTED_TAG);
        assertThat(parse("---\ntitle: \"open\n---\n").frontMatter().problems())
                .extracting(FrontMatterProblem::kind).containsExactly(FrontMatterProblem.Kind.MALFORMED);
    }

    @Test
    void billionLaughsIsRefusedByTheAliasLimit() {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'j'; name++) {
            yaml.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = name;
        }
        yaml.append("---\nBody.\n");
        Post post = parse(yaml.toString());
        assertThat(post.frontMatter().problems()).extracting(FrontMatterProblem::kind)
                .containsExactly(FrontMatterProblem.Kind.MALFORMED);
    }

    @Test
    void tomlAndJsonFrontMatterKeepKeyLines() {
        Post toml = parse("+++\ntitle = \"T\"\nreading_time = 3\n[params]\nx = 1\n+++\nBody.\n");
        assertThat(toml.frontMatter().format()).isEqualTo(FrontMatterFormat.TOML);
        assertThat(toml.frontMatter().entry("reading_time").orElseThrow().keyPosition()).isEqualTo(new Position(3, 1));
        assertThat(toml.frontMatter().value("reading_time")).isEqualTo(3L);
        assertThat(toml.frontMatter().entries()).containsKey("params");
        assertThat(toml.blocks()).extracting(Block::startLine).containsExactly(7);

        Post json = parse("{\n  \"title\": \"J\",\n  \"tags\": [\"a\"]\n}\n\nBody.\n");
        assertThat(json.frontMatter().format()).isEqualTo(FrontMatterFormat.JSON);
        assertThat(json.frontMatter().entry("tags").orElseThrow().keyPosition()).isEqualTo(new Position(3, 3));
        assertThat(json.frontMatter().value("tags")).isEqualTo(List.of("a"));
        assertThat(json.blocks()).extracting(Block::startLine).containsExactly(6);
    }

    @Test
    void fixesAreByteRangesOfTheFileAsStored() {
        String text = "---\ntitle: 日本\nreading_time: 8\n---\n";
        Post post = parser.parse("p.md", text, StandardCharsets.UTF_8, 3);
        FrontMatterEntry entry = post.frontMatter().entry("reading_time").orElseThrow();
        var fix = post.fix(entry.valueStart(), entry.valueEnd(), "43");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int expectedStart = 3 + new String(bytes, StandardCharsets.UTF_8).indexOf("8") + 4; // 日本 is 6 bytes, 2 chars
        assertThat(fix.startByte()).isEqualTo(expectedStart);
        assertThat(fix.endByte()).isEqualTo(expectedStart + 1);
    }

    @Test
    void longFrontMatterWithEmojiAtSnakeYamlsBufferEdgeParses() {
        for (int pad = 0; pad < 8; pad++) {
            String title = "x".repeat(1000 + pad) + "😀".repeat(20);
            Post post = parse("---\ntitle: \"" + title + "\"\nreading_time: 3\n---\nBody.\n");
            assertThat(post.frontMatter().problems()).isEmpty();
            assertThat(post.frontMatter().value("title")).isEqualTo(title);
        }
    }

    @Test
    void aPelicanMetadataHeaderIsFrontMatterWithPositions() {
        String text = """
                Title: 川沿いの古い倉庫
                Date: 2024-11-03 21:15
                category: 散歩
                Tags: 倉庫, 写真
                Summary: A summary that goes on
                    over an indented line
                Status:

                倉庫の壁は煉瓦だった。
                """;
        Post post = parse(text);
        FrontMatter header = post.frontMatter();
        assertThat(header.format()).isEqualTo(FrontMatterFormat.METADATA);
        assertThat(header.startLine()).isEqualTo(1);
        assertThat(header.endLine()).isEqualTo(7);
        assertThat(header.problems()).isEmpty();
        // keys are case-insensitive, as in Pelican: the map holds them lower-cased, the entry as written
        assertThat(header.entries().keySet()).containsExactly("title", "date", "category", "tags", "summary", "status");
        FrontMatterEntry title = header.entry("title").orElseThrow();
        assertThat(title.key()).isEqualTo("Title");
        assertThat(title.value()).isEqualTo("川沿いの古い倉庫");
        assertThat(title.keyPosition()).isEqualTo(new Position(1, 1));
        assertThat(text.substring(title.valueStart(), title.valueEnd())).isEqualTo("川沿いの古い倉庫");
        assertThat(post.value("DATE")).isEqualTo("2024-11-03 21:15");
        assertThat(header.entry("category").orElseThrow().keyPosition()).isEqualTo(new Position(3, 1));
        assertThat(post.value("tags")).isEqualTo("倉庫, 写真");
        FrontMatterEntry summary = header.entry("summary").orElseThrow();
        assertThat(summary.value()).isEqualTo("A summary that goes on over an indented line");
        assertThat(text.substring(summary.valueStart(), summary.valueEnd()))
                .isEqualTo("A summary that goes on\n    over an indented line");
        FrontMatterEntry status = header.entry("status").orElseThrow();
        assertThat(status.isEmpty()).isTrue();
        assertThat(status.valueStart()).isEqualTo(status.valueEnd()).isEqualTo(text.indexOf("Status:") + 7);
        assertThat(post.bodyStartLine()).isEqualTo(8);
        assertThat(post.blocks()).extracting(Block::kind, Block::startLine, Block::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 9, "倉庫の壁は煉瓦だった。"));
    }

    @Test
    void aMetadataHeaderKeepsLineEndingsDuplicatesAndMayBeTheWholeFile() {
        Post crlf = parse("Title: Tea\r\nDate: 2024-01-02\r\n\r\nBody.\r\n");
        assertThat(crlf.frontMatter().endLine()).isEqualTo(2);
        assertThat(crlf.value("date")).isEqualTo("2024-01-02");
        assertThat(crlf.blocks()).extracting(Block::startLine).containsExactly(4);

        Post twice = parse("Title: One\ntitle: Two\n\nBody.\n");
        assertThat(twice.value("title")).isEqualTo("One");
        assertThat(twice.frontMatter().problems()).containsExactly(new FrontMatterProblem(
                FrontMatterProblem.Kind.DUPLICATE_KEY, new Position(2, 1), "title", new Position(1, 1)));

        Post only = parse("title: Just a header");
        assertThat(only.frontMatter().format()).isEqualTo(FrontMatterFormat.METADATA);
        assertThat(only.value("title")).isEqualTo("Just a header");
        assertThat(only.blocks()).isEmpty();

        // Python-Markdown lets a key line start with up to three spaces; a tab is a continuation
        Post indented = parse("Title: Tea\n  Author: Ann\nSummary: Leaves\n\tand water\n\nBody.\n");
        assertThat(indented.value("author")).isEqualTo("Ann");
        assertThat(indented.value("summary")).isEqualTo("Leaves and water");
    }

    @Test
    void proseThatLooksLikeAHeaderStaysBody() {
        for (String text : List.of(
                "Note: this is prose, really.\n\nMore prose.\n",
                "Note: this is prose.\nAuthor: me\n\nNo title key, so no header.\n",
                "Title: the plan was simple: walk to the river\nand back before the rain came.\n",
                "Title: a colon: inside\nthe sentence goes on here, with words: many of them.\n",
                "https://example.com/title: a link line\ntitle: x\n",
                "Title:Tight\n\nBody.\n",
                " Title: indented first line\n\nBody.\n",
                "    Title: code block\n\nBody.\n",
                "Titel und Datum: zwei Wörter\nTitle: x\n",
                "# Title: heading\n\nBody.\n")) {
            Post post = parse(text);
            assertThat(post.frontMatter()).as(text).isNull();
            assertThat(post.bodyStartLine()).as(text).isEqualTo(1);
            assertThat(post.blocks()).as(text).isNotEmpty();
        }
    }

    @Test
    void hugeHeadersStayLinear() {
        Post longLine = parse("Title: " + "x".repeat(10_000_000) + "\n\nBody.\n");
        assertThat(longLine.frontMatter().text("title")).hasSize(10_000_000);
        Post manyKeys = parse("Title: t\n" + "Key: v\n".repeat(200_000) + "\nBody.\n");
        assertThat(manyKeys.frontMatter().endLine()).isEqualTo(200_001);
        assertThat(manyKeys.frontMatter().problems()).hasSize(199_999);
        Post manyLines = parse("Title: t\n" + "    more\n".repeat(200_000));
        assertThat(manyLines.frontMatter().text("title")).hasSize(1 + 5 * 200_000);
    }
}
