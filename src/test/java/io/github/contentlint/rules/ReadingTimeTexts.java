package io.github.contentlint.rules;

import io.github.contentlint.api.FrontMatterKeys;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.RuleOptions;
import io.github.contentlint.api.Severity;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.PostParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Bodies for reading-time tests, written for them (never taken from a real blog), and rule contexts. */
public final class ReadingTimeTexts {

    /** 34 CJK characters. */
    public static final String JAPANESE_34 = "朝の電車は思ったより空いていて、窓の外には冬の田んぼが広がっていた。";
    /** 14 words. */
    public static final String ENGLISH_14 = "The morning train was quieter than usual, and frosted fields slid past the"
            + " windows.";

    static final String[] JAPANESE = {
        JAPANESE_34,
        "駅前の喫茶店で温かいコーヒーを頼み、読みかけの小説を開いた。",
        "午後は図書館で古い地図を眺めながら、町の移り変わりについて考えた。",
        "夕方になると風が冷たくなり、商店街の明かりが一つずつ灯り始めた。",
        "帰り道に八百屋で大根と白菜を買い、今夜は鍋にしようと決めた。",
        "設定ファイルを一行ずつ確かめると、古いキーが二つ残っていた。",
    };
    static final String[] ENGLISH = {
        ENGLISH_14,
        "At the station cafe I ordered a coffee and opened the novel I had left half read.",
        "In the afternoon the library's old maps showed how the town had grown along the river.",
        "By evening the wind turned cold and the shops lit their lamps one after another.",
        "On the way home I bought radishes and cabbage and decided on a hot pot for dinner.",
        "The build failed twice before I noticed that the plugin version was pinned too low.",
    };

    private ReadingTimeTexts() {
    }

    /** {@code paragraphs} paragraphs, each {@code sentences} copies of one sentence. */
    public static String repeated(String sentence, int sentences, int paragraphs, String glue) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            body.append(String.join(glue, java.util.Collections.nCopies(sentences, sentence))).append("\n\n");
        }
        return body.toString();
    }

    /** Paragraphs of random sentences of one language until the text holds about {@code units} characters or words. */
    public static List<String> paragraphs(Random random, boolean japanese, int units) {
        String[] pool = japanese ? JAPANESE : ENGLISH;
        List<String> paragraphs = new ArrayList<>();
        int total = 0;
        while (total < units) {
            int sentences = 2 + random.nextInt(5);
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < sentences; i++) {
                String sentence = pool[random.nextInt(pool.length)];
                chosen.add(sentence);
                total += japanese ? sentence.length() : sentence.split(" ").length;
            }
            paragraphs.add(String.join(japanese ? "" : " ", chosen));
        }
        return paragraphs;
    }

    public static Post post(String text) {
        return new PostParser().parse("_posts/2025-01-01-test.md", text, StandardCharsets.UTF_8, 0);
    }

    /** The rule's context with the catalog's defaults and {@code overrides} over them. */
    public static RuleContext context(Map<String, Object> overrides) {
        return context(overrides, FrontMatterKeys.DEFAULT);
    }

    public static RuleContext context(Map<String, Object> overrides, FrontMatterKeys keys) {
        Map<String, Object> values = new LinkedHashMap<>();
        RuleCatalog.builtIn().get(ReadingTimeRule.ID).options().values()
                .forEach(option -> values.put(option.name(), option.defaultValue()));
        values.putAll(overrides);
        return new RuleContext(ReadingTimeRule.ID, Severity.ERROR, new RuleOptions(values), keys,
                new BundleMessages(ReadingTimeRule.ID, Locale.ENGLISH));
    }
}
