package io.github.contentlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Severity;
import io.github.contentlint.engine.CheckOptions;
import io.github.contentlint.engine.CheckOutcome;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.post.Position;
import io.github.contentlint.rules.RuleCatalog;
import io.github.contentlint.testing.Schemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every file format on a small blog: schemas, structure, escaping, and the same bytes for any thread count. */
class ReportsTest {

    private static final List<String> FILE_FORMATS = List.of("sarif", "checkstyle", "json", "html");

    @TempDir
    Path base;

    @BeforeEach
    void blog() throws IOException {
        write("_posts/2025-04-01-bad-date.md", "---\ntitle: \"日付 <時刻> & 場所\"\ndate: 来週の火曜日\n---\n\n本文です。\n");
        write("_posts/2025-04-02-fine.md", "---\ntitle: Fine\ndate: 2025-04-02\n---\n\nText.\n");
        write("_posts/2025-04-03-twice.md", "---\ntitle: A\ntitle: B\n---\n\nText, 100% of it.\n"
                + "<!-- contentlint-disable-next-line front-matter -->\nMore.\n");
        Files.createDirectories(base.resolve(".git"));
    }

    private void write(String path, String text) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private CheckOutcome check(int threads, Path output, Locale locale) throws Exception {
        CheckOptions options = CheckOptions.builder(base, output).formats(FILE_FORMATS).threads(threads)
                .locale(locale).build();
        return Contentlint.check(Contentlint.prepare(options, Map.of()), output);
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchema() throws Exception {
        check(2, base.resolve("target/out"), Locale.ENGLISH);
        assertThat(Schemas.errors(Schemas.SARIF, base.resolve("target/out/contentlint.sarif"))).isEmpty();
        // the validator does catch a broken report
        assertThat(Schemas.errors(Schemas.SARIF, "{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}"))
                .isNotEmpty();
    }

    @Test
    void jsonIsValidAgainstItsSchemaAndCarriesEveryField() throws Exception {
        check(2, base.resolve("target/out"), Locale.ENGLISH);
        Path json = base.resolve("target/out/contentlint.json");
        assertThat(Schemas.errors(Schemas.CONTENTLINT_REPORT, json)).isEmpty();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(report.get("baseDirectory").asText()).isEqualTo(".");
        assertThat(report.at("/summary/postsChecked").asInt()).isEqualTo(3);
        assertThat(report.at("/summary/errors").asInt()).isEqualTo(2);
        assertThat(report.at("/summary/infos").asInt()).isEqualTo(1);
        assertThat(report.get("files")).hasSize(3);
        assertThat(report.at("/files/1/findings").asInt()).isZero();
        JsonNode first = report.at("/findings/0");
        assertThat(first.get("rule").asText()).isEqualTo("front-matter");
        assertThat(first.get("path").asText()).isEqualTo("_posts/2025-04-01-bad-date.md");
        assertThat(first.get("line").asInt()).isEqualTo(3);
        assertThat(first.get("fingerprint").asText()).matches("[0-9a-f]{32}");
        assertThat(first.get("fix").isNull()).isTrue();
        assertThat(Schemas.errors(Schemas.CONTENTLINT_REPORT, "{\"format\": \"contentlint-report\"}")).isNotEmpty();
    }

    @Test
    void checkstyleXmlListsEveryPostWithItsErrors() throws Exception {
        check(2, base.resolve("target/out"), Locale.ENGLISH);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(base.resolve("target/out/contentlint-checkstyle.xml").toFile());
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("checkstyle");
        NodeList files = root.getElementsByTagName("file");
        assertThat(files.getLength()).isEqualTo(3);
        Element bad = (Element) files.item(0);
        assertThat(bad.getAttribute("name"))
                .isEqualTo(base.toAbsolutePath().normalize().resolve("_posts/2025-04-01-bad-date.md").toString());
        Element error = (Element) bad.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("line")).isEqualTo("3");
        assertThat(error.getAttribute("column")).isEqualTo("1");
        assertThat(error.getAttribute("severity")).isEqualTo("error");
        assertThat(error.getAttribute("source")).isEqualTo("contentlint.front-matter");
        assertThat(error.getAttribute("message")).startsWith("date \"来週の火曜日\" is not a date");
        assertThat(((Element) files.item(1)).getElementsByTagName("error").getLength()).isZero();
    }

