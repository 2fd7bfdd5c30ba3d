package io.github.contentlint.rules.truncation;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Rule;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.RuleOptions;
import io.github.contentlint.post.FrontMatterValues;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * {@code no-truncated-ending}: the post's last prose block ends as a sentence ends in its
 * script, and no paragraph inside the body was cut mid-sentence.
 *
 * <p>A missing 「。」 alone is no finding: people end paragraphs casually. A block is reported on
 * evidence of a cut: a generation marker right after it, its own text going on elsewhere in the
 * post (a restart or a fuller copy), the next block resuming its sentence (a splice), a dangling
 * comma or particle where no list or code follows, a bracket left open, or, at the very end of a
 * post that otherwise ends its paragraphs on terminators, a long closing sentence that stops on a
 * bare word. Related links, book recommendations and calls to action appended after the article
 * are skipped, not taken for its end.
 */
public final class NoTruncatedEndingRule implements Rule {

    public static final String ID = "no-truncated-ending";
    /** Prose shorter than this, with no terminator inside, reads as a label, not a sentence. */
    private static final int PROSE_LIKE_CHARS = 30;
    /** Paragraphs shorter than this do not count towards the post's punctuation style. */
    private static final int STYLE_MIN_CHARS = 20;
    private static final int STYLE_MIN_PARAGRAPHS = 3;
    private static final int QUOTE_CHARS = 14;
    /** Particles a short line may end on when it names a topic, as a heading does. */
    private static final Set<String> HEADING_PARTICLES = Set.of("について", "とは", "では", "には", "から", "まで", "へ", "で",
            "に", "と", "への", "の");
    /** A comma or particle ending this short is a label (「例えば、」), not a cut sentence. */
    private static final int MIN_DANGLING_CHARS = 6;
    /** A comma-ended line of this many words or fewer is a salutation ("Hello Vim users,"). */
    private static final int SALUTATION_WORDS = 4;
    /** How near a copy that ends the same text on a terminator must be to count as its restart. */
    private static final int RESTART_NEAR_UNITS = 4;

    /** Options compiled once per run; keyed by identity, dropped with the run. */
    private final Map<RuleOptions, TruncationSettings> compiled = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void validate(RuleOptions options) {
        TruncationSettings.of(options);
    }

    @Override
    public List<Finding> check(Post post, RuleContext context) {
        TruncationSettings settings = compiled.computeIfAbsent(context.options(), TruncationSettings::of);
        List<Unit> units = PostUnits.of(post, settings);
        if (units.isEmpty()) {
            return List.of();
        }
        Reading reading = new Reading(units, settings, post.text(context.keys().title()));
        List<Finding> findings = new ArrayList<>();
        int ending = reading.endingIndex();
        if (settings.checkInside()) {
            for (int i = 0; i < units.size(); i++) {
                if (i != ending) {
                    Cut cut = reading.insideCut(i);
                    if (cut != null && !PostUnits.isBoilerplateParagraph(units.get(i), settings)) {
                        findings.add(finding(post, context, reading, cut));
                    }
                }
            }
        }
        // a draft is unfinished by nature; a cut inside it, before a restart or a marker, is still a defect
        if (ending >= 0 && !FrontMatterValues.isDraft(post)) {
            Cut cut = reading.endingCut(ending);
            if (cut != null) {
                findings.add(finding(post, context, reading, cut));
            }
        }
        return findings;
    }

    /** Why a unit reads as cut: the message key and the line of the other unit it names. */
    private record Cut(int index, String key, SentenceEnd end, Object detail) {
    }

    /** One post read once: its units, how each ends, where their text goes on. */
    private static final class Reading {

        private final List<Unit> units;
        private final TruncationSettings settings;
        private final SentenceEnd[] ends;
        private final Continuations continuations;
        /** The post's title, normalised; the body often repeats it as its first line. */
        private final String title;
        /** Paragraphs counted for the punctuation style, and how many of them end on a terminator. */
        private int[] styleCounts;
        /** For each list item, the size of its list and how many items end on a terminator. */
        private int[][] listRuns;
        /** The first prose or heading unit, -1 when there is none, -2 until looked up. */
        private int firstProse = -2;

