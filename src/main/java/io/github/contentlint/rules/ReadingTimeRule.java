package io.github.contentlint.rules;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Fix;
import io.github.contentlint.api.Rule;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.RuleOptions;
import io.github.contentlint.post.Block;
import io.github.contentlint.post.FrontMatter;
import io.github.contentlint.post.FrontMatterEntry;
import io.github.contentlint.post.FrontMatterFormat;
import io.github.contentlint.post.FrontMatterProblem;
import io.github.contentlint.post.FrontMatterValues;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.SourceText;
import io.github.contentlint.post.TextMeasure;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code reading-time}: the stated reading time agrees with the body. The body is measured as a
 * reader reads it (prose, headings and tables; code and images by option; markup, URLs and HTML
 * tags left out), CJK characters at {@code charactersPerMinute} and other words at
 * {@code wordsPerMinute}. A stated value passes when some honest formula could have given it;
 * otherwise the finding names the value to write and carries a fix that rewrites the number
 * only.
 */
public final class ReadingTimeRule implements Rule {

    public static final String ID = "reading-time";

    /**
     * The first number of a value as written, with an English unit right after it: {@code 8} in
     * {@code 8分}, {@code 8 min} in {@code "8 min"}. The unit follows the number (1 minute, 2 minutes).
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)(?:(\\s*)(minutes|minute|mins|min)\\b)?", Pattern.CASE_INSENSITIVE);
    /** Markdown images, inline or by reference, and HTML {@code <img>}. */
    private static final Pattern IMAGE = Pattern.compile(
            "!\\[[^\\]\\n]*\\](?:\\([^)\\n]*\\)|\\[[^\\]\\n]*\\])|<img\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_NOT_READ = Pattern.compile(
            "<!--.*?-->|<script\\b.*?</script\\s*>|<style\\b.*?</style\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");
    /** A key a Pelican/MultiMarkdown metadata header can hold. */
    private static final Pattern METADATA_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    /** Medium counts 12 s for the first image, one second less for each next, 3 s from the tenth on. */
    private static final int MEDIUM_FIRST_IMAGE_SECONDS = 12;
    private static final int MEDIUM_LEAST_IMAGE_SECONDS = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void validate(RuleOptions options) {
        positive(options, "charactersPerMinute");
        positive(options, "wordsPerMinute");
        if (options.number("codeWordsPerMinute") < 0) {
            throw new IllegalArgumentException("codeWordsPerMinute must be 0 (leave code out) or a positive rate");
        }
        if (options.number("secondsPerImage") < 0) {
            throw new IllegalArgumentException("secondsPerImage must be 0 or more");
        }
        if (options.number("tolerance") < 1) {
            throw new IllegalArgumentException("tolerance is a factor of 1 or more, such as 1.5 (the stated value may be"
                    + " up to 1.5 times more or less than the measured one)");
        }
        int minimum = options.integer("minimum");
        int maximum = options.integer("maximum");
        if (minimum < 0 || maximum < 0) {
            throw new IllegalArgumentException("minimum and maximum are whole minutes, 0 for none");
        }
        if (maximum > 0 && minimum > maximum) {
            throw new IllegalArgumentException("minimum " + minimum + " is above maximum " + maximum);
        }
    }

