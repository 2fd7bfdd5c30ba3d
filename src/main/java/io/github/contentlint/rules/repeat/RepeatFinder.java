package io.github.contentlint.rules.repeat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the blocks of one post that repeat earlier blocks, and groups consecutive ones into
 * repeated sections.
 *
 * <p>Each block is compared, through a {@link ShingleIndex}, only with the earlier blocks it
 * shares character shingles with (n-grams of folded text: they work for Japanese, which has no
 * spaces, as well as for English). Earlier blocks that share at least half of this block, or half
 * of themselves with it, are its <em>sources</em>. Two measures decide whether it is a copy:
 * <ul>
 * <li><em>coverage</em>: the share of the block's text found in its sources. It is high for an
 * exact or near copy, for a copy cut short (the first part of an earlier paragraph), for a
 * paragraph's last sentence repeated on its own, and for several earlier paragraphs flattened
 * into one block. Stock phrases shared with unrelated blocks do not count;</li>
 * <li><em>containment</em> of one source: the share of its shingles found in this block. It is
 * high when an earlier paragraph comes back whole with new text around it (a cut paragraph
 * restarted and finished, a paragraph with a sentence added).</li>
 * </ul>
 * A rewrite that only shares its opening words with an earlier paragraph reaches neither.
 *
 * <p>Only a leading block (see {@link Unit}) of at least {@code minLength} (weighted, see
 * {@link FoldedText}) starts a finding; other blocks only join a repeated section, when they
 * match the block at the same place in the original. A run of blocks that repeats a run of
 * earlier blocks in order is one {@link Repeat}; where the text loops back, a new one starts.
 * A lone sentence far from its original is left alone: people repeat refrains on purpose.
 *
 * <p>One instance may serve many threads: all state lives in the call.
 */
public final class RepeatFinder {

    /** The share of a block (or of its source) two blocks must have in common to be related at all. */
    public static final double RELATED = 0.5;

    /** A stretch of sources explaining this share of what the best one explains counts as explaining as much. */
    static final double NEARLY_AS_MUCH = 0.9;

    /** The share of a block one source must explain for the block to be a near copy of it, not a merge. */
    static final double MOSTLY = 0.6;

    /**
     * Sentences one block of a repeat far from its original must hold: lone sentences, even
     * several, repeated far apart are refrains and stock lines that people repeat on purpose.
     */
    static final int FAR_SENTENCES = 2;

    /**
     * Weight, in multiples of {@code minLength}, a repeat far from its original must have: two
     * short sentences ("Thanks for reading! Subscribe to get the next post.") at the top and the
     * bottom of a post are a call to action, not a pasted paragraph.
     */
    static final double FAR_WEIGHT = 2.5;

    /**
     * Distinct shingles one post may index (about 30 bytes each): a post of a million characters
     * is compared in full; in a larger one, text past that point is compared with what came
     * before but not remembered.
     */
    static final int MAX_SHINGLES = 1 << 21;

    /** Weight a unit above a copy needs to be taken into it as its heading ("まとめ", "Notes"). */
    static final double EXTEND_WEIGHT = 2;

    /**
     * Tuning of the comparison.
     *
     * @param shingleLength code points per shingle
     * @param minLength weighted length a block needs to start a finding
     * @param similarity coverage or containment that makes a block a copy (0 to 1)
     * @param maxGap blocks that may be missing or added inside a repeated section
     * @param nearBlocks how many blocks may stand between a single repeated sentence and its
     *     source for it to count (further away, a lone sentence is a refrain or a stock line)
     * @param postingCap blocks remembered per shingle
     */
    public record Settings(int shingleLength, double minLength, double similarity, int maxGap, int nearBlocks,
            int postingCap) {

        public Settings {
            if (shingleLength < 1 || postingCap < 1 || maxGap < 0) {
                throw new IllegalArgumentException("shingleLength and postingCap must be positive, maxGap not negative");
            }
        }
    }

    /**
     * One block as the finder sees it.
     *
     * @param text the block's folded text
     * @param leads whether it may start a finding by itself (headings and quotes only join a
     *     repeated section: people repeat those on purpose)
     * @param plain the block's text with markup stripped, for what only a copy needs to know
     *     (its sentences, whether it resumes behind an ellipsis or stops mid-sentence)
     * @param listItem whether it is a list item: the items of a list are written to one pattern
     *     ("By value: …", "By reference: …"), so one item sharing most of its phrasing with
     *     another is parallel structure, not a copy, unless it is nearly word for word the same
     */
    public record Unit(FoldedText text, boolean leads, String plain, boolean listItem) {

