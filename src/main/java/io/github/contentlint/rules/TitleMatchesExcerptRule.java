package io.github.contentlint.rules;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.github.contentlint.api.CrossPostRule;
import io.github.contentlint.api.Finding;
import io.github.contentlint.api.PostSummary;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.RuleOptions;
import io.github.contentlint.post.FrontMatter;
import io.github.contentlint.post.FrontMatterEntry;
import io.github.contentlint.post.Position;
import io.github.contentlint.post.Post;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * {@code title-matches-excerpt}: the title and the excerpt are about the same thing, and the
 * excerpt is not a template. Per post it matches the excerpt against template patterns; across
 * posts it weighs terms by how rare they are in the repository (so that a word every post uses
 * proves nothing), compares title, excerpt and the body's opening, and finds excerpt skeletons
 * that many posts share.
 */
public final class TitleMatchesExcerptRule implements CrossPostRule<TitleMatchesExcerptRule.Summary> {

    public static final String ID = "title-matches-excerpt";
    private static final int SHOWN_SKELETON = 60;

    /**
     * Compiled template patterns by their text. A cache, not state: a pattern compiles to the same
     * immutable, thread-safe automaton whichever thread asks first.
     */
    private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();

    /**
     * What the cross-post pass keeps of one post.
     *
     * @param title term hashes of the title (see {@link Terms})
     * @param excerpt term hashes of the excerpt
     * @param titleInOpening title terms that the body's opening (first heading, first paragraph) holds too
     * @param excerptInOpening excerpt terms that the opening holds too
     * @param skeleton the excerpt without the title's words, or null when too little wording is left
     * @param excerptKey a hash of the normalised excerpt, to count identical excerpts
     * @param template the text a template pattern matched in the excerpt, or null
     * @param titleLine line of the title value
     * @param titleColumn column of the title value
     * @param excerptLine line of the excerpt value
     * @param excerptColumn column of the excerpt value
     */
    public record Summary(int[] title, int[] excerpt, int[] titleInOpening, int[] excerptInOpening, String skeleton,
            long excerptKey, String template, int titleLine, int titleColumn, int excerptLine, int excerptColumn) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void validate(RuleOptions options) {
        for (String template : options.stringList("templates")) {
            try {
                Pattern.compile(template);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("templates: \"" + template + "\" does not compile: " + e.getMessage());
            }
        }
        double threshold = options.number("threshold");
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be between 0 and 1, not " + threshold);
        }
        for (String count : List.of("maxPostsPerSkeleton", "minSkeletonWording", "minTitleTerms", "minExcerptTerms")) {
            if (options.integer(count) < 0) {
                throw new IllegalArgumentException(count + " must be 0 or more");
            }
        }
    }

    private record Fields(String title, String excerpt, FrontMatterEntry titleEntry, FrontMatterEntry excerptEntry) {
    }

    /** Title and excerpt with their entries, or null when either is absent (front-matter's finding). */
    private static Fields fields(Post post, RuleContext context) {
        FrontMatter frontMatter = TitleFields.trustedFrontMatter(post);
        if (frontMatter == null) {
            return null;
        }
        String title = TitleFields.value(post, context.keys().title());
        String excerpt = TitleFields.value(post, context.keys().excerpt());
        if (title == null || excerpt == null) {
            return null;
        }
        return new Fields(title, excerpt, frontMatter.entry(context.keys().title()).orElseThrow(),
                frontMatter.entry(context.keys().excerpt()).orElseThrow());
    }

    /** Every finding needs the repository (weights, shared skeletons): all come from {@link #checkAcross}. */
    @Override
    public List<Finding> check(Post post, RuleContext context) {
        return List.of();
    }

    /** The text a template pattern matched in the excerpt, or null. */
    private String matchingTemplate(String excerpt, RuleContext context) {
        String text = Terms.normalise(excerpt);
        for (String template : context.options().stringList("templates")) {
            Matcher m = compiled.computeIfAbsent(template, Pattern::compile).matcher(text);
            if (m.find()) {
                return m.group().isEmpty() ? template : m.group();
            }
        }
        return null;
    }

    @Override
    public Summary summarize(Post post, RuleContext context) {
        Fields fields = fields(post, context);
        if (fields == null) {
            return null;
        }
        int[] title = Terms.of(fields.title());
        int[] excerpt = Terms.of(fields.excerpt());
        int[] opening = Terms.of(TitleFields.opening(post));
        String skeleton = Terms.skeleton(fields.title(), fields.excerpt());
        if (Terms.wording(skeleton) < context.options().integer("minSkeletonWording")) {
            skeleton = null;
        }
        String normalised = Terms.normalise(fields.excerpt()).replaceAll("\\s+", " ");
        long excerptKey = ((long) normalised.hashCode() << 32)
                ^ (new StringBuilder(normalised).reverse().toString().hashCode() & 0xFFFFFFFFL);
        Position titleAt = TitleFields.positionOf(post, fields.titleEntry(), "");
        Position excerptAt = TitleFields.positionOf(post, fields.excerptEntry(), "");
        return new Summary(title, excerpt, Terms.common(title, opening), Terms.common(excerpt, opening), skeleton,
                excerptKey, matchingTemplate(fields.excerpt(), context), titleAt.line(), titleAt.column(),
                excerptAt.line(), excerptAt.column());
    }

    @Override
    public List<Finding> checkAcross(List<PostSummary<Summary>> summaries, RuleContext context) {
        Map<Integer, Integer> documentFrequency = new HashMap<>();
        Map<String, Integer> skeletons = new HashMap<>();
        Map<Long, Integer> excerpts = new HashMap<>();
        for (PostSummary<Summary> post : summaries) {
            Summary summary = post.summary();
            for (int term : union(summary.title(), summary.excerpt())) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
            if (summary.skeleton() != null) {
                skeletons.merge(summary.skeleton(), 1, Integer::sum);
            }
            excerpts.merge(summary.excerptKey(), 1, Integer::sum);
        }
        Weights weights = new Weights(documentFrequency, summaries.size());
        double threshold = context.options().number("threshold");
        int maxShared = context.options().integer("maxPostsPerSkeleton");
        int minTitleTerms = context.options().integer("minTitleTerms");
        int minExcerptTerms = context.options().integer("minExcerptTerms");
        List<Finding> findings = new ArrayList<>();
        for (PostSummary<Summary> post : summaries) {
            Summary summary = post.summary();
            Position excerptAt = new Position(summary.excerptLine(), summary.excerptColumn());
            // the post's own excerpt, not the counts and scores that change with other posts
            String about = String.valueOf(summary.excerptKey());
            if (summary.template() != null) {
                findings.add(context.finding(post.path(), excerptAt, excerptAt, "template", summary.template()));
                continue;
            }
            int identical = excerpts.get(summary.excerptKey());
            int alike = summary.skeleton() == null ? 0 : skeletons.get(summary.skeleton());
            if (identical > maxShared && identical >= alike) {
                findings.add(context.findingAbout(post.path(), excerptAt, excerptAt, about, "shared-excerpt", identical));
                continue;
            }
            if (alike > maxShared) {
                findings.add(context.findingAbout(post.path(), excerptAt, excerptAt, about, "shared-template", alike,
                        shorten(summary.skeleton())));
                continue;
            }
            if (summary.title().length < minTitleTerms || summary.excerpt().length < minExcerptTerms) {
                continue; // a short excerpt may tease or add to the title (how, not what): not judged
            }
            double titleExcerpt = weights.overlap(summary.title(), summary.excerpt());
            if (titleExcerpt >= threshold) {
                continue;
            }
            double titleOpening = weights.share(summary.titleInOpening(), summary.title());
            double excerptOpening = weights.share(summary.excerptInOpening(), summary.excerpt());
            if (titleOpening >= threshold && excerptOpening >= threshold) {
                continue; // both are about the post, from different angles: a teaser
            }
            if (titleOpening >= threshold) {
                findings.add(context.findingAbout(post.path(), excerptAt, excerptAt, about, "excerpt-off",
                        titleExcerpt, threshold, excerptOpening));
            } else {
                Position titleAt = new Position(summary.titleLine(), summary.titleColumn());
                findings.add(context.findingAbout(post.path(), titleAt, titleAt, about,
                        excerptOpening >= threshold ? "title-off" : "unrelated", titleExcerpt, threshold, titleOpening));
            }
        }
        return findings;
    }

    private static String shorten(String skeleton) {
        return skeleton.length() > SHOWN_SKELETON ? skeleton.substring(0, SHOWN_SKELETON - 1) + "…" : skeleton;
    }

    private static int[] union(int[] a, int[] b) {
        return IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().toArray();
    }

    /** Inverse document frequency over the repository's titles and excerpts, smoothed. */
    private record Weights(Map<Integer, Integer> documentFrequency, int posts) {

        double weight(int term) {
            int df = documentFrequency.getOrDefault(term, 0);
            return Math.log((posts + 1.0) / (df + 1.0)) + 1.0;
        }

        double sum(int[] terms) {
            double sum = 0;
            for (int term : terms) {
                sum += weight(term);
            }
            return sum;
        }

        /** Weighted overlap coefficient: shared weight over the lighter side's weight. */
        double overlap(int[] a, int[] b) {
            double lighter = Math.min(sum(a), sum(b));
            return lighter == 0 ? 1 : sum(Terms.common(a, b)) / lighter;
        }

        /** The share of a text's weight that a part of it carries. */
        double share(int[] part, int[] whole) {
            double total = sum(whole);
            return total == 0 ? 1 : sum(part) / total;
        }
    }
}