    private static void positive(RuleOptions options, String name) {
        double value = options.number(name);
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive number, not " + value);
        }
    }

    @Override
    public List<Finding> check(Post post, RuleContext context) {
        FrontMatter frontMatter = post.frontMatter();
        if (frontMatter == null || !frontMatter.isWellFormed()) {
            return List.of(); // front-matter reports it; no key can be trusted
        }
        String key = context.keys().readingTime();
        FrontMatterEntry entry = frontMatter.entries().get(key);
        boolean metadata = frontMatter.format() == FrontMatterFormat.METADATA;
        if (entry == null && metadata) {
            entry = frontMatter.entry(key).orElse(null); // a metadata header's keys are case-insensitive
        }
        RuleOptions options = context.options();
        if (entry == null) {
            return options.bool("addMissing") ? missing(post, frontMatter, key, context) : List.of();
        }
        if (frontMatter.problems().stream().anyMatch(p -> p.kind() == FrontMatterProblem.Kind.DUPLICATE_KEY
                && (metadata ? key.equalsIgnoreCase(p.detail()) : key.equals(p.detail())))) {
            return List.of(); // which of the two the site reads is its generator's choice: front-matter reports it
        }
        OptionalDouble stated = FrontMatterValues.readingTimeMinutes(entry.value());
        if (stated.isEmpty()) {
            return List.of(); // empty or unreadable: front-matter's finding
        }
        Reading reading = measure(post, options);
        Range range = Range.of(reading, options);
        if (range.accepts(stated.getAsDouble())) {
            return List.of();
        }
        int expected = range.expected();
        // The value as written: only its number changes, so quotes, unit and comment stay.
        String written = entry.hasValueRange() ? post.text().substring(entry.valueStart(), entry.valueEnd()) : "";
        Matcher number = NUMBER.matcher(written);
        boolean fixable = number.find() && Double.parseDouble(number.group(1)) == stated.getAsDouble();
        String replacement = fixable ? withUnit(expected, number) : String.valueOf(expected);
        String newValue = fixable
                ? written.substring(0, number.start()) + replacement + written.substring(number.end())
                : replacement;
        String assignment = assignment(frontMatter, key, oneLine(newValue));
        Finding finding = context.at(post, entry.keyPosition(), range.messageKey(), key, displayStated(entry.value()),
                length(reading, context), reading.roundedMinutes(), rates(reading, context), assignment,
                range.limit());
        if (fixable) {
            int start = entry.valueStart() + number.start();
            finding = finding.withFix(post.fix(start, entry.valueStart() + number.end(), replacement));
        }
        return List.of(finding);
    }

    /** The new number with the written unit in the number it needs: {@code 1 minute}, {@code 5 minutes}. */
    private static String withUnit(int minutes, Matcher number) {
        String unit = number.group(3);
        if (unit == null) {
            return String.valueOf(minutes);
        }
        String lower = unit.toLowerCase(java.util.Locale.ROOT);
        String fitting = unit;
        if (minutes == 1 && (lower.equals("minutes") || lower.equals("mins"))) {
            fitting = unit.substring(0, unit.length() - 1);
        } else if (minutes != 1 && lower.equals("minute")) {
            fitting = unit + (Character.isUpperCase(unit.charAt(unit.length() - 1)) ? "S" : "s");
        }
        return minutes + number.group(2) + fitting;
    }

    /** The key is absent and {@code addMissing} is on: report it with a fix that adds the key. */
    private List<Finding> missing(Post post, FrontMatter frontMatter, String key, RuleContext context) {
        Reading reading = measure(post, context.options());
        Range range = Range.of(reading, context.options());
        String assignment = assignment(frontMatter, key, String.valueOf(range.expected()));
        int closingLine = frontMatter.endLine();
        Finding finding = context.atLine(post, closingLine, "missing", key, length(reading, context),
                reading.roundedMinutes(), rates(reading, context), assignment);
        if (frontMatter.format() == FrontMatterFormat.JSON) {
            return List.of(finding); // no line of its own to add to a JSON object without reformatting it
        }
        SourceText source = post.source();
        if (frontMatter.format() == FrontMatterFormat.METADATA) {
            if (!METADATA_KEY.matcher(key).matches()) {
                return List.of(finding); // Pelican would not read such a key as metadata
            }
            // a new last line of the header, ended the way the file ends its lines
            int insertAt = source.lineEndOffset(closingLine);
            String lineEnd = source.lineCount() >= 2 ? source.text().substring(source.lineEndOffset(1),
                    source.lineStartOffset(2)) : "\n";
            return List.of(finding.withFix(post.fix(insertAt, insertAt, lineEnd + assignment)));
        }
        int insertAt = source.lineStartOffset(closingLine);
        int previousLine = closingLine - 1;
        String lineEnd = source.text().substring(source.lineEndOffset(previousLine), insertAt);
        if (lineEnd.isEmpty()) {
            lineEnd = "\n";
        }
        Fix fix = post.fix(insertAt, insertAt, assignment + lineEnd);
        return List.of(finding.withFix(fix));
    }

    /**
     * {@code key: value} in the front matter's own syntax; in a metadata header, with the key
     * capitalised when the header's first key is ({@code Reading_time: 5} under {@code Title:}).
     */
    private static String assignment(FrontMatter frontMatter, String key, String value) {
        String writtenKey = PLAIN_KEY.matcher(key).matches() ? key : '"' + key.replace("\"", "\\\"") + '"';
        return switch (frontMatter.format()) {
            case METADATA -> headerStyle(frontMatter, key) + ": " + value;
            case YAML -> writtenKey + ": " + value;
            case TOML -> writtenKey + " = " + value;
            case JSON -> '"' + key.replace("\"", "\\\"") + "\": " + value;
        };
    }

    private static String headerStyle(FrontMatter frontMatter, String key) {
        boolean capitalised = frontMatter.entries().values().stream().findFirst()
                .map(first -> Character.isUpperCase(first.key().charAt(0))).orElse(false);
        return capitalised && !key.isEmpty() ? Character.toUpperCase(key.charAt(0)) + key.substring(1) : key;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String displayStated(Object value) {
        if (value instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value).strip();
    }

    /**
     * The measures the message names, each with its rate: characters, words, words of code and
     * images, only those the body has ({@code words} also when it has nothing at all).
     */
    private static List<Part> parts(Reading reading) {
        List<Part> parts = new ArrayList<>();
        if (reading.characters() > 0) {
            parts.add(new Part("characters", reading.characters(), reading.characterRate()));
        }
        if (reading.words() > 0 || reading.characters() == 0) {
            parts.add(new Part("words", reading.words(), reading.wordRate()));
        }
        if (reading.codeWords() > 0) {
            parts.add(new Part("code-words", reading.codeWords(), reading.codeRate()));
        }
        if (reading.images() > 0 && reading.secondsPerImage() > 0) {
            parts.add(new Part("images", reading.images(), reading.secondsPerImage()));
        }
        return parts;
    }

    /** {@code 21,340 characters and 312 words}. */
    private static String length(Reading reading, RuleContext context) {
        return join(parts(reading).stream().map(p -> context.message("length." + p.name(), p.count())).toList(), context);
    }

    /** {@code 500 characters/min and 238 words/min}: the rates of the parts named in the length. */
    private static String rates(Reading reading, RuleContext context) {
        return join(parts(reading).stream().map(p -> context.message("rate." + p.name(), p.rate())).toList(), context);
    }

    /** One measure of the body as the message names it: its message keys' suffix, its count and its rate. */
    private record Part(String name, long count, double rate) {
    }

    private static String join(List<String> parts, RuleContext context) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String head = String.join(context.message("list.separator"), parts.subList(0, parts.size() - 1));
        return head + context.message("list.last") + parts.get(parts.size() - 1);
    }

    /** Measures a post's body with the rule's options. */
    static Reading measure(Post post, RuleOptions options) {
        TextMeasure.Count prose = TextMeasure.Count.ZERO;
        TextMeasure.Count code = TextMeasure.Count.ZERO;
        int images = 0;
        for (Block block : post.blocks()) {
            switch (block.kind()) {
                case PARAGRAPH, LIST_ITEM, QUOTE, HEADING, TABLE, OTHER -> {
                    prose = prose.plus(TextMeasure.count(TextMeasure.readable(block.text())));
                    images += images(block.source());
                }
                case HTML -> {
                    prose = prose.plus(TextMeasure.count(TextMeasure.readable(htmlText(block.source()))));
                    images += images(block.source());
                }
                case CODE -> code = code.plus(TextMeasure.count(block.text()));
                case JSX -> images += images(block.source()); // MDX's script: no prose, but <img> is seen
                default -> {
                    // thematic breaks and link reference definitions are not read
                }
            }
        }
        String text = post.text();
        return new Reading(prose, code, images, text.codePointCount(post.bodyStartOffset(), text.length()),
                options.number("charactersPerMinute"),
                options.number("wordsPerMinute"), options.number("codeWordsPerMinute"),
                options.number("secondsPerImage"));
    }

    private static int images(String source) {
        if (source.indexOf("![") < 0 && source.indexOf('<') < 0) {
            return 0;
        }
        Matcher m = IMAGE.matcher(source);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** The text an HTML block shows: tags, comments, scripts and styles left out. */
    private static String htmlText(String source) {
        return HTML_TAG.matcher(HTML_NOT_READ.matcher(source).replaceAll(" ")).replaceAll(" ");
    }

    /**
     * A body as measured.
     *
     * @param prose CJK characters and words of the text a reader reads
     * @param code CJK characters and words of code blocks
     * @param images images in the body
     * @param rawCharacters code points of the body as written, markup, code and white space included
     * @param characterRate CJK characters per minute
     * @param wordRate words per minute
     * @param codeRate words of code per minute, 0 when code is left out
     * @param secondsPerImage seconds each image adds
     */
    record Reading(TextMeasure.Count prose, TextMeasure.Count code, int images, long rawCharacters,
            double characterRate,
            double wordRate, double codeRate, double secondsPerImage) {

        /** CJK characters counted, code comments in CJK included when code is counted. */
        long characters() {
            return prose.cjkCharacters() + (codeRate > 0 ? code.cjkCharacters() : 0);
        }

        /** Words at the prose rate: code words too when code is read at that rate. */
        long words() {
            return prose.words() + (codeRate == wordRate ? code.words() : 0);
        }

        /** Words of code read at a rate of their own, for the message; 0 when code reads like prose or not at all. */
        long codeWords() {
            return codeRate > 0 && codeRate != wordRate ? code.words() : 0;
        }

        /** Minutes of prose alone: the least any honest formula counts. */
        double proseMinutes() {
            return prose.cjkCharacters() / characterRate + prose.words() / wordRate;
        }

        /** Minutes with code and images at the configured rates: the measured reading time. */
        double minutes() {
            double minutes = proseMinutes() + images * secondsPerImage / 60;
            if (codeRate > 0) {
                minutes += code.cjkCharacters() / characterRate + code.words() / codeRate;
            }
            return minutes;
        }

        /**
         * Minutes as the most generous honest formula counts: code at the slower of its own rate
         * and the prose rate (Hugo, Jekyll and the npm package count code words as prose), and
         * images at the larger of the configured seconds and Medium's allowance.
         */
        double generousMinutes() {
            double slowestCodeRate = codeRate > 0 ? Math.min(codeRate, wordRate) : wordRate;
            double imageSeconds = Math.max(images * secondsPerImage, mediumImageSeconds(images));
            return proseMinutes() + code.cjkCharacters() / characterRate + code.words() / slowestCodeRate
                    + imageSeconds / 60;
        }

        /** Whether the prose reads mostly as CJK characters (Japanese, Chinese, Korean). */
        boolean readsAsCjk() {
            return prose.cjkCharacters() / characterRate >= prose.words() / wordRate;
        }

        /**
         * What a formula over the raw body gives, such as the first users' {@code len(body)//500+1}:
         * every character of the Markdown, code, URLs and white space included, at the CJK rate.
         */
        long rawLengthMinutes() {
            return (long) Math.floor(rawCharacters / characterRate) + 1;
        }

        /** The measured time rounded up, as Hugo and the {@code len//500+1} formulas do. */
        long roundedMinutes() {
            return (long) Math.ceil(minutes() - 1e-9);
        }
    }

    static double mediumImageSeconds(int images) {
        double seconds = 0;
        for (int i = 0; i < images; i++) {
            seconds += Math.max(MEDIUM_FIRST_IMAGE_SECONDS - i, MEDIUM_LEAST_IMAGE_SECONDS);
        }
        return seconds;
    }

    /**
     * The stated values that pass and the one to write.
     *
     * @param low the least value that passes
     * @param high the largest value that passes
     * @param expected the value to write
     * @param messageKey the message for a value outside the range
     * @param limit the site's minimum or maximum the expected value was held to, or 0
     */
    record Range(long low, long high, int expected, String messageKey, int limit) {

        static Range of(Reading reading, RuleOptions options) {
            double tolerance = options.number("tolerance");
            int minimum = options.integer("minimum");
            int maximum = options.integer("maximum");
            long low = (long) Math.floor(reading.proseMinutes() / tolerance + 1e-9);
            long high = (long) Math.ceil(reading.generousMinutes() * tolerance - 1e-9);
            if (reading.readsAsCjk()) {
                // A CJK site may count the raw Markdown's characters: markup, code and URLs read at
                // the character rate make that value large for a post full of code or links.
                high = Math.max(high, reading.rawLengthMinutes());
            }
            long expected = Math.max(1, reading.roundedMinutes());
            String key = "mismatch";
            int limit = 0;
            if (expected < minimum) {
                key = "mismatch-minimum";
                limit = minimum;
                expected = minimum;
            }
            if (maximum > 0 && expected > maximum) {
                key = "mismatch-maximum";
                limit = maximum;
                expected = maximum;
            }
            // The value to write always passes, so that check after fix is clean.
            low = Math.max(low, minimum);
            high = Math.max(high, expected);
            if (maximum > 0) {
                low = Math.min(low, maximum);
                high = Math.min(high, maximum);
            }
            return new Range(low, high, (int) Math.min(Integer.MAX_VALUE, expected), key, limit);
        }

        boolean accepts(double stated) {
            return stated >= low && stated <= high;
        }
    }
}