        /** A unit that is no list item. */
        public Unit(FoldedText text, boolean leads, String plain) {
            this(text, leads, plain, false);
        }

        /** How many sentences it holds (see {@link Sentences}). */
        public int sentences() {
            return Sentences.count(plain);
        }

        /**
         * Whether it opens with {@code ...} or {@code …}: a generator resuming its text writes
         * that; a lone sentence behind it counts however far it is from its original.
         */
        public boolean resumes() {
            String start = plain.stripLeading();
            return start.startsWith("...") || start.startsWith("\u2026") || start.startsWith("\u2025");
        }

        /**
         * Whether it stops without a sentence terminator: a copy cut short that stops
         * mid-sentence is no refrain, and counts however far it is from its original.
         */
        public boolean unfinished() {
            return Sentences.unfinished(plain);
        }
    }

    /** How a single repeated block relates to its source, or that a whole section repeats. */
    public enum Kind {
        /** Word for word the same after folding. */
        EXACT,
        /** Mostly the same text, with small edits. */
        NEAR,
        /** The first part of the source only. */
        CUT_SHORT,
        /** Another part of the source only (a sentence from its end or middle). */
        PART,
        /** The whole source with more text around it. */
        CONTAINS,
        /** Several earlier blocks flattened into one. */
        MERGED,
        /** Several consecutive blocks repeating several earlier ones. */
        SECTION
    }

    /**
     * One repeat: units {@code [firstUnit, lastUnit]} repeat units {@code [firstSource, lastSource]}.
     *
     * @param firstUnit first unit of the copy
     * @param lastUnit last unit of the copy
     * @param firstSource first unit of the earlier text
     * @param lastSource last unit of the earlier text
     * @param units how many units of the copy matched (units skipped inside a section not counted)
     * @param kind how it repeats
     */
    public record Repeat(int firstUnit, int lastUnit, int firstSource, int lastSource, int units, Kind kind) {
    }

    /**
     * What the finder found, and what it cost.
     *
     * @param repeats the repeats, in the order of the post
     * @param postingVisits shingle postings read (the work of the candidate filter)
     * @param candidatePairs pairs of blocks compared because they share a shingle
     */
    public record Result(List<Repeat> repeats, long postingVisits, long candidatePairs) {
    }

    /**
     * An earlier unit related to a unit.
     *
     * @param unit the earlier unit
     * @param ofSource share of the earlier unit's shingles found in this unit
     * @param ofCopy share of this unit's shingles found in the earlier unit
     */
    record Source(int unit, double ofSource, double ofCopy) {
    }

    /**
     * What the comparison found for one unit.
     *
     * @param copy whether the unit repeats earlier text on its own (it may start a finding)
     * @param kind how, when it is a copy
     * @param source the source to name when it is a copy, else -1
     * @param lastSource the last of the sources to name (a merge names several), else -1
     * @param sources every related earlier unit, in the order of the post
     * @param coverage share of the unit's text found earlier in the post
     */
    record Match(boolean copy, Kind kind, int source, int lastSource, List<Source> sources, double coverage) {

        Match(boolean copy, Kind kind, int source, List<Source> sources, double coverage) {
            this(copy, kind, source, source, sources, coverage);
        }
    }

    private final Settings settings;

    public RepeatFinder(Settings settings) {
        this.settings = settings;
    }

    public Result find(List<Unit> units) {
        long[] cost = new long[2];
        List<Match> matches = analyse(units, cost);
        return new Result(group(units, matches), cost[0], cost[1]);
    }

