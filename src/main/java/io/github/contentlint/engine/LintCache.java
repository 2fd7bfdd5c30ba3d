package io.github.contentlint.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.contentlint.api.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The incremental cache: for each post, the stamp and content hash it was linted at, its
 * findings and its cross-post summaries. A run whose configuration, rules, locale or plugin
 * version differ (the key) starts empty. A missing, truncated, corrupted or foreign file is
 * ignored and rebuilt, never trusted and never fatal. Thread-safe: workers look up and store
 * entries concurrently.
 *
 * <p>A run that checks only some posts ({@code files}, {@code changedSince}) stores, for the
 * others, entries that hold only their cross-post summaries, marked {@code summaryOnly}: a later
 * run takes them for summaries but checks those posts in full, as if they were not cached. The
 * entries of the posts such a run does not touch are kept as they were.
 */
final class LintCache {

    static final String FILE_NAME = "contentlint-cache.json.gz";
    private static final String FORMAT = "contentlint-cache/2";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final String key;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private volatile boolean changed;

    private LintCache(Path file, String key, Map<String, Entry> previous) {
        this.file = file;
        this.key = key;
        this.previous = previous;
    }

    /**
     * One post's cached result.
     *
     * @param stamp size and modification time when linted
     * @param sha256 hash of the bytes linted
     * @param findings the findings, fingerprints included
     * @param summaries cross-post summaries by rule id, as JSON
     * @param suppressions the post's suppression directives, applied after the cross-post pass
     * @param summaryOnly whether only the summaries were made (no findings, no suppressions): such an
     *     entry never stands for a checked post (an old cache without the field has complete entries)
     */
    record Entry(FileStamp stamp, String sha256, List<Finding> findings, Map<String, JsonNode> summaries,
            PostSuppressions suppressions, boolean summaryOnly) {

        Linter.PostOutcome outcome(String path) {
            return new Linter.PostOutcome(path, findings, summaries, suppressions);
        }
    }

    /** What is stored on disk. */
    record Stored(String format, String key, Map<String, Entry> entries) {
    }

    /** Loads the cache in a folder; anything unreadable or made for another key gives an empty cache. */
    static LintCache load(Path directory, String key) {
        Path file = directory.resolve(FILE_NAME);
        Map<String, Entry> entries = Map.of();
        if (Files.isRegularFile(file)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                Stored stored = JSON.readValue(in, Stored.class);
                if (stored != null && FORMAT.equals(stored.format()) && key.equals(stored.key())
                        && stored.entries() != null) {
                    entries = stored.entries();
                }
            } catch (IOException | RuntimeException e) {
                // a broken cache is only a slower run
                entries = Map.of();
            }
        }
        return new LintCache(file, key, entries);
    }

    /**
     * The previous entry for a path when its stamp is unchanged, so the file need not be read.
     *
     * @param summaryEnough whether an entry with only the summaries will do
     */
    Entry byStamp(String path, FileStamp stamp, boolean summaryEnough) {
        Entry entry = previous.get(path);
        if (entry != null && entry.stamp().equals(stamp) && (summaryEnough || !entry.summaryOnly())) {
            current.put(path, entry);
            return entry;
        }
        return null;
    }

    /** The previous entry for a path when its content is unchanged (touched, copied back). */
    Entry byContent(String path, FileStamp stamp, String sha256, boolean summaryEnough) {
        Entry entry = previous.get(path);
        if (entry != null && entry.sha256().equals(sha256) && (summaryEnough || !entry.summaryOnly())) {
            Entry restamped = new Entry(stamp, sha256, entry.findings(), entry.summaries(), entry.suppressions(),
                    entry.summaryOnly());
            current.put(path, restamped);
            changed = true;
            return restamped;
        }
        return null;
    }

    void put(String path, Entry entry) {
        current.put(path, entry);
        changed = true;
    }

    /**
     * Keeps the previous entries of posts this run did not look at (they exist still, but were not
     * selected), so that checking a few posts does not empty the cache of the rest. A kept entry is
     * checked against its file's stamp and hash when a later run uses it, like any other.
     */
    void keepUntouched(List<String> paths) {
        for (String path : paths) {
            Entry entry = previous.get(path);
            if (entry != null) {
                current.putIfAbsent(path, entry);
            }
        }
    }

    /** Writes the entries of this run (posts gone since are dropped) when anything changed. */
    void save() throws IOException {
        if (!changed && current.keySet().equals(previous.keySet())) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
            JSON.writeValue(out, new Stored(FORMAT, key, new TreeMap<>(current)));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static JsonNode toJson(Object summary) {
        return JSON.valueToTree(summary);
    }

    static <S> S fromJson(JsonNode node, Class<S> type) throws JsonProcessingException {
        return JSON.treeToValue(node, type);
    }
}
