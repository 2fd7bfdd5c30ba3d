package io.github.contentlint.rules.truncation;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.github.contentlint.api.RuleOptions;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The options of {@code no-truncated-ending}, read and compiled once per run. Defaults live in
 * {@code rules/no-truncated-ending.yml}, never here.
 *
 * @param endingBlocks kinds of block that end a post legitimately without a terminator
 * @param allowEmoji whether an emoji, a kaomoji or a laugh ends a sentence
 * @param signoffs closing lines that need no terminator (以上, "— Alice", "Cheers,")
 * @param markers generation markers; a block cut before one is reported
 * @param boilerplateHeadings headings of sections appended after the article
 * @param boilerplateParagraphs paragraphs appended after the article (affiliate notes)
 * @param boilerplateLinks calls to action: a link matching one makes its short section boilerplate
 * @param restartChars how many characters of a fragment's end must reappear, continued, elsewhere
 * @param minFragmentChars shortest unterminated Japanese closing sentence reported without other evidence
 * @param minFragmentWords shortest unterminated English closing sentence reported without other evidence
 * @param styleRatio share of the post's paragraphs that must end on a terminator for a bare
 *     closing sentence to count as cut
 * @param checkInside whether paragraphs inside the body are checked too
 */
record TruncationSettings(
        Set<Unit.Kind> endingBlocks,
        boolean allowEmoji,
        List<Pattern> signoffs,
        List<Pattern> markers,
        List<Pattern> boilerplateHeadings,
        List<Pattern> boilerplateParagraphs,
        List<Pattern> boilerplateLinks,
        int restartChars,
        int minFragmentChars,
        int minFragmentWords,
        double styleRatio,
        boolean checkInside) {

    /** The names users write in {@code endingBlocks}, and the kinds they stand for. */
    private static final List<String> ENDING_NAMES = List.of(
            "list", "code", "table", "image", "links", "references", "definitions", "liquid", "html", "math");

    static TruncationSettings of(RuleOptions options) {
        return new TruncationSettings(
                endingKinds(options.stringList("endingBlocks")),
                options.bool("allowEmoji"),
                patterns("signoffs", options.stringList("signoffs")),
                patterns("markers", options.stringList("markers")),
                patterns("boilerplateHeadings", options.stringList("boilerplateHeadings")),
                patterns("boilerplateParagraphs", options.stringList("boilerplateParagraphs")),
                patterns("boilerplateLinks", options.stringList("boilerplateLinks")),
                positive("restartChars", options.integer("restartChars")),
                positive("minFragmentChars", options.integer("minFragmentChars")),
                positive("minFragmentWords", options.integer("minFragmentWords")),
                ratio(options.number("styleRatio")),
                options.bool("checkInside"));
    }

    private static Set<Unit.Kind> endingKinds(List<String> names) {
        Set<Unit.Kind> kinds = EnumSet.noneOf(Unit.Kind.class);
        for (String name : names) {
            switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "list" -> kinds.add(Unit.Kind.ITEM);
                case "code" -> kinds.add(Unit.Kind.CODE);
                case "table" -> kinds.add(Unit.Kind.TABLE);
                case "image" -> kinds.add(Unit.Kind.IMAGE);
                case "links" -> kinds.add(Unit.Kind.LINKS);
                case "references" -> kinds.add(Unit.Kind.REFERENCE);
                case "definitions" -> kinds.add(Unit.Kind.DEFINITION);
                case "liquid" -> kinds.add(Unit.Kind.LIQUID);
                case "html" -> kinds.add(Unit.Kind.HTML);
                case "math" -> kinds.add(Unit.Kind.MATH);
                default -> throw new IllegalArgumentException("endingBlocks has an unknown kind '" + name
                        + "': write some of " + String.join(", ", ENDING_NAMES));
            }
        }
        return kinds;
    }

    /**
     * Checks each regex on its own (so that an error names it), then joins them into one
     * alternation: one linear-time pass over a text instead of one per regex.
     */
    private static List<Pattern> patterns(String option, List<String> regexes) {
        StringBuilder joined = new StringBuilder();
        for (String regex : regexes) {
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(option + ": the regex " + regex + " does not compile ("
                        + e.getDescription() + "); write an RE2 regular expression");
            }
            joined.append(joined.length() == 0 ? "" : "|").append("(?:").append(regex).append(')');
        }
        return regexes.stream().map(Pattern::compile).toList();
    }

    private static int positive(String option, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be 1 or more, not " + value);
        }
        return value;
    }

    private static double ratio(double value) {
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException("styleRatio must be between 0 and 1, such as 0.8, not " + value);
        }
        return value;
    }

    static boolean anyFinds(List<Pattern> patterns, String text) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
