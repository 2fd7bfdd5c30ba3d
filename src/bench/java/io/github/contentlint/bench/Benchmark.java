package io.github.contentlint.bench;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.contentlint.engine.CheckOptions;
import io.github.contentlint.engine.CheckOutcome;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.engine.FileDiscovery;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The benchmark (not a test): for each corpus size, the floor (read every byte and parse the
 * Markdown with flexmark, same threads), {@code check} cold, warm (cache) and after one post
 * changed, with the ratios to the floor and the peak heap. Run it with
 * {@code ./mvnw -B -Pbench verify} (see the README).
 */
public final class Benchmark {

    private static final long SEED = 20251121L;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String size : System.getProperty("bench.sizes", "2000,10000,50000").split(",")) {
            sizes.add(Integer.parseInt(size.trim()));
        }
        Path work = Path.of(System.getProperty("bench.dir", "target/bench"));
        int threads = Integer.getInteger("bench.threads", Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "contentlint benchmark: %d threads, max heap %d MB, %s %s, %d cores%n",
                threads, Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.println("| posts | MB | floor s | cold s | cold/floor | warm s | warm/cold | one changed s | peak heap MB |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        List<String> selectedRows = new ArrayList<>();
        for (int size : sizes) {
            Path corpus = work.resolve("corpus-" + size);
            if (!Files.isDirectory(corpus.resolve("_posts"))) {
                new CorpusGenerator(SEED).generate(corpus, size);
            }
            selectedRows.add(measure(corpus, size, threads));
        }
        System.out.println();
        System.out.println("One post checked (-Dcontentlint.files), the others summarised for the cross-post rules:");
        System.out.println("| posts | all, cold s | one, full cache s | one, no cache s | one, empty cache s"
                + " | one, summaries cached s |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: |");
        selectedRows.forEach(System.out::println);
    }

    /** Prints the row of the main table; returns the row of the one-post table. */
    private static String measure(Path corpus, int size, int threads) throws Exception {
        Path output = corpus.resolve("target/contentlint");
        deleteTree(output);
        List<Path> files = new ArrayList<>();
        for (String path : new FileDiscovery(FileDiscovery.DEFAULT_INCLUDES, FileDiscovery.DEFAULT_EXCLUDES).find(corpus)) {
            files.add(corpus.resolve(path));
        }
        floor(files, threads); // warms the JIT for flexmark and the file cache for both sides
        resetPeaks();
        long floorNanos = floor(files, threads);
        CheckOptions options = CheckOptions.builder(corpus, output).threads(threads).cache(true)
                .baseline("none").build();
        long coldNanos = check(options);
        long peakHeap = peakHeap();
        long warmNanos = check(options);
        Path changed = files.get(files.size() / 2);
        Files.writeString(changed, Files.readString(changed) + "\nOne more line.\n");
        long oneChangedNanos = check(options);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        System.out.printf(Locale.ROOT, "| %,d | %.0f | %.2f | %.2f | %.2f | %.2f | %.0f %% | %.2f | %d |%n",
                size, bytes / 1e6, floorNanos / 1e9, coldNanos / 1e9, coldNanos / (double) floorNanos,
                warmNanos / 1e9, 100.0 * warmNanos / coldNanos, oneChangedNanos / 1e9, peakHeap >> 20);

        // -Dcontentlint.files with the changed post: the others come from the full run's cache,
        // from a light pass without a cache, from a light pass that fills an empty cache, and
        // from the summaries that pass left
        CheckOptions one = options.toBuilder()
                .files(List.of(corpus.relativize(changed).toString().replace('\\', '/'))).build();
        Files.writeString(changed, Files.readString(changed) + "\nAnd one more.\n");
        long fromFullCache = check(one);
        long noCache = check(one.toBuilder().cache(false).build());
        deleteTree(output);
        long emptyCache = check(one);
        Files.writeString(changed, Files.readString(changed) + "\nAnd the last one.\n");
        long summariesCached = check(one);
        return String.format(Locale.ROOT, "| %,d | %.2f | %.2f | %.2f | %.2f | %.2f |", size, coldNanos / 1e9,
                fromFullCache / 1e9, noCache / 1e9, emptyCache / 1e9, summariesCached / 1e9);
    }

    private static long floor(List<Path> files, int threads) throws Exception {
        Parser parser = Parser.builder(new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create())).toImmutable()).build();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    return parser.parse(text).getTextLength();
                }));
            }
            for (Future<Integer> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return System.nanoTime() - start;
    }

    private static long check(CheckOptions options) throws Exception {
        long start = System.nanoTime();
        Contentlint.Prepared prepared = Contentlint.prepare(options);
        CheckOutcome outcome = Contentlint.check(prepared, options.outputDirectory());
        long nanos = System.nanoTime() - start;
        if (outcome.result().postsChecked() == 0) {
            throw new IllegalStateException("no posts found in " + options.baseDirectory());
        }
        return nanos;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