        Reading(List<Unit> units, TruncationSettings settings, String title) {
            this.units = units;
            this.settings = settings;
            this.title = title == null ? "" : Continuations.normalize(title);
            this.ends = new SentenceEnd[units.size()];
            this.continuations = new Continuations(units);
        }

        SentenceEnd end(int index) {
            if (ends[index] == null) {
                Unit unit = units.get(index);
                // A link or a URL closing the block ends it the way a reference does.
                ends[index] = unit.kind().isProse() && PostUnits.endsOnLink(unit)
                        ? SentenceEnd.closedByLink()
                        : SentenceEnd.of(unit.text(), settings.allowEmoji());
            }
            return ends[index];
        }

        /** The unit that ends the article, or -1 when the post ends on a block that needs no terminator. */
        int endingIndex() {
            for (int i = units.size() - 1; i >= 0; i--) {
                Unit unit = units.get(i);
                Unit.Kind kind = unit.kind();
                if (unit.boilerplate() || kind.isTransparent() || kind == Unit.Kind.MARKER
                        || kind == Unit.Kind.BREAK || isSignoff(unit) || PostUnits.isBoilerplateParagraph(unit, settings)) {
                    continue;
                }
                if (kind == Unit.Kind.ITEM && settings.endingBlocks().contains(Unit.Kind.ITEM)) {
                    return proseLike(i) ? i : -1;
                }
                if (kind == Unit.Kind.HEADING && !headingCutAtEnd(i)) {
                    continue; // a heading ends nothing: the article ends with the block before it
                }
                if (kind.isProse() || kind.isHeadingLike()) {
                    return i;
                }
                if (settings.endingBlocks().contains(kind)) {
                    return -1;
                }
            }
            return -1;
        }

        private boolean isSignoff(Unit unit) {
            return unit.kind().isProse() && unit.text().strip().indexOf('\n') < 0
                    && TruncationSettings.anyFinds(settings.signoffs(), unit.text().strip());
        }

        Cut insideCut(int index) {
            Unit unit = units.get(index);
            if (unit.boilerplate() || !(unit.kind().isProse() || unit.kind().isHeadingLike())) {
                return null;
            }
            SentenceEnd end = end(index);
            if (!canBeCut(end)) {
                return null;
            }
            int next = nextSignificant(index);
            if ((unit.cutByMarker() || next >= 0 && units.get(next).kind() == Unit.Kind.MARKER)
                    && (!unit.kind().isHeadingLike() || headingCut(index, end))) {
                return new Cut(index, "inside.marker", end, markerLine(index, next));
            }
            if (unit.kind().isHeadingLike() || !terminatedStyle(index)) {
                return null; // a post that does not end its sentences on terminators shows no cut by punctuation
            }
            if (labelLike(index)) {
                String mark = Continuations.unclosedMark(end.fragment(), unit.text());
                return mark == null ? null : new Cut(index, "inside.bracket", end, mark);
            }
            Cut common = cutByText(index, end, "inside");
            if (common != null) {
                return common;
            }
            int longer = midWord(index, end);
            if (longer >= 0) {
                return new Cut(index, "inside.midword", end, units.get(longer).startLine());
            }
            if (dangles(end) && next >= 0 && !salutation(index, end) && introducesNothing(unit, units.get(next))) {
                return new Cut(index, "inside.dangling", end, units.get(next).startLine());
            }
            return null;
        }

        Cut endingCut(int index) {
            Unit unit = units.get(index);
            SentenceEnd end = end(index);
            int next = nextSignificant(index);
            boolean marker = unit.cutByMarker() || next >= 0 && units.get(next).kind() == Unit.Kind.MARKER;
            if (unit.kind() == Unit.Kind.HEADING) {
                return new Cut(index, "end.heading", end, 0); // only a cut heading is taken for the ending
            }
            if (!canBeCut(end) && end.shape() != SentenceEnd.Shape.COLON) {
                return null;
            }
            if (marker) {
                return new Cut(index, "end.marker", end, markerLine(index, next));
            }
            if (!terminatedStyle(index)) {
                return null; // a post that does not end its sentences on terminators shows no cut by punctuation
            }
            if (end.shape() == SentenceEnd.Shape.COLON) {
                return new Cut(index, "end.colon", end, 0);
            }
            Cut common = cutByText(index, end, "end");
            if (common != null) {
                return common;
            }
            if (dangles(end) && !salutation(index, end)) {
                return new Cut(index, "end.dangling", end, 0);
            }
            int longer = midWord(index, end);
            if (longer >= 0) {
                return new Cut(index, "end.midword", end, units.get(longer).startLine());
            }
            if ((end.shape() == SentenceEnd.Shape.WORD || end.shape() == SentenceEnd.Shape.STEM) && longFragment(end)) {
                return new Cut(index, "end.word", end, 0);
            }
            return null;
        }

