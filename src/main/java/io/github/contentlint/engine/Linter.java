package io.github.contentlint.engine;

import io.github.contentlint.api.CrossPostRule;
import io.github.contentlint.api.Finding;
import io.github.contentlint.api.PostSummary;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.post.Position;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.PostParser;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final PostParser parser = new PostParser();

    public Linter(LintSettings settings, RuleSet rules, FileSource files) {
        this.settings = settings;
        this.rules = rules;
        this.files = files;
    }

    public Linter(LintSettings settings, RuleSet rules) {
        this(settings, rules, FileSource.FILE_SYSTEM);
    }

    /** Finds the files the settings select, without reading them. */
    public List<String> discover() throws IOException {
        return new FileDiscovery(settings.includes(), settings.excludes()).find(settings.baseDirectory());
    }

    public LintResult run() throws IOException {
        return run(discover());
    }

    /** Lints the given files (paths relative to the base directory). */
    public LintResult run(List<String> paths) {
        return run(paths, Progress.NONE);
    }

    /** Lints the given files, telling {@code progress} after each one. */
    public LintResult run(List<String> paths, Progress progress) {
        long started = System.nanoTime();
        List<PostOutcome> outcomes = lintAll(paths, progress);
        List<Finding> findings = new ArrayList<>();
        Map<String, PostSuppressions> suppressions = new HashMap<>();
        for (PostOutcome outcome : outcomes) {
            findings.addAll(outcome.findings());
            if (!outcome.suppressions().isEmpty()) {
                suppressions.put(outcome.path(), outcome.suppressions());
            }
        }
        findings.addAll(crossPost(outcomes));
        findings.replaceAll(Fingerprints::withMessageFingerprint);
        Suppressions.Applied applied = Suppressions.apply(findings, suppressions, rules);
        findings = new ArrayList<>(applied.findings());
        findings.sort(Finding.ORDER);
        return new LintResult(findings, paths.size(), Duration.ofNanos(System.nanoTime() - started),
                applied.suppressed());
    }

    private List<PostOutcome> lintAll(List<String> paths, Progress progress) {
        if (settings.threads() == 1 || paths.size() < 2) {
            List<PostOutcome> outcomes = new ArrayList<>(paths.size());
            // Even one thread runs on a worker: the caller's stack may be the default 1 MB.
            ExecutorService single = Executors.newSingleThreadExecutor(workerThreads());
            try {
                for (String path : paths) {
                    outcomes.add(await(single.submit(() -> lintOne(path)), path));
                    progress.update(outcomes.size(), paths.size());
                }
            } finally {
                single.shutdownNow();
            }
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), workerThreads());
        try {
            List<Future<PostOutcome>> futures = new ArrayList<>(paths.size());
            for (String path : paths) {
                futures.add(pool.submit(() -> lintOne(path)));
            }
            List<PostOutcome> outcomes = new ArrayList<>(paths.size());
            for (int i = 0; i < paths.size(); i++) {
                outcomes.add(await(futures.get(i), paths.get(i)));
                progress.update(outcomes.size(), paths.size());
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

    /** Reads, parses and checks one post; only findings and cross-post summaries survive it. */
    PostOutcome lintOne(String path) {
        Path file = settings.baseDirectory().resolve(path);
        DecodedFile decoded;
        try {
            long size = files.size(file);
            if (size > settings.maxFileBytes()) {
                return unreadable(path, "too-large", String.valueOf(size), String.valueOf(settings.maxFileBytes()));
            }
            decoded = DecodedFile.decode(files.read(file), settings.encoding());
        } catch (NoSuchFileException e) {
            return unreadable(path, "vanished");
        } catch (IOException | OutOfMemoryError e) {
            return unreadable(path, "io", String.valueOf(e.getMessage()));
        }
        if (!decoded.isText()) {
            return unreadable(path, decoded.problemKey(), decoded.problemArguments());
        }
        Post post;
        try {
            post = parser.parse(path, decoded.text(), decoded.charset(), decoded.bomLength());
        } catch (RuntimeException | StackOverflowError e) {
            return new PostOutcome(path, List.of(internalError(path, "parser", e)), Map.of());
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, Object> summaries = new HashMap<>();
        for (ActiveRule active : rules.active()) {
            try {
                for (Finding finding : active.rule().check(post, active.context())) {
                    findings.add(Fingerprints.withFingerprint(finding, post));
                }
                if (active.rule() instanceof CrossPostRule<?> crossPost) {
                    Object summary = crossPost.summarize(post, active.context());
                    if (summary != null) {
                        summaries.put(active.rule().id(), summary);
                    }
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Finding> crossPost(List<PostOutcome> outcomes) {
        List<Finding> findings = new ArrayList<>();
        for (ActiveRule active : rules.active()) {
            if (!(active.rule() instanceof CrossPostRule crossPost)) {
                continue;
            }
            String id = active.rule().id();
            List<PostSummary<Object>> summaries = new ArrayList<>();
            for (PostOutcome outcome : outcomes) {
                Object summary = outcome.summaries().get(id);
                if (summary != null) {
                    summaries.add(new PostSummary<>(outcome.path(), summary));
                }
            }
            try {
                findings.addAll(crossPost.checkAcross(summaries, active.context()));
            } catch (RuntimeException | StackOverflowError e) {
                String where = summaries.isEmpty() ? "." : summaries.get(0).path();
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

    /** What one post leaves behind once its text is gone. */
    record PostOutcome(String path, List<Finding> findings, Map<String, Object> summaries,
            PostSuppressions suppressions) {

        PostOutcome {
            findings = List.copyOf(findings);
            summaries = new LinkedHashMap<>(summaries);
            suppressions = suppressions == null ? PostSuppressions.NONE : suppressions;
        }

        /** A post that left no suppression directives (unreadable, or failed before its rules). */
        PostOutcome(String path, List<Finding> findings, Map<String, Object> summaries) {
            this(path, findings, summaries, PostSuppressions.NONE);
        }
    }
}
