package io.github.contentlint.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.contentlint.api.CrossPostRule;
import io.github.contentlint.api.Finding;
import io.github.contentlint.api.PostSummary;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.post.Position;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.PostParser;
import io.github.contentlint.post.TooComplexException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine: finds the posts, parses and checks each on a worker thread, runs the cross-post
 * pass, and returns the findings in a fixed order whatever the thread count. Knows nothing of
 * Maven. A post that cannot be read is an {@code unreadable} finding; an exception while
 * handling one post is an {@code internal-error} finding on it; the run always goes on.
 *
 * <p>With a cache, a post whose stamp (size, modification time) or content is unchanged is
 * not parsed again: its findings and cross-post summaries come from the cache. Only findings
 * and summaries outlive a post, so the heap is bounded by the largest post, not the corpus.
 */
public final class Linter {

    /**
     * flexmark recurses; the default 1 MB stack overflows on deeply nested input. Workers get
     * their own, larger stack (reserved address space, not heap).
     */
    static final long WORKER_STACK_BYTES = 256L * 1024 * 1024;

    private final LintSettings settings;
    private final RuleSet rules;
    private final FileSource files;
    private final LintCache cache;
    private final PostParser parser = new PostParser();

    /**
     * @param cacheDirectory the folder of the cache, or null to run without one
     */
    public Linter(LintSettings settings, RuleSet rules, FileSource files, Path cacheDirectory) {
        this.settings = settings;
        this.rules = rules;
        this.files = files;
        this.cache = cacheDirectory == null ? null : LintCache.load(cacheDirectory, cacheKey(settings, rules));
    }

    public Linter(LintSettings settings, RuleSet rules, FileSource files) {
        this(settings, rules, files, null);
    }

    public Linter(LintSettings settings, RuleSet rules) {
        this(settings, rules, FileSource.FILE_SYSTEM, null);
    }

    /** Finds the files the settings select, without reading them. */
    public List<String> discover() throws IOException {
        return new FileDiscovery(settings.includes(), settings.excludes()).find(settings.baseDirectory());
    }

    public LintResult run() throws IOException {
        return run(discover());
    }

    /** Lints the given files (paths relative to the base directory, sorted). */
    public LintResult run(List<String> paths) throws IOException {
        return run(paths, Progress.NONE);
    }

    /** Lints the given files, telling {@code progress} after each one. */
    public LintResult run(List<String> paths, Progress progress) throws IOException {
        return run(paths, List.of(), progress);
    }

    /**
     * Lints {@code paths} in full and reports on them alone; the {@code others} (the rest of the
     * posts, sorted) only lend what cross-post rules compare. Their summaries come from the cache
     * when it holds them for the file as it is, otherwise from a light pass that reads and parses
     * the post and only summarises it: no other rule runs on it. Cross-post findings, suppressions,
     * {@code unused-suppression} and the count of posts checked concern {@code paths} only, and a
     * cross-post finding on one of them reads as it does in a run over every post.
     */
    public LintResult run(List<String> paths, List<String> others, Progress progress) throws IOException {
        long started = System.nanoTime();
        // without a selected post or a cross-post rule, the other posts have nothing to lend
        boolean lend = !paths.isEmpty() && !others.isEmpty() && rules.anyCrossPostRule();
        List<PostOutcome> outcomes = lintAll(paths, lend ? others : List.of(), progress);
        List<PostOutcome> checked = outcomes.subList(0, paths.size());
        List<Finding> findings = new ArrayList<>();
        Map<String, PostSuppressions> suppressions = new HashMap<>();
        for (PostOutcome outcome : checked) {
            findings.addAll(outcome.findings());
            if (!outcome.suppressions().isEmpty()) {
                suppressions.put(outcome.path(), outcome.suppressions());
            }
        }
        if (lend) {
            List<PostOutcome> every = new ArrayList<>(outcomes);
            every.sort(Comparator.comparing(PostOutcome::path));
            Set<String> reported = new HashSet<>(paths);
            for (Finding finding : crossPost(every, paths.get(0))) {
                if (reported.contains(finding.path())) {
                    findings.add(finding);
                }
            }
        } else {
            findings.addAll(crossPost(checked));
        }
        findings.replaceAll(Fingerprints::withMessageFingerprint);
        Suppressions.Applied applied = Suppressions.apply(findings, suppressions, rules);
        findings = new ArrayList<>(applied.findings());
        findings.sort(Finding.ORDER);
        if (cache != null) {
            cache.keepUntouched(others);
            cache.save();
        }
        return new LintResult(findings, paths.size(), Duration.ofNanos(System.nanoTime() - started),
                applied.suppressed());
    }

