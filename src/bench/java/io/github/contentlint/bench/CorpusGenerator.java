package io.github.contentlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic blog with a fixed seed: Japanese and English posts of 2,000 to 20,000
 * characters with headings, lists, links, code, tables and quotes, and a share of every defect
 * contentlint looks for (broken front matter, wrong reading times, repeated sections, markers,
 * cut endings, markup in titles, templated excerpts). The same seed gives the same bytes.
 */
final class CorpusGenerator {

    private static final String[] JA_SUBJECTS = {"生成AI", "半導体", "データセンター", "クラウド", "検索エンジン",
        "電気自動車", "量子計算", "通信網", "ロボット", "医療データ"};
    private static final String[] JA_VERBS = {"変えつつある", "揺さぶっている", "後押ししている", "問い直している",
        "支えている", "広げている"};
    private static final String[] JA_OBJECTS = {"産業の構造", "働き方", "研究の進め方", "投資の判断", "供給網",
        "教育の現場"};
    private static final String[] EN_WORDS = ("the a release team build cache query index server client "
            + "writer reader draft post editor review merge branch test deploy metric latency budget plan "
            + "because while after before often rarely always never quickly slowly carefully").split(" ");

    private final Random random;

    CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} posts under {@code base/_posts}. */
    void generate(Path base, int count) throws IOException {
        Path posts = base.resolve("_posts");
        Files.createDirectories(posts);
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < count; i++) {
            boolean japanese = random.nextInt(10) < 6;
            LocalDate date = start.plusDays(i / 3);
            String name = date + "-post-" + i + ".md";
            Files.writeString(posts.resolve(name), post(i, japanese, date), StandardCharsets.UTF_8);
        }
    }

    private String post(int index, boolean japanese, LocalDate date) {
        int target = 2000 + random.nextInt(18001);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int length = 0;
        int section = 0;
        while (length < target) {
            String block = switch (random.nextInt(12)) {
                case 0 -> "## " + (japanese ? "第" + (++section) + "節 " + pick(JA_SUBJECTS) + "の論点" : "Part " + (++section));
                case 1 -> list(japanese);
                case 2 -> "```java\nint total = 0;\nfor (int i = 0; i < " + random.nextInt(100) + "; i++) {\n"
                        + "    total += i;\n}\n```";
                case 3 -> "| " + (japanese ? "項目 | 値" : "item | value") + " |\n|---|---|\n| a | " + random.nextInt(99)
                        + " |\n| b | " + random.nextInt(99) + " |";
                case 4 -> "> " + paragraph(japanese);
                default -> paragraph(japanese);
            };
            paragraphs.add(block);
            length += block.length();
        }
        int defect = random.nextInt(20);
        if (defect == 0 && paragraphs.size() > 6) {
            paragraphs.addAll(paragraphs.subList(2, 5)); // a repeated section
        } else if (defect == 1) {
            paragraphs.add(paragraphs.size() / 2, "---END---");
        } else if (defect == 2) {
            String last = paragraph(japanese);
            paragraphs.add(last.substring(0, last.length() / 2)); // a cut ending
        } else {
            paragraphs.add(paragraph(japanese));
        }
        for (String paragraph : paragraphs) {
            body.append(paragraph).append("\n\n");
        }
        String title = japanese ? pick(JA_SUBJECTS) + "が" + pick(JA_OBJECTS) + "を" + pick(JA_VERBS) + "理由"
                : "How the " + pick(EN_WORDS) + " " + pick(EN_WORDS) + " changed our " + pick(EN_WORDS);
        if (defect == 3) {
            title = "**" + title;
        }
        String excerpt = defect == 4 ? pick(JA_SUBJECTS) + "について詳細に分析します。"
                : (japanese ? title + "について、現場の視点から整理する。" : "What we learned about " + title.toLowerCase());
        int readingTime = defect == 5 ? 8 : Math.max(1, (int) Math.ceil(body.length() / (japanese ? 500.0 : 1200.0)));
        StringBuilder post = new StringBuilder("---\nlayout: post\n");
        post.append("title: \"").append(title).append("\"\n");
        if (defect != 6) {
            post.append("date: ").append(date).append(" 09:00:00 +0900\n");
        }
        if (defect == 7) {
            post.append("title: \"").append(title).append("\"\n"); // a duplicate key
        }
        post.append("categories: [").append(japanese ? "ニュース" : "engineering").append("]\n");
        post.append("tags: [\"").append(japanese ? pick(JA_SUBJECTS) : pick(EN_WORDS)).append("\"]\n");
        post.append("excerpt: \"").append(excerpt).append("\"\n");
        post.append("reading_time: ").append(readingTime).append("\n---\n\n");
        return post.append(body).toString();
    }

    private String paragraph(boolean japanese) {
        StringBuilder text = new StringBuilder();
        int sentences = 2 + random.nextInt(5);
        for (int i = 0; i < sentences; i++) {
            if (japanese) {
                text.append(pick(JA_SUBJECTS)).append("は").append(pick(JA_OBJECTS)).append("を")
                        .append(pick(JA_VERBS)).append("。");
                if (random.nextInt(4) == 0) {
                    text.append("詳しくは[公式の発表](https://example.com/").append(random.nextInt(1000)).append(")を参照。");
                }
            } else {
                int words = 8 + random.nextInt(14);
                for (int w = 0; w < words; w++) {
                    String word = pick(EN_WORDS);
                    text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    text.append(w + 1 < words ? " " : ". ");
                }
                if (random.nextInt(4) == 0) {
                    text.append("See [the notes](https://example.com/").append(random.nextInt(1000)).append("). ");
                }
            }
        }
        return text.toString().strip();
    }

    private String list(boolean japanese) {
        StringBuilder list = new StringBuilder();
        int items = 2 + random.nextInt(5);
        for (int i = 0; i < items; i++) {
            list.append("- ").append(japanese ? pick(JA_SUBJECTS) + "の" + pick(JA_OBJECTS) : pick(EN_WORDS) + " "
                    + pick(EN_WORDS)).append('\n');
        }
        return list.toString().strip();
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