        /**
         * A heading that closes a post is taken for its ending only when it is cut itself: empty
         * (「###」), stopping on a particle, a comma or half a word, or right before a marker; a
         * complete heading with nothing under it (「## 第2節」) leaves the block before it as the ending.
         */
        private boolean headingCutAtEnd(int index) {
            Unit unit = units.get(index);
            int next = nextSignificant(index);
            return unit.text().isBlank() || unit.cutByMarker() || next >= 0 && units.get(next).kind() == Unit.Kind.MARKER
                    || headingCut(index, end(index));
        }

        /**
         * A short line ending on a comma greets or signs off ("Hello Vim users,", 「皆さん、」), or a
         * comma or particle ending this short is a label (「例えば、」): neither is a cut sentence.
         */
        private boolean salutation(int index, SentenceEnd end) {
            if (continuations.normalizedLength(index) < MIN_DANGLING_CHARS) {
                return true;
            }
            String text = units.get(index).text().strip();
            return end.shape() == SentenceEnd.Shape.COMMA && !end.cjk() && text.indexOf('\n') < 0
                    && text.split("\\s+").length <= SALUTATION_WORDS;
        }

        /** Evidence in the text itself: an open bracket, a restart elsewhere, a splice with the next unit. */
        private Cut cutByText(int index, SentenceEnd end, String where) {
            Unit unit = units.get(index);
            String bracket = Continuations.unclosedMark(end.fragment(), unit.text());
            if (bracket != null) {
                return new Cut(index, where + ".bracket", end, bracket);
            }
            int minChars = end.cjk() ? settings.restartChars() : settings.restartChars() * 2;
            int restart = continuations.restartOf(index, minChars, RESTART_NEAR_UNITS);
            if (restart >= 0) {
                return new Cut(index, where + ".restart", end, units.get(restart).startLine());
            }
            int resume = nextSignificantSkippingMarkers(index);
            Unit.Kind resumeKind = resume < 0 ? null : units.get(resume).kind();
            if ((resumeKind == Unit.Kind.PARAGRAPH || resumeKind == Unit.Kind.QUOTE) && !units.get(resume).boilerplate()) {
                // The next list item of a list starts a new item, not the rest of this sentence.
                String next = units.get(resume).text();
                boolean splice = end.shape() == SentenceEnd.Shape.PREDICATE || !end.cjk()
                        ? Continuations.startsWithEllipsis(next)
                        : Continuations.startsMidSentence(next);
                if (splice) {
                    return new Cut(index, where + ".splice", end, units.get(resume).startLine());
                }
            }
            return null;
        }

        /**
         * A heading is unterminated by nature; before a marker it was cut only when it ends on a
         * particle, a comma, a continuative form or half a word (「### 研究の背景と」).
         */
        private boolean headingCut(int index, SentenceEnd end) {
            return switch (end.shape()) {
                case PARTICLE, COMMA, STEM -> true;
                case WORD -> continuations.longerWord(index, end.token()) >= 0;
                default -> false;
            };
        }

        /** The unit holding the whole of a katakana word this one stops half-way through; -1 if none. */
        private int midWord(int index, SentenceEnd end) {
            return end.shape() == SentenceEnd.Shape.WORD ? continuations.longerWord(index, end.token()) : -1;
        }

        private static boolean canBeCut(SentenceEnd end) {
            return switch (end.shape()) {
                case TERMINATED, COLON, EMPTY -> false;
                default -> true;
            };
        }

        private static boolean dangles(SentenceEnd end) {
            return end.shape() == SentenceEnd.Shape.COMMA || end.shape() == SentenceEnd.Shape.PARTICLE;
        }