    /** The checked posts' outcomes, in order, then the others' summaries, in order. */
    private List<PostOutcome> lintAll(List<String> paths, List<String> others, Progress progress) {
        int total = paths.size() + others.size();
        // Even one thread runs on a worker: the caller's stack may be the default 1 MB.
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), Math.max(1, total)),
                workerThreads());
        try {
            List<Future<PostOutcome>> futures = new ArrayList<>(total);
            for (String path : paths) {
                futures.add(pool.submit(() -> lintOne(path)));
            }
            for (String path : others) {
                futures.add(pool.submit(() -> summarizeOne(path)));
            }
            List<PostOutcome> outcomes = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                String path = i < paths.size() ? paths.get(i) : others.get(i - paths.size());
                outcomes.add(await(futures.get(i), path));
                if (i < paths.size()) {
                    progress.update(outcomes.size(), paths.size());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private PostOutcome await(Future<PostOutcome> future, String path) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + path, e);
        } catch (ExecutionException e) {
            return new PostOutcome(path, List.of(internalError(path, "engine", e.getCause())), Map.of());
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(null, task, "contentlint-worker-" + count.incrementAndGet(), WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Reads, parses and checks one post, or takes it from the cache. */
    PostOutcome lintOne(String path) {
        Path file = settings.baseDirectory().resolve(path);
        Read read;
        try {
            if (files.isOutside(file, settings.baseDirectory())) {
                return unreadable(path, "outside");
            }
            read = read(file, path, false);
        } catch (NoSuchFileException e) {
            return unreadable(path, "vanished");
        } catch (java.nio.file.AccessDeniedException e) {
            return unreadable(path, "io", "permission denied");
        } catch (IOException | OutOfMemoryError e) {
            return unreadable(path, "io", String.valueOf(e.getMessage()));
        }
        if (read.cached() != null) {
            return read.cached().outcome(path);
        }
        if (read.bytes() == null) {
            return remember(path, read.stamp(), "", unreadable(path, "too-large", String.valueOf(read.stamp().size()),
                    String.valueOf(settings.maxFileBytes())));
        }
        return remember(path, read.stamp(), read.sha256(), lintBytes(path, read.bytes()));
    }

    /**
     * What reading one post gave: its cache entry when that still holds (by stamp, then by
     * content), otherwise its bytes, or no bytes when it is over {@code maxFileBytes}.
     */
    private record Read(FileStamp stamp, byte[] bytes, String sha256, LintCache.Entry cached) {
    }

    /**
     * Reads one post (its place already checked) the way the check and the light pass both need.
     *
     * @param summaryEnough whether a cache entry with only the cross-post summaries will do
     */
    private Read read(Path file, String path, boolean summaryEnough) throws IOException {
        FileStamp stamp = files.stamp(file);
        if (cache != null) {
            LintCache.Entry cached = cache.byStamp(path, stamp, summaryEnough);
            if (cached != null) {
                return new Read(stamp, null, null, cached);
            }
        }
        if (stamp.size() > settings.maxFileBytes()) {
            return new Read(stamp, null, null, null);
        }
        byte[] bytes = files.read(file);
        String sha256 = cache == null ? null : Sha256.hex(bytes);
        LintCache.Entry cached = cache == null ? null : cache.byContent(path, stamp, sha256, summaryEnough);
        return new Read(stamp, cached == null ? bytes : null, sha256, cached);
    }

    /**
     * The light pass over a post that is not checked: its cross-post summaries only, from the cache
     * or from parsing it. A post that cannot be read or parsed lends nothing (its problem is
     * reported when it is checked itself).
     */
    PostOutcome summarizeOne(String path) {
        Path file = settings.baseDirectory().resolve(path);
        Read read;
        try {
            if (files.isOutside(file, settings.baseDirectory())) {
                return lendsNothing(path);
            }
            read = read(file, path, true);
        } catch (IOException | OutOfMemoryError e) {
            return lendsNothing(path);
        }
        if (read.cached() != null) {
            return new PostOutcome(path, List.of(), read.cached().summaries());
        }
        if (read.bytes() == null) {
            return lendsNothing(path);
        }
        Map<String, Object> summaries = new HashMap<>();
        DecodedFile decoded = DecodedFile.decode(read.bytes(), settings.encoding());
        if (decoded.isText()) {
            try {
                Post post = parser.parse(path, decoded.text(), decoded.charset(), decoded.bomLength());
                for (ActiveRule active : rules.activeFor(path)) {
                    Object summary = summaryOf(active, post);
                    if (summary != null) {
                        summaries.put(active.rule().id(), summary);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                summaries.clear(); // too complex, or a bug: the post's own check reports it
            }
        }
        return remember(path, read.stamp(), read.sha256(), new PostOutcome(path, List.of(), summaries), true);
    }

    /**
     * What a cross-post rule keeps of a post, or null: one place for the full check and the light
     * pass, so that both lend the same summary.
     */
    private static Object summaryOf(ActiveRule active, Post post) {
        return active.rule() instanceof CrossPostRule<?> crossPost ? crossPost.summarize(post, active.context()) : null;
    }

    private static PostOutcome lendsNothing(String path) {
        return new PostOutcome(path, List.of(), Map.of());
    }

    private PostOutcome lintBytes(String path, byte[] bytes) {
        DecodedFile decoded = DecodedFile.decode(bytes, settings.encoding());
        if (!decoded.isText()) {
            return unreadable(path, decoded.problemKey(), decoded.problemArguments());
        }
        Post post;
        try {
            post = parser.parse(path, decoded.text(), decoded.charset(), decoded.bomLength());
        } catch (TooComplexException e) {
            RuleContext context = rules.engineContext(RuleSet.UNREADABLE);
            return new PostOutcome(path, List.of(context.finding(path, Position.lineStart(e.line()),
                    Position.lineStart(e.line()), "too-complex", String.valueOf(e.lines()), String.valueOf(e.limit()))),
                    Map.of());
        } catch (RuntimeException | StackOverflowError e) {
            return new PostOutcome(path, List.of(internalError(path, "parser", e)), Map.of());
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, Object> summaries = new HashMap<>();
        for (ActiveRule active : rules.activeFor(path)) {
            try {
                for (Finding finding : active.rule().check(post, active.context())) {
                    findings.add(Fingerprints.withFingerprint(finding, post));
                }
                Object summary = summaryOf(active, post);
                if (summary != null) {
                    summaries.put(active.rule().id(), summary);
                }
            } catch (RuntimeException | StackOverflowError e) {
                findings.add(internalError(path, active.rule().id(), e));
            }
        }
        PostSuppressions suppressions = PostSuppressions.NONE;
        try {
            suppressions = PostSuppressions.read(post);
        } catch (RuntimeException | StackOverflowError e) {
            findings.add(internalError(path, "suppressions", e));
        }
        return new PostOutcome(path, findings, summaries, suppressions);
    }

    private PostOutcome remember(String path, FileStamp stamp, String sha256, PostOutcome outcome) {
        return remember(path, stamp, sha256, outcome, false);
    }

    /** Stores an outcome in the cache; {@code summaryOnly} when only the light pass made it. */
    private PostOutcome remember(String path, FileStamp stamp, String sha256, PostOutcome outcome,
            boolean summaryOnly) {
        if (cache != null) {
            Map<String, JsonNode> json = new LinkedHashMap<>();
            outcome.summaries().forEach((rule, summary) -> json.put(rule, LintCache.toJson(summary)));
            cache.put(path, new LintCache.Entry(stamp, sha256, outcome.findings(), json, outcome.suppressions(),
                    summaryOnly));
        }
        return outcome;
    }

    private List<Finding> crossPost(List<PostOutcome> outcomes) {
        return crossPost(outcomes, outcomes.isEmpty() ? "." : outcomes.get(0).path());
    }

    /**
     * The cross-post pass. Each post's summary was made with the options its path resolves to.
     * When overrides give a cross-post rule different options on some posts, {@code checkAcross}
     * runs once per distinct set of options, each time over every post's summary, and each run
     * keeps only the findings on the posts with those options: so a finding on a post is always
     * made with that post's own options, while it is still compared with every other post.
     *
     * @param where the post a failing cross-post rule's {@code internal-error} is reported on
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Finding> crossPost(List<PostOutcome> outcomes, String where) {
        // rule id -> the rule as configured -> the posts it runs on with that configuration
        Map<String, Map<ActiveRule, Set<String>>> runs = new LinkedHashMap<>();
        for (PostOutcome outcome : outcomes) {
            for (ActiveRule active : rules.activeFor(outcome.path())) {
                if (active.rule() instanceof CrossPostRule<?>) {
                    runs.computeIfAbsent(active.rule().id(), id -> new LinkedHashMap<>())
                            .computeIfAbsent(active, a -> new HashSet<>()).add(outcome.path());
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Map<ActiveRule, Set<String>>> run : runs.entrySet()) {
            String id = run.getKey();
            try {
                CrossPostRule crossPost = (CrossPostRule) run.getValue().keySet().iterator().next().rule();
                List<PostSummary<Object>> summaries = new ArrayList<>();
                for (PostOutcome outcome : outcomes) {
                    Object summary = outcome.summaries().get(id);
                    if (summary instanceof JsonNode json) {
                        summary = LintCache.fromJson(json, crossPost.summaryType());
                    }
                    if (summary != null) {
                        summaries.add(new PostSummary<>(outcome.path(), summary));
                    }
                }
                boolean oneConfiguration = run.getValue().size() == 1;
                for (Map.Entry<ActiveRule, Set<String>> configured : run.getValue().entrySet()) {
                    List<Finding> across = crossPost.checkAcross(summaries, configured.getKey().context());
                    for (Finding finding : across) {
                        if (oneConfiguration || configured.getValue().contains(finding.path())) {
                            findings.add(finding);
                        }
                    }
                }
            } catch (RuntimeException | StackOverflowError | JsonProcessingException e) {
                findings.add(internalError(where, id, e));
            }
        }
        return findings;
    }

    private PostOutcome unreadable(String path, String key, Object... arguments) {
        RuleContext context = rules.engineContext(RuleSet.UNREADABLE);
        return new PostOutcome(path, List.of(
                context.finding(path, Position.lineStart(1), Position.lineStart(1), key, arguments)), Map.of());
    }

    private Finding internalError(String path, String where, Throwable error) {
        RuleContext context = rules.engineContext(RuleSet.INTERNAL_ERROR);
        String what = error == null ? "unknown error" : error.getClass().getSimpleName();
        return context.finding(path, Position.lineStart(1), Position.lineStart(1), "failed", what, where);
    }

    /** What makes cached findings valid: the plugin version, the rules as configured, the run's settings. */
    static String cacheKey(LintSettings settings, RuleSet rules) {
        return Sha256.hex((io.github.contentlint.report.Version.current() + '\n' + rules.fingerprint() + '\n'
                + settings.encoding().name() + '\n' + settings.maxFileBytes())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * What one post leaves behind once its text is gone: findings, cross-post summaries (objects,
     * or JSON from the cache) and its suppression directives.
     */
    record PostOutcome(String path, List<Finding> findings, Map<String, ?> summaries, PostSuppressions suppressions) {

        PostOutcome {
            findings = List.copyOf(findings);
            summaries = Map.copyOf(summaries);
            suppressions = suppressions == null ? PostSuppressions.NONE : suppressions;
        }

        /** A post that left no suppression directives (unreadable, or failed before its rules). */
        PostOutcome(String path, List<Finding> findings, Map<String, ?> summaries) {
            this(path, findings, summaries, PostSuppressions.NONE);
        }
    }
}