    /** Compares every unit with the earlier ones; {@code cost} receives postings read and pairs compared. */
    List<Match> analyse(List<Unit> units, long[] cost) {
        int k = settings.shingleLength();
        int expected = 0;
        for (Unit unit : units) {
            expected += Math.max(0, unit.text().length() - k + 1);
        }
        ShingleIndex index = new ShingleIndex(settings.postingCap(), expected, MAX_SHINGLES);
        int[] distinctCounts = new int[units.size()];
        int[] shared = new int[units.size()];
        int[] touched = new int[units.size()];
        int[] sourceOf = new int[units.size()];
        List<Match> matches = new ArrayList<>(units.size());
        for (int b = 0; b < units.size(); b++) {
            FoldedText text = units.get(b).text();
            long[] hashes = ShingleIndex.shingleHashes(text, k);
            int[] entries = new int[hashes.length];
            int[] distinct = new int[hashes.length];
            int distinctCount = 0;
            int touchedCount = 0;
            int unindexed = 0;
            for (int i = 0; i < hashes.length; i++) {
                int entry = index.entry(hashes[i]);
                entries[i] = entry;
                if (entry < 0) {
                    unindexed++; // the index is full: new text is counted, but cannot match
                    continue;
                }
                if (!index.stamp(entry, b)) {
                    continue;
                }
                distinct[distinctCount++] = entry;
                for (int p = index.firstPosting(entry); p >= 0; p = index.nextPosting(p)) {
                    int a = index.unitOf(p);
                    cost[0]++;
                    if (shared[a]++ == 0) {
                        touched[touchedCount++] = a;
                    }
                }
            }
            distinctCounts[b] = distinctCount + unindexed;
            List<Source> sources = new ArrayList<>();
            double explainedByOne = 0;
            for (int t = 0; t < touchedCount; t++) {
                int a = touched[t];
                cost[1]++;
                double ofSource = (double) shared[a] / distinctCounts[a];
                double ofCopy = (double) shared[a] / distinctCounts[b];
                shared[a] = 0;
                boolean longSource = units.get(a).text().weight() >= settings.minLength();
                if ((ofSource >= RELATED && longSource) || ofCopy >= RELATED) {
                    sources.add(new Source(a, ofSource, ofCopy));
                    if (units.get(a).leads()) {
                        sourceOf[a] = b + 1;
                        explainedByOne = Math.max(explainedByOne, ofCopy);
                    }
                }
            }
            sources.sort(Comparator.comparingInt(Source::unit));
            // the text of this unit that its related paragraphs explain; stock phrases from elsewhere do not
            // count, nor does a heading, whose words the paragraphs under it naturally repeat
            // (not needed when one paragraph explains the unit by itself)
            boolean[] covered = new boolean[text.length()];
            if (explainedByOne >= settings.similarity()) {
                Arrays.fill(covered, true);
            } else if (!sources.isEmpty()) {
                int coveredUntil = 0;
                for (int i = 0; i < entries.length; i++) {
                    for (int p = entries[i] < 0 ? -1 : index.firstPosting(entries[i]); p >= 0; p = index.nextPosting(p)) {
                        cost[0]++;
                        if (sourceOf[index.unitOf(p)] == b + 1) {
                            for (int c = Math.max(i, coveredUntil); c < i + k; c++) {
                                covered[c] = true;
                            }
                            coveredUntil = i + k;
                            break;
                        }
                    }
                }
            }
            for (int d = 0; d < distinctCount; d++) {
                index.add(distinct[d], b);
            }
            matches.add(decide(units, b, covered, sources));
        }
        return matches;
    }

    private Match decide(List<Unit> units, int b, boolean[] covered, List<Source> sources) {
        Unit unit = units.get(b);
        FoldedText text = unit.text();
        int coveredLength = 0;
        for (boolean c : covered) {
            coveredLength += c ? 1 : 0;
        }
        double coverage = text.isEmpty() ? 0 : (double) coveredLength / text.length();
        double coveredWeight = coverage * text.weight();
        if (!unit.leads() || sources.isEmpty() || text.weight() < settings.minLength()) {
            return new Match(false, null, -1, sources, coverage);
        }
        double similarity = settings.similarity();
        Source best = null;
        List<Source> contained = new ArrayList<>();
        for (Source source : sources) {
            if (!units.get(source.unit()).leads()) {
                continue;
            }
            if (best == null || source.ofCopy() > best.ofCopy()) {
                best = source;
            }
            if (source.ofSource() >= similarity && units.get(source.unit()).text().weight() >= settings.minLength()) {
                contained.add(source);
            }
        }
        boolean covers = coverage >= similarity && coveredWeight >= settings.minLength();
        if (best == null || (!covers && contained.isEmpty())) {
            return new Match(false, null, -1, sources, coverage);
        }
        FoldedText bestText = units.get(best.unit()).text();
        if (bestText.sameAs(text)) {
            return new Match(true, Kind.EXACT, best.unit(), sources, coverage);
        }
        if (best.ofCopy() >= similarity) {
            if (text.length() < bestText.length() * 0.9) {
                boolean sameStart = sameStart(text, bestText, settings.shingleLength());
                return new Match(true, sameStart ? Kind.CUT_SHORT : Kind.PART, best.unit(), sources, coverage);
            }
            if (text.length() > bestText.length() * 1.1 && best.ofSource() >= similarity) {
                return new Match(true, Kind.CONTAINS, best.unit(), sources, coverage);
            }
            return new Match(true, Kind.NEAR, best.unit(), sources, coverage);
        }
        if (contained.isEmpty() && unit.listItem() && units.get(best.unit()).listItem()) {
            return new Match(false, null, -1, sources, coverage); // two items of a list written to one pattern
        }
        if (contained.size() == 1 && !covers) {
            return new Match(true, Kind.CONTAINS, contained.get(0).unit(), sources, coverage);
        }
        if (contained.size() < 2 && best.ofCopy() >= MOSTLY) {
            return new Match(true, Kind.NEAR, best.unit(), sources, coverage); // one source, with edits
        }
        return merged(contained.isEmpty() ? List.of(best) : contained, sources, coverage);
    }