        /** A dangling comma introduces a list, code, a table, a quotation, an image; not a paragraph or a heading. */
        private static boolean introducesNothing(Unit unit, Unit next) {
            return switch (next.kind()) {
                case PARAGRAPH, HEADING, PSEUDO_HEADING, BREAK, MARKER -> true;
                case ITEM -> unit.kind() == Unit.Kind.ITEM;
                default -> false;
            };
        }

        /**
         * A list item that reads as sentences: long, a sentence inside, or in a list whose other
         * items mostly end on terminators.
         */
        private boolean proseLike(int index) {
            if (continuations.normalizedLength(index) >= PROSE_LIKE_CHARS || end(index).innerTerminator()) {
                return true;
            }
            if (units.get(index).kind() != Unit.Kind.ITEM) {
                return false;
            }
            int[] run = listRun(index);
            int others = run[0] - 1;
            int terminated = run[1] - (end(index).shape() == SentenceEnd.Shape.TERMINATED ? 1 : 0);
            return others >= 1 && terminated * 3 >= others * 2;
        }

        /** The run of list items around an item: how many, and how many end on a terminator (counted once per run). */
        private int[] listRun(int index) {
            if (listRuns == null) {
                listRuns = new int[units.size()][];
                for (int start = 0; start < units.size(); start++) {
                    if (units.get(start).kind() != Unit.Kind.ITEM) {
                        continue;
                    }
                    int end = start;
                    int terminated = 0;
                    while (end < units.size() && units.get(end).kind() == Unit.Kind.ITEM) {
                        terminated += end(end).shape() == SentenceEnd.Shape.TERMINATED ? 1 : 0;
                        end++;
                    }
                    int[] counts = {end - start, terminated};
                    for (int i = start; i < end; i++) {
                        listRuns[i] = counts;
                    }
                    start = end - 1;
                }
            }
            return listRuns[index];
        }

        /**
         * A short line that names what follows rather than saying something (「人間とAIの共創」,
         * a list item "Docker"): only a marker after it shows a cut.
         */
        private boolean labelLike(int index) {
            Unit unit = units.get(index);
            if (unit.kind() == Unit.Kind.ITEM) {
                return !proseLike(index);
            }
            SentenceEnd end = end(index);
            String text = unit.text().strip();
            if (index == firstProse() && text.indexOf('\n') < 0 || !title.isEmpty()
                    && Continuations.normalize(text).equals(title)) {
                return true; // the title repeated as the first line of the body
            }
            if (text.indexOf('\n') >= 0 || continuations.normalizedLength(index) >= PROSE_LIKE_CHARS
                    || end.innerTerminator() || text.indexOf('、') >= 0 || text.indexOf(',') >= 0) {
                return false;
            }
            return switch (end.shape()) {
                case WORD, PREDICATE -> true;
                case PARTICLE -> HEADING_PARTICLES.contains(end.token()); // 「Dockerとは」, 「基礎から」
                default -> false;
            };
        }

        /**
         * A closing sentence that stops on a bare word reads as cut when it follows a terminated
         * sentence in the same block and is long; a short line of its own (「また次回」, "Happy
         * hacking") is a casual closing.
         */
        private boolean longFragment(SentenceEnd end) {
            if (!end.innerTerminator()) {
                return false;
            }
            if (end.cjk()) {
                String fragment = Continuations.normalize(end.fragment());
                return fragment.codePointCount(0, fragment.length()) >= settings.minFragmentChars();
            }
            return end.fragment().split("\\s+").length >= settings.minFragmentWords();
        }

        /** Whether the post's other paragraphs end on terminators, so that one without reads as cut. */
        private boolean terminatedStyle(int except) {
            if (styleCounts == null) {
                styleCounts = new int[2];
                for (int i = 0; i < units.size(); i++) {
                    if (countsForStyle(i)) {
                        styleCounts[0]++;
                        styleCounts[1] += end(i).shape() == SentenceEnd.Shape.TERMINATED ? 1 : 0;
                    }
                }
            }
            int counted = styleCounts[0];
            int terminated = styleCounts[1];
            if (countsForStyle(except)) {
                counted--;
                terminated -= end(except).shape() == SentenceEnd.Shape.TERMINATED ? 1 : 0;
            }
            return counted >= STYLE_MIN_PARAGRAPHS && terminated >= settings.styleRatio() * counted;
        }

