package io.github.contentlint.rules;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Fix;
import io.github.contentlint.api.FrontMatterKeys;
import io.github.contentlint.api.PostSummary;
import io.github.contentlint.api.Rule;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.RuleOptions;
import io.github.contentlint.api.CrossPostRule;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.PostParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs one rule on posts written in a test, with the catalog's defaults under the test's options. */
final class RuleTesting {

    private RuleTesting() {
    }

    static Post post(String path, String text) {
        return new PostParser().parse(path, text, StandardCharsets.UTF_8, 0);
    }

    static RuleContext context(String ruleId, Map<String, Object> options) {
        return context(ruleId, options, FrontMatterKeys.DEFAULT);
    }

    static RuleContext context(String ruleId, Map<String, Object> options, FrontMatterKeys keys) {
        RuleDescriptor descriptor = RuleCatalog.builtIn().get(ruleId);
        Map<String, Object> values = new LinkedHashMap<>();
        descriptor.options().values().forEach(spec -> values.put(spec.name(), spec.defaultValue()));
        values.putAll(options);
        return new RuleContext(ruleId, descriptor.severity(), new RuleOptions(values), keys,
                new BundleMessages(ruleId, Locale.ENGLISH));
    }

    /** Per-post findings and, for a cross-post rule, the findings across all the given posts. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Finding> run(Rule rule, RuleContext context, Post... posts) {
        List<Finding> findings = new ArrayList<>();
        List<PostSummary<Object>> summaries = new ArrayList<>();
        for (Post post : posts) {
            findings.addAll(rule.check(post, context));
            if (rule instanceof CrossPostRule crossPost) {
                Object summary = crossPost.summarize(post, context);
                if (summary != null) {
                    summaries.add(new PostSummary<>(post.path(), summary));
                }
            }
        }
        if (rule instanceof CrossPostRule crossPost) {
            findings.addAll(crossPost.checkAcross(summaries, context));
        }
        return findings;
    }

    /** The text of a UTF-8 post without byte order mark after a fix. */
    static String apply(String text, Fix fix) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] replacement = fix.replacement().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[bytes.length - (int) (fix.endByte() - fix.startByte()) + replacement.length];
        System.arraycopy(bytes, 0, out, 0, (int) fix.startByte());
        System.arraycopy(replacement, 0, out, (int) fix.startByte(), replacement.length);
        System.arraycopy(bytes, (int) fix.endByte(), out, (int) fix.startByte() + replacement.length,
                bytes.length - (int) fix.endByte());
        return new String(out, StandardCharsets.UTF_8);
    }
}