    /**
     * A block made of several earlier ones: it names the stretch of consecutive sources that
     * explains most of it (the same paragraph copied elsewhere, or a heading it happens to
     * contain, would otherwise stretch the range across the post).
     */
    private Match merged(List<Source> parts, List<Source> sources, double coverage) {
        List<int[]> chains = new ArrayList<>(); // start, end
        List<Double> shares = new ArrayList<>();
        for (Source part : parts) {
            int last = chains.size() - 1;
            if (last >= 0 && part.unit() <= chains.get(last)[1] + 1 + settings.maxGap()) {
                chains.get(last)[1] = part.unit();
                shares.set(last, shares.get(last) + part.ofCopy());
            } else {
                chains.add(new int[] {part.unit(), part.unit()});
                shares.add(part.ofCopy());
            }
        }
        double most = shares.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int chosen = 0;
        while (shares.get(chosen) < NEARLY_AS_MUCH * most) {
            chosen++; // the earliest stretch that explains nearly as much as the best: the original, not a later copy
        }
        int[] chain = chains.get(chosen);
        Kind kind = chain[0] == chain[1] ? Kind.CONTAINS : Kind.MERGED;
        return new Match(true, kind, chain[0], chain[1], sources, coverage);
    }

    private static boolean sameStart(FoldedText copy, FoldedText source, int k) {
        int n = Math.min(k, copy.length());
        for (int i = 0; i < n; i++) {
            if (copy.codePointAt(i) != source.codePointAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A path through the original that a repeated section follows. */
    private record Thread(int firstSource, int lastSource, int lastSolidSource) {

        Thread(int firstSource, int lastSource) {
            this(firstSource, lastSource, lastSource);
        }
    }

    /** The copy being grown while {@link #group} walks the units; local to one call. */
    private static final class Run {
        /** The units that matched, in order: the copy's own units, not the ones skipped inside it. */
        final List<Integer> members = new ArrayList<>();
        int misses;
        List<Thread> threads;

        Run(int unit, List<Thread> threads) {
            this.members.add(unit);
            this.threads = threads;
        }

        int first() {
            return members.get(0);
        }

        int last() {
            return members.get(members.size() - 1);
        }
    }

    /** Groups the copies into repeats: one per run of units that follows earlier units in order. */
    List<Repeat> group(List<Unit> units, List<Match> matches) {
        List<Repeat> repeats = new ArrayList<>();
        int closedUntil = -1;
        Run run = null;
        for (int b = 0; b < units.size(); b++) {
            Match match = matches.get(b);
            if (run != null && loopsBack(match, run.first())) {
                closedUntil = close(units, matches, run, repeats);
                run = null;
            }
            if (run != null) {
                List<Thread> continued = new ArrayList<>();
                for (Thread thread : run.threads) {
                    int next = continueThread(units, matches, thread, b, run.first());
                    if (next >= 0) {
                        continued.add(new Thread(thread.firstSource(), next,
                                trailing(units, matches, b) ? thread.lastSolidSource() : next));
                    }
                }
                if (!continued.isEmpty()) {
                    run.threads = continued;
                    run.members.add(b);
                    run.misses = 0;
                    continue;
                }
                // a heading, a marker or a short line may be missing from the original; new text ends the copy
                boolean minor = units.get(b).text().weight() < settings.minLength() || !match.sources().isEmpty();
                if (!match.copy() && minor && ++run.misses <= settings.maxGap()) {
                    continue;
                }
                closedUntil = close(units, matches, run, repeats);
                run = null;
            }
            if (match.copy()) {
                run = new Run(b, seedThreads(match));
                // a heading or a short line above the copy belongs to it when the original has it too
                while (run.first() - 1 > closedUntil) {
                    List<Thread> extended = extendBack(units, run.threads, run.first() - 1);
                    if (extended.isEmpty()) {
                        break;
                    }
                    run.threads = extended;
                    run.members.add(0, run.first() - 1);
                }
            }
        }
        if (run != null) {
            close(units, matches, run, repeats);
        }
        return repeats;
    }

    /** Adds the repeat a run makes, unless it is a lone sentence far from its source; returns its last unit. */
    private int close(List<Unit> units, List<Match> matches, Run run, List<Repeat> repeats) {
        int end = run.last();
        // a marker line or the next section's heading at the end belongs to what follows, not to the copy
        while (run.members.size() > 1 && trailing(units, matches, run.last())) {
            run.members.remove(run.members.size() - 1);
        }
        Thread original = original(run.threads);
        int sentences = 0;
        int nearest = -1;
        int firstCopy = -1;
        int copies = 0;
        double weight = 0;
        boolean generated = false;
        for (int u : run.members) {
            Match match = matches.get(u);
            if (!match.copy()) {
                continue;
            }
            copies++;
            sentences = Math.max(sentences, repeated(units, match, u).sentences());
            weight += repeated(units, match, u).text().weight();
            generated |= units.get(u).resumes() || (match.kind() == Kind.CUT_SHORT && units.get(u).unfinished());
            if (firstCopy < 0) {
                firstCopy = u;
                for (Source source : match.sources()) {
                    nearest = Math.max(nearest, source.unit());
                }
            }
        }
        // a section copied block after block, nothing new between, is no refrain however short its sentences
        boolean wholeSection = copies >= 2 && run.last() - run.first() + 1 == run.members.size();
        boolean slight = sentences < FAR_SENTENCES || weight < FAR_WEIGHT * settings.minLength();
        if (slight && !generated && !wholeSection && firstCopy - nearest - 1 > settings.nearBlocks()) {
            return end; // a sentence or two repeated far from the original: a refrain, a stock line, a call to subscribe
        }
        if (run.members.size() == 1) {
            Match match = matches.get(firstCopy);
            repeats.add(new Repeat(firstCopy, firstCopy, match.source(), match.lastSource(), 1, match.kind()));
            return end;
        }
        repeats.add(new Repeat(run.first(), run.last(), original.firstSource(), original.lastSolidSource(),
                run.members.size(), Kind.SECTION));
        return end;
    }

    /**
     * What a copy repeats: the whole unit, or the earlier unit it holds when new text leads up to
     * it ("If you've read this far, we'd love your help. You can try it today…"): a sentence
     * restated inside a closing paragraph is a refrain like a sentence restated on its own. A
     * unit that opens with the earlier one restarts it, and counts whole.
     */
    private Unit repeated(List<Unit> units, Match match, int unit) {
        Unit copy = units.get(unit);
        Unit source = units.get(match.source());
        boolean inside = match.kind() == Kind.CONTAINS && source.text().length() < copy.text().length()
                && !sameStart(copy.text(), source.text(), settings.shingleLength());
        return inside ? source : copy;
    }

    /**
     * The threads that also cover unit {@code above}, the one before the copy: it stands where a
     * unit shortly before their first source stood. Empty unless the earliest thread extends, so
     * that a marker line repeated between two copies never turns the finding away from the original.
     */
    private List<Thread> extendBack(List<Unit> units, List<Thread> threads, int above) {
        if (extendBack(units, original(threads), above) == null) {
            return List.of();
        }
        List<Thread> extended = new ArrayList<>();
        for (Thread thread : threads) {
            Thread longer = extendBack(units, thread, above);
            if (longer != null) {
                extended.add(longer);
            }
        }
        return extended;
    }

    private Thread extendBack(List<Unit> units, Thread thread, int above) {
        if (units.get(above).text().weight() < EXTEND_WEIGHT) {
            return null; // a marker line such as ---END--- between two copies belongs to neither
        }
        int lowest = Math.max(0, thread.firstSource() - 1 - settings.maxGap());
        for (int previous = thread.firstSource() - 1; previous >= lowest; previous--) {
            if (previous < above && resembles(units, above, previous)) {
                return new Thread(previous, thread.lastSource(), thread.lastSolidSource());
            }
        }
        return null;
    }

    /** Whether a unit repeats a unit of the copy it would continue: the text loops, a new copy starts. */
    private boolean loopsBack(Match match, int runFirst) {
        for (Source source : match.sources()) {
            if (source.unit() >= runFirst && source.ofCopy() >= settings.similarity()
                    && source.ofSource() >= settings.similarity()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a unit only rides along in a section: a short line, a marker or a heading that is no copy by itself. */
    private boolean trailing(List<Unit> units, List<Match> matches, int unit) {
        return !matches.get(unit).copy()
                && (!units.get(unit).leads() || units.get(unit).text().weight() < settings.minLength());
    }

    /** The thread that follows the earliest text: the one to name in the message. */
    private static Thread original(List<Thread> threads) {
        Thread original = threads.get(0);
        for (Thread thread : threads) {
            if (thread.firstSource() < original.firstSource()) {
                original = thread;
            }
        }
        return original;
    }

    /**
     * One thread per stretch of consecutive sources of the copy that starts a section. Only strong
     * sources (most of the copy, or most of the source) start one when there are any: a block that
     * merely shares a phrase with the copy would otherwise be named as its original.
     */
    private List<Thread> seedThreads(Match match) {
        List<Source> strong = new ArrayList<>();
        for (Source source : match.sources()) {
            if (source.ofCopy() >= settings.similarity() || source.ofSource() >= settings.similarity()) {
                strong.add(source);
            }
        }
        List<Thread> threads = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Source source : strong.isEmpty() ? match.sources() : strong) {
            if (start >= 0 && source.unit() <= end + 1 + settings.maxGap()) {
                end = source.unit();
                continue;
            }
            if (start >= 0) {
                threads.add(new Thread(start, end));
            }
            start = source.unit();
            end = source.unit();
        }
        threads.add(new Thread(start, end));
        return threads;
    }

    /**
     * The last source unit that unit {@code b} reaches when it continues a section whose copy so
     * far follows {@code thread}, or -1 when it does not continue it.
     */
    private int continueThread(List<Unit> units, List<Match> matches, Thread thread, int b, int runFirst) {
        int lastSource = thread.lastSource();
        int limit = Math.min(lastSource + 1 + settings.maxGap(), runFirst - 1);
        int reached = -1;
        List<Source> sources = matches.get(b).sources();
        boolean goesOn = false;
        boolean startsOver = false;
        for (Source source : sources) {
            goesOn |= source.ofCopy() >= MOSTLY && source.unit() > lastSource && source.unit() <= limit;
            startsOver |= source.unit() >= thread.firstSource() && source.unit() < lastSource
                    && source.ofSource() >= settings.similarity();
        }
        if (startsOver && !goesOn) {
            return -1; // it holds a whole block the copy already went past, and is not mostly the next one
        }
        for (Source source : sources) {
            // the same source again continues only a copy split in two, never one that starts over
            boolean next = source.unit() > lastSource || (source.unit() == lastSource && source.ofSource() < settings.similarity());
            if (next && source.unit() <= limit) {
                reached = source.unit();
                break;
            }
        }
        if (reached < 0) {
            for (int s = lastSource + 1; s <= limit; s++) {
                if (resembles(units, b, s)) {
                    reached = s;
                    break;
                }
            }
        }
        if (reached < 0) {
            return -1;
        }
        // a flattened block reaches as far as the run of sources it covers
        for (Source source : sources) {
            if (source.unit() > reached && source.unit() <= reached + 1 + settings.maxGap() && source.unit() < runFirst) {
                reached = source.unit();
            }
        }
        return reached;
    }

    /**
     * Whether a short unit stands where unit {@code s} stood: the same folded text, or one inside
     * the other and at least half as long (a heading with 「の続き」 or a subtitle added).
     */
    private static boolean resembles(List<Unit> units, int b, int s) {
        FoldedText copy = units.get(b).text();
        FoldedText source = units.get(s).text();
        if (copy.isEmpty() || source.isEmpty()) {
            return false;
        }
        if (copy.sameAs(source)) {
            return true;
        }
        FoldedText shorter = copy.length() <= source.length() ? copy : source;
        FoldedText longer = shorter == copy ? source : copy;
        return shorter.length() * 2 >= longer.length() && longer.length() <= 200 && longer.contains(shorter);
    }
}