    @Test
    void reportsAreTheSameBytesWhateverTheThreadCount() throws Exception {
        check(1, base.resolve("target/one"), Locale.ENGLISH);
        check(4, base.resolve("target/four"), Locale.ENGLISH);
        for (String name : List.of("contentlint.json", "contentlint-checkstyle.xml", "contentlint.html")) {
            assertThat(Files.readAllBytes(base.resolve("target/four").resolve(name)))
                    .as(name).isEqualTo(Files.readAllBytes(base.resolve("target/one").resolve(name)));
        }
    }

    @Test
    void htmlIsOnePageWithoutExternalAssetsAndEachFindingLinksToItsLine() throws Exception {
        check(2, base.resolve("target/out"), Locale.ENGLISH);
        String html = Files.readString(base.resolve("target/out/contentlint.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "<style>")
                .doesNotContain("<script", "<link", "src=", "url(", "@import", "http://", "https://")
                // text from the post is escaped
                .contains("日付 &lt;時刻&gt; &amp; 場所")
                .contains("<a class=\"where\" href=\"#p1-L3\">line 3, column 1</a>")
                .contains("id=\"p1-L3\"")
                .contains("href=\"" + base.toAbsolutePath().normalize().resolve("_posts/2025-04-01-bad-date.md")
                        .toUri() + "\"")
                .contains("1 post without findings is not listed.");
        // every in-page link has its anchor
        Matcher links = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        while (links.find()) {
            assertThat(html).as("anchor of #%s", links.group(1)).contains("id=\"" + links.group(1) + "\"");
        }
    }

    @Test
    void htmlSpeaksJapaneseWhenTheRunDoes() throws Exception {
        check(2, base.resolve("target/ja"), Locale.JAPANESE);
        String html = Files.readString(base.resolve("target/ja/contentlint.html"));
        assertThat(html).contains("<html lang=\"ja\">", "contentlint レポート", "ルールごとの指摘数", "3 行目、1 文字目");
    }

    @Test
    void gitHubAnnotationsAreEscapedAsTheActionsToolkitDoes() {
        ReportContext context = ReportContext.of(base.resolve("blog"), RuleCatalog.builtIn());
        Finding finding = new Finding("front-matter", Severity.WARNING, "_posts/a,b:c.md", new Position(2, 3),
                new Position(4, 5), "100% wrong:\r\nsee, here");
        assertThat(GitHubReport.line(finding, context)).isEqualTo(
                "::warning file=blog/_posts/a%2Cb%3Ac.md,line=2,col=3,endLine=4,endColumn=5,"
                        + "title=contentlint%3A front-matter::100%25 wrong:%0D%0Asee, here");
        Finding info = new Finding("unused-suppression", Severity.INFO, "x.md", new Position(1, 1),
                new Position(1, 1), "m");
        assertThat(GitHubReport.line(info, context)).startsWith("::notice file=blog/x.md,");
    }

    @Test
    void htmlClipsVeryLongLinesAroundTheColumn() {
        String line = "a".repeat(1000) + "HERE" + "b".repeat(1000);
        String clipped = HtmlReport.clip(line, 1001);
        assertThat(clipped).startsWith("…").endsWith("…").contains("HERE");
        assertThat(clipped.codePointCount(0, clipped.length())).isEqualTo(HtmlReport.MAX_LINE + 2);
        assertThat(HtmlReport.clip("short", 1)).isEqualTo("short");
    }
}
