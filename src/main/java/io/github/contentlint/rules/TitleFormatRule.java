package io.github.contentlint.rules;

import io.github.contentlint.api.CrossPostRule;
import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Fix;
import io.github.contentlint.api.PostSummary;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.RuleOptions;
import io.github.contentlint.post.FrontMatter;
import io.github.contentlint.post.FrontMatterEntry;
import io.github.contentlint.post.FrontMatterValues;
import io.github.contentlint.post.Position;
import io.github.contentlint.post.Post;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code title-format}: the title and excerpt are clean text (no Markdown or HTML, no broken or
 * control characters), the title is whole (not cut inside a word, not ending in a dangling
 * particle, comma or open bracket, no leaked label), within optional length bounds, and no other
 * post uses the same title.
 */
public final class TitleFormatRule implements CrossPostRule<TitleFormatRule.Summary> {

    public static final String ID = "title-format";

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})[ \\t]+\\S");
    private static final Pattern CODE = Pattern.compile("`[^`]+`");
    /** {@code __text__} where text is more than an identifier ({@code __init__} is a name, not emphasis). */
    private static final Pattern UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}_])__(\\S(?:.*?\\S)?)__(?![\\p{L}\\p{N}_])");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(?:a|abbr|b|big|br|center|code|del|div|em|font|h[1-6]|i|img|ins|kbd|mark|p|s|small|span|strike|strong"
                    + "|sub|sup|u)(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    /** Particles that cannot end a phrase; の and と only after a noun (after a verb they end a question or quote). */
    private static final String ALWAYS_DANGLING = "をがや";
    private static final String DANGLING_AFTER_NOUN = "のと";
    private static final String DANGLING_MARKS = "、，,：:・";
    private static final List<String> DANGLING_WORDS = List.of("the", "an", "and", "or", "of");
    /** A kanji compound and the first kana of する, させる or される: a verb cut short (刷新す, 加速させ). */
    private static final Pattern SURU_CUT = Pattern.compile("(\\p{IsHan}{2})(す|させ|され)$");
    /** Kana that continue a verb's stem (見直さない, 見直し, 見直す, 見直せる, 見直そう). */
    private static final String VERB_STEM_KANA = "さしすせそ";
    private static final String AFTER_PAUSE = "：:、，,";
    private static final String OPENING = "「『（(［[【“";
    private static final String CLOSING = "」』）)］]】”";
    private static final int MAX_NAMED = 3;
    /** A language code as a folder ({@code ja}, {@code pt-br}, {@code zh-Hans}). */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}(?:[-_][A-Za-z]{2,4})?");
    /** A language code before the extension ({@code post.ja.md}). */
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("\\.[a-z]{2}(?:[-_][A-Za-z]{2,4})?\\.(?=[^.]+$)");

    /**
     * What the cross-post pass keeps of one post: the title as compared and where it stands.
     *
     * @param key the title normalised for comparison (NFKC, markup removed, case folded)
     * @param title the title as written, for the message
     * @param line the line of the title
     * @param column the column where the title's value starts
     */
    public record Summary(String key, String title, int line, int column) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void validate(RuleOptions options) {
        for (String bound : List.of("minLength", "maxLength", "minCutEvidence")) {
            if (options.integer(bound) < 0) {
                throw new IllegalArgumentException(bound + " must be 0 or more");
            }
        }
    }

    @Override
    public List<Finding> check(Post post, RuleContext context) {
        FrontMatter frontMatter = TitleFields.trustedFrontMatter(post);
        if (frontMatter == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String titleKey = context.keys().title();
        String excerptKey = context.keys().excerpt();
        String title = TitleFields.value(post, titleKey);
        String excerpt = TitleFields.value(post, excerptKey);
        if (title != null) {
            FrontMatterEntry entry = frontMatter.entry(titleKey).orElseThrow();
            boolean broken = checkClean(post, entry, titleKey, title, context, findings);
            checkWhole(post, entry, title, excerpt, broken, context, findings);
            checkLength(post, entry, title, context, findings);
        }
        if (excerpt != null && context.options().bool("checkExcerpt")) {
            checkClean(post, frontMatter.entry(excerptKey).orElseThrow(), excerptKey, excerpt, context, findings);
        }
        return findings;
    }

    /** Markup, broken and control characters; returns whether the text holds U+FFFD. */
    private static boolean checkClean(Post post, FrontMatterEntry entry, String key, String value, RuleContext context,
            List<Finding> findings) {
        // Backtracking regexes below stay cheap on a bounded text; no title or excerpt is this long.
        String text = value.length() > TitleFields.MAX_FIELD * 4 ? value.substring(0, TitleFields.MAX_FIELD * 4) : value;
        int bold = text.indexOf("**");
        if (bold >= 0 && !(bold > 0 && text.charAt(bold - 1) == ' ' && text.startsWith(" ", bold + 2))) {
            String expected = text.replace("**", "").strip();
            Fix fix = TitleFields.rewriteValue(post, entry,
                    TitleFields.insideQuotes(inner -> inner.replace("**", "")), expected);
            findings.add(at(post, entry, "**", 2, context, "markup-bold", key).withFix(fix));
        }
        Matcher heading = HEADING.matcher(text);
        if (heading.find()) {
            String marker = heading.group(1);
            String expected = TitleFields.withoutHeadingMarker(text).strip();
            Fix fix = TitleFields.rewriteValue(post, entry, TitleFields.insideQuotes(TitleFields::withoutHeadingMarker), expected);
            findings.add(at(post, entry, marker, marker.length(), context, "markup-heading", key, marker).withFix(fix));
        }
        Matcher underscore = UNDERSCORE.matcher(text);
        while (underscore.find()) {
            if (!IDENTIFIER.matcher(underscore.group(1)).matches()) {
                findings.add(at(post, entry, underscore.group(), underscore.group().length(), context,
                        "markup-underscore", key));
                break;
            }
        }
        Matcher code = CODE.matcher(text);
        if (code.find() && context.options().bool("backticks")) {
            findings.add(at(post, entry, code.group(), code.group().length(), context, "markup-code", key, code.group()));
        }
        Matcher html = HTML_TAG.matcher(text);
        if (html.find()) {
            findings.add(at(post, entry, html.group(), html.group().length(), context, "markup-html", key, html.group()));
        }
        boolean replacement = text.indexOf('\uFFFD') >= 0;
        if (replacement) {
            findings.add(at(post, entry, "\uFFFD", 1, context, "broken-character", key));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                findings.add(at(post, entry, "", 0, context, "lone-surrogate", key, codePoint(c)));
                break;
            }
            if (Character.getType(c) == Character.CONTROL) {
                findings.add(at(post, entry, "", 0, context, "control-character", key, codePoint(c)));
                break;
            }
        }
        return replacement;
    }

    /** A cut word, a dangling ending, an open bracket, a leaked label. */
    private static void checkWhole(Post post, FrontMatterEntry entry, String title, String excerpt, boolean broken,
            RuleContext context, List<Finding> findings) {
        String plain = TitleFields.plain(title);
        if (plain.isEmpty()) {
            return;
        }
        String label = leakedLabel(plain, context.options().stringList("labels"));
        if (label != null) {
            String expected = title.strip().substring(title.strip().indexOf(label) + label.length()).strip();
            Fix fix = TitleFields.rewriteValue(post, entry, TitleFields.insideQuotes(inner -> {
                int at = inner.indexOf(label);
                return at < 0 ? inner : inner.substring(at + label.length());
            }), expected);
            findings.add(at(post, entry, label, label.length(), context, "leaked-label", label.strip()).withFix(fix));
        }
        if (!broken) {
            CutWords.Cut cut = CutWords.find(plain, () -> TitleFields.vocabulary(post, excerpt), TitleFields.leads(post, excerpt),
                    context.options().integer("minCutEvidence"));
            if (cut != null) {
                // The fragment ends where the title (or a part of it) ends: look for it with what follows.
                String after = plain.substring(cut.end(), Math.min(plain.length(), cut.end() + 1));
                Finding finding = cut.source() == CutWords.Source.POST
                        ? at(post, entry, cut.fragment() + after, true, cut.fragment().length(), context, "cut-word",
                                cut.fragment(), cut.completion(), cut.uses())
                        : at(post, entry, cut.fragment() + after, true, cut.fragment().length(), context, "cut-copy",
                                cut.fragment(), sourceName(cut.source()), cut.completion());
                findings.add(finding);
                return; // a cut title ends oddly for that reason alone
            }
        }
        String open = unclosed(plain);
        if (open != null) {
            String close = open.equals("\"") ? open : String.valueOf(CLOSING.charAt(OPENING.indexOf(open)));
            findings.add(at(post, entry, open, true, 1, context, "unclosed", open, close));
            return;
        }
        String dangling = danglingEnd(plain, () -> TitleFields.vocabulary(post, excerpt));
        if (dangling != null) {
            String key = DANGLING_MARKS.contains(dangling) ? "dangling-mark"
                    : (ALWAYS_DANGLING + DANGLING_AFTER_NOUN).indexOf(dangling.charAt(0)) >= 0 ? "dangling-particle"
                    : "dangling-word";
            findings.add(at(post, entry, dangling, true, dangling.length(), context, key, dangling));
        }
    }

    private static String sourceName(CutWords.Source source) {
        return switch (source) {
            case EXCERPT -> "excerpt";
            case HEADING -> "first heading";
            case FIRST_LINE, POST -> "first line";
        };
    }

    /** A generator's label left before the title: タイトル：…, Title: …. */
    static String leakedLabel(String title, List<String> labels) {
        for (String label : labels) {
            if (title.regionMatches(true, 0, label, 0, label.length())) {
                int i = label.length();
                while (i < title.length() && title.charAt(i) == ' ') {
                    i++;
                }
                if (i < title.length() && (title.charAt(i) == ':' || title.charAt(i) == '：')) {
                    int end = i + 1;
                    while (end < title.length() && Character.isWhitespace(title.charAt(end))) {
                        end++;
                    }
                    return end < title.length() ? title.substring(0, end) : null;
                }
            }
        }
        return null;
    }

    /** The last opening bracket or quote that is never closed, or null. */
    static String unclosed(String title) {
        StringBuilder stack = new StringBuilder();
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            int open = OPENING.indexOf(c);
            int close = CLOSING.indexOf(c);
            if (c == '(' && !wordFollows(title, i + 1)) {
                continue; // (^^; and other faces open nothing
            }
            if (open >= 0) {
                stack.append(c);
            } else if (close >= 0) {
                int match = stack.lastIndexOf(String.valueOf(OPENING.charAt(close)));
                if (match >= 0) {
                    stack.setLength(match);
                }
            }
        }
        if (!stack.isEmpty()) {
            return String.valueOf(stack.charAt(stack.length() - 1));
        }
        return straightQuoteOpen(title) ? "\"" : null;
    }

    private static boolean wordFollows(String text, int index) {
        for (int i = index; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /** An odd number of straight double quotes, the last one opening a quotation (12" records close nothing). */
    private static boolean straightQuoteOpen(String title) {
        int last = title.lastIndexOf('"');
        if (last < 0 || title.chars().filter(c -> c == '"').count() % 2 == 0) {
            return false;
        }
        boolean atWordStart = last == 0 || !Character.isLetterOrDigit(title.codePointBefore(last));
        return atWordStart && last + 1 < title.length() && Character.isLetterOrDigit(title.codePointAt(last + 1));
    }

    /**
     * The particle, mark or word the title ends in, when it leaves the phrase open; or null.
     *
     * @param postText the post's own text (body and excerpt), read only when a title's ending
     *     needs it as evidence
     */
    static String danglingEnd(String title, java.util.function.Supplier<String> postText) {
        String text = title.strip();
        if (text.length() < 2) {
            return null;
        }
        char last = text.charAt(text.length() - 1);
        if (DANGLING_MARKS.indexOf(last) >= 0) {
            return String.valueOf(last);
        }
        if (ALWAYS_DANGLING.indexOf(last) >= 0 && Scripts.before(text, text.length() - 1) != Scripts.HIRAGANA) {
            return String.valueOf(last);
        }
        if (DANGLING_AFTER_NOUN.indexOf(last) >= 0) {
            Scripts before = Scripts.before(text, text.length() - 1);
            if (before == Scripts.KANJI || before == Scripts.KATAKANA || before == Scripts.WORD) {
                return String.valueOf(last);
            }
        }
        Matcher suru = SURU_CUT.matcher(text);
        if (suru.find() && (!suru.group(2).equals("す") || usedAsNoun(suru.group(1), postText.get()))) {
            // 「…を刷新す」: する cut after its first kana. 見直す and 目指す end the same way but are
            // verbs of their own; only a compound the post also uses as a noun (刷新について) is cut.
            return suru.group(2);
        }
        if (Scripts.before(text, text.length()) == Scripts.HIRAGANA && text.length() >= 3
                && Scripts.before(text, text.length() - 1) == Scripts.OTHER
                && AFTER_PAUSE.indexOf(text.charAt(text.length() - 2)) >= 0) {
            return text.substring(text.length() - 1); // 「…の提携：そ」: one kana after a pause is no word
        }
        if ((last == '？' || last == '?') && text.length() >= 3 && text.charAt(text.length() - 2) == 'と'
                && Scripts.before(text, text.length() - 2).isWordRun()) {
            return text.substring(text.length() - 2); // 「買収の可能性と？」: a question mark pasted after a cut
        }
        int space = text.lastIndexOf(' ');
        if (space > 0) {
            String word = text.substring(space + 1);
            if (word.equals("a") || DANGLING_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return word;
            }
        }
        return null;
    }

    /** Whether the text uses the compound as a noun: followed by something other than a verb's kana. */
    private static boolean usedAsNoun(String compound, String text) {
        for (int at = text.indexOf(compound); at >= 0; at = text.indexOf(compound, at + 1)) {
            int next = at + compound.length();
            if (next < text.length() && VERB_STEM_KANA.indexOf(text.charAt(next)) < 0) {
                return true;
            }
        }
        return false;
    }

    private static void checkLength(Post post, FrontMatterEntry entry, String title, RuleContext context,
            List<Finding> findings) {
        int length = title.strip().codePointCount(0, title.strip().length());
        int max = context.options().integer("maxLength");
        int min = context.options().integer("minLength");
        if (max > 0 && length > max) {
            findings.add(at(post, entry, "", 0, context, "too-long", length, max));
        } else if (min > 0 && length < min) {
            findings.add(at(post, entry, "", 0, context, "too-short", length, min));
        }
    }

    private static Finding at(Post post, FrontMatterEntry entry, String piece, int length, RuleContext context,
            String messageKey, Object... arguments) {
        return at(post, entry, piece, false, length, context, messageKey, arguments);
    }

    /** A finding on a piece of the value (its last occurrence when {@code last}), or on the whole value. */
    private static Finding at(Post post, FrontMatterEntry entry, String piece, boolean last, int length,
            RuleContext context, String messageKey, Object... arguments) {
        int offset = TitleFields.offsetOf(post, entry, piece, last);
        if (offset < 0) {
            Position key = entry.keyPosition();
            return context.finding(post.path(), key, post.source().endOfLine(key.line()), messageKey, arguments);
        }
        int end = piece.isEmpty() ? entry.valueEnd() : Math.min(offset + length, entry.valueEnd());
        return context.atOffsets(post, offset, end, messageKey, arguments);
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    @Override
    public Summary summarize(Post post, RuleContext context) {
        if (!context.options().bool("duplicates") || TitleFields.trustedFrontMatter(post) == null
                || FrontMatterValues.isDraft(post) || FrontMatterValues.isSectionPage(post)) {
            // a draft is not published, and a section page is a list ("Posts" in each language): neither competes
            return null;
        }
        String title = TitleFields.value(post, context.keys().title());
        if (title == null) {
            return null;
        }
        String key = comparisonKey(title);
        if (key.isEmpty()) {
            return null;
        }
        FrontMatterEntry entry = post.entry(context.keys().title()).orElseThrow();
        Position position = TitleFields.positionOf(post, entry, "");
        String shown = title.strip();
        if (shown.length() > 80) {
            shown = shown.substring(0, 79) + "…";
        }
        return new Summary(key, shown, position.line(), position.column());
    }

    /** Titles that read the same to a reader compare equal: width, case, markup and spacing folded. */
    static String comparisonKey(String title) {
        String plain = TitleFields.plain(Normalizer.normalize(title, Normalizer.Form.NFKC));
        return plain.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Finding> checkAcross(List<PostSummary<Summary>> summaries, RuleContext context) {
        Map<String, List<PostSummary<Summary>>> byTitle = new LinkedHashMap<>();
        for (PostSummary<Summary> summary : summaries) {
            byTitle.computeIfAbsent(summary.summary().key(), k -> new ArrayList<>()).add(summary);
        }
        List<Finding> findings = new ArrayList<>();
        for (List<PostSummary<Summary>> group : byTitle.values()) {
            if (group.size() < 2) {
                continue;
            }
            for (PostSummary<Summary> post : group) {
                List<String> others = new ArrayList<>();
                String original = untranslated(post.path());
                for (PostSummary<Summary> other : group) {
                    if (other != post && !untranslated(other.path()).equals(original)) {
                        others.add(other.path());
                    }
                }
                if (others.isEmpty()) {
                    continue; // translations of one post may keep its title (a product name, say)
                }
                Summary summary = post.summary();
                Position position = new Position(summary.line(), summary.column());
                findings.add(context.findingAbout(post.path(), position, position, summary.title(), "duplicate",
                        summary.title(),
                        names(others)));
            }
        }
        return findings;
    }

    /**
     * A path with its language marks taken out, so that the translations of one post compare equal:
     * Hugo's {@code post.ja.md} and {@code content/ja/post.md} both become {@code post.md} and
     * {@code content/post.md}.
     */
    static String untranslated(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/")) {
            if (LANGUAGE.matcher(segment).matches()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(LANGUAGE_SUFFIX.matcher(segment).replaceFirst("."));
        }
        return out.toString();
    }

    /** "a.md", "a.md and b.md", "a.md, b.md, c.md and 2 more". */
    static String names(List<String> paths) {
        if (paths.size() == 1) {
            return paths.get(0);
        }
        if (paths.size() <= MAX_NAMED) {
            return String.join(", ", paths.subList(0, paths.size() - 1)) + " and " + paths.get(paths.size() - 1);
        }
        return String.join(", ", paths.subList(0, MAX_NAMED)) + " and " + (paths.size() - MAX_NAMED) + " more";
    }
}