        private boolean countsForStyle(int index) {
            Unit unit = units.get(index);
            return !unit.boilerplate() && unit.kind() == Unit.Kind.PARAGRAPH
                    && unit.text().strip().length() >= STYLE_MIN_CHARS;
        }

        private int firstProse() {
            if (firstProse == -2) {
                firstProse = -1;
                for (int i = 0; i < units.size() && firstProse < 0; i++) {
                    if (units.get(i).kind().isProse() || units.get(i).kind().isHeadingLike()) {
                        firstProse = i;
                    }
                }
            }
            return firstProse;
        }

        private int nextSignificant(int index) {
            for (int i = index + 1; i < units.size(); i++) {
                if (!units.get(i).kind().isTransparent() && units.get(i).kind() != Unit.Kind.REFERENCE) {
                    return i;
                }
            }
            return -1;
        }

        private int nextSignificantSkippingMarkers(int index) {
            for (int i = index + 1; i < units.size(); i++) {
                Unit.Kind kind = units.get(i).kind();
                if (!kind.isTransparent() && kind != Unit.Kind.MARKER && kind != Unit.Kind.BREAK
                        && kind != Unit.Kind.REFERENCE) {
                    return i;
                }
            }
            return -1;
        }

        private int markerLine(int index, int next) {
            return units.get(index).cutByMarker() || next < 0 ? units.get(index).endLine() : units.get(next).startLine();
        }
    }

    private static Finding finding(Post post, RuleContext context, Reading reading, Cut cut) {
        Unit unit = reading.units.get(cut.index());
        String what = context.message("unit." + unitName(unit.kind()));
        if (cut.key().equals("end.heading")) {
            return context.atLine(post, unit.endLine(), cut.key(), what, quote(unit.text().strip()));
        }
        String endsIn = cut.key().endsWith(".midword")
                ? context.message("ends.word-part", cut.end().token(), quote(cut.end().fragment()))
                : endsIn(context, cut.end());
        int[] range = cutRange(post, unit);
        return context.atOffsets(post, range[0], range[1], cut.key(), what, endsIn, cut.detail());
    }

    private static String unitName(Unit.Kind kind) {
        return switch (kind) {
            case ITEM -> "item";
            case QUOTE -> "quote";
            case HEADING, PSEUDO_HEADING -> "heading";
            default -> "paragraph";
        };
    }

    /** What the text ends in, for the message: the comma, the particle, the bare word. */
    private static String endsIn(RuleContext context, SentenceEnd end) {
        String tail = quote(end.fragment().isEmpty() ? end.token() : end.fragment());
        String script = end.cjk() ? "cjk" : "latin";
        return switch (end.shape()) {
            case COMMA -> context.message("ends.comma", end.token(), tail);
            case COLON -> context.message("ends.colon", end.token(), tail);
            case PARTICLE -> context.message("ends.particle." + script, end.token(), tail);
            case STEM -> context.message("ends.stem", end.token(), tail);
            case PREDICATE -> context.message("ends.predicate." + script, end.token(), tail);
            default -> context.message("ends.word." + script, end.token(), tail);
        };
    }

    /** The last characters of a text, for quoting in a message. */
    static String quote(String text) {
        String flat = text.replace('\n', ' ').strip();
        int count = flat.codePointCount(0, flat.length());
        if (count <= QUOTE_CHARS) {
            return flat;
        }
        return "…" + flat.substring(flat.offsetByCodePoints(flat.length(), -QUOTE_CHARS));
    }

    /**
     * From the last character of the unit's text, as found on its last line, to the end of that
     * line; the whole line when the text cannot be found there (markup the parser rewrote).
     */
    private static int[] cutRange(Post post, Unit unit) {
        SourceText source = post.source();
        int line = Math.min(unit.endLine(), source.lineCount());
        int start = source.lineStartOffset(line);
        int end = source.lineEndOffset(line);
        String lineText = source.text().substring(start, end);
        String text = SentenceEnd.stripEnd(unit.text());
        for (int length = Math.min(4, text.length()); length >= 1; length--) {
            String tail = text.substring(text.length() - length);
            int at = lineText.lastIndexOf(tail);
            if (at >= 0) {
                int lastChar = start + at + length - Character.charCount(tail.codePointBefore(length));
                return new int[] {lastChar, end};
            }
        }
        return new int[] {start, end};
    }
}
