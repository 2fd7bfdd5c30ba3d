package io.github.contentlint.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.contentlint.api.Finding;
import io.github.contentlint.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The findings a repository has accepted, so that {@code check} gates only new ones: what
 * {@code contentlint:baseline} writes to {@code .contentlint-baseline.json} in the base directory,
 * committed with the posts. Each entry is a finding's path, rule and fingerprint (a hash of the
 * offending text, not the line number, so edits elsewhere in the post keep it matching) with how
 * many findings share them. The file is sorted and has no date, so that it only changes when the
 * findings do.
 */
public final class Baseline {

    public static final String FILE_NAME = ".contentlint-baseline.json";
    /** The file format's version, written as {@code contentlintBaseline}. */
    public static final int VERSION = 1;
    private static final String ABOUT = "Findings accepted by contentlint: check reports only the others."
            + " Regenerate with mvn contentlint:baseline.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Key, Integer> counts;

    private Baseline(Map<Key, Integer> counts) {
        this.counts = counts;
    }

    /** What the findings are now, to accept them all. */
    public static Baseline of(List<Finding> findings) {
        Map<Key, Integer> counts = new TreeMap<>();
        for (Finding finding : findings) {
            counts.merge(Key.of(finding), 1, Integer::sum);
        }
        return new Baseline(counts);
    }

    /**
     * Reads a baseline file.
     *
     * @throws ConfigException when the file cannot be read or is not a baseline, saying how to regenerate it
     */
    public static Baseline read(Path file, String displayName) throws ConfigException {
        String fix = ": regenerate it with mvn contentlint:baseline";
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigException(displayName, line, "is not valid JSON (" + e.getOriginalMessage() + ")" + fix);
        } catch (IOException e) {
            throw new ConfigException(displayName, 0, "cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || !root.path("contentlintBaseline").canConvertToInt()) {
            throw new ConfigException(displayName, 0, "is not a contentlint baseline (no contentlintBaseline version)"
                    + fix);
        }
        int version = root.get("contentlintBaseline").asInt();
        if (version != VERSION) {
            throw new ConfigException(displayName, 0, "is a baseline of format " + version + ", this contentlint reads "
                    + VERSION + fix);
        }
        Map<Key, Integer> counts = new TreeMap<>();
        JsonNode findings = root.path("findings");
        if (!findings.isObject()) {
            throw new ConfigException(displayName, 0, "has no findings object" + fix);
        }
        for (Iterator<Map.Entry<String, JsonNode>> posts = findings.fields(); posts.hasNext();) {
            Map.Entry<String, JsonNode> post = posts.next();
            for (Iterator<Map.Entry<String, JsonNode>> rules = post.getValue().fields(); rules.hasNext();) {
                Map.Entry<String, JsonNode> rule = rules.next();
                for (Iterator<Map.Entry<String, JsonNode>> prints = rule.getValue().fields(); prints.hasNext();) {
                    Map.Entry<String, JsonNode> print = prints.next();
                    if (!print.getValue().canConvertToInt() || print.getValue().asInt() < 1) {
                        throw new ConfigException(displayName, 0, "has a count that is not a positive number at "
                                + post.getKey() + " / " + rule.getKey() + " / " + print.getKey() + fix);
                    }
                    counts.put(new Key(post.getKey(), rule.getKey(), print.getKey()), print.getValue().asInt());
                }
            }
        }
        return new Baseline(counts);
    }

    /** Writes the file through a temporary file and a rename, so that no reader sees half of it. */
    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("contentlintBaseline", VERSION);
        root.put("about", ABOUT);
        ObjectNode findings = root.putObject("findings");
        for (Map.Entry<Key, Integer> entry : counts.entrySet()) {
            Key key = entry.getKey();
            ObjectNode post = findings.has(key.path()) ? (ObjectNode) findings.get(key.path()) : findings.putObject(key.path());
            ObjectNode rule = post.has(key.ruleId()) ? (ObjectNode) post.get(key.ruleId()) : post.putObject(key.ruleId());
            rule.put(key.fingerprint(), entry.getValue());
        }
        // "\n" whatever the platform: the file is committed and shared
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
        String text = JSON.writer(printer).writeValueAsString(root) + "\n";
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        // not createTempFile, whose owner-only permissions the committed file would keep
        Path temporary = Files.createFile(absolute.getParent().resolve(FILE_NAME + "." + UUID.randomUUID() + ".tmp"));
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The entries of some posts only, for a run that checks only those: an entry of another post is
     * neither matched nor stale there.
     */
    public Baseline onlyFor(java.util.Collection<String> paths) {
        java.util.Set<String> wanted = new java.util.HashSet<>(paths);
        Map<Key, Integer> kept = new TreeMap<>();
        counts.forEach((key, count) -> {
            if (wanted.contains(key.path())) {
                kept.put(key, count);
            }
        });
        return new Baseline(kept);
    }

    /** Accepted findings, duplicates counted. */
    public int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Posts with accepted findings. */
    public long posts() {
        return counts.keySet().stream().map(Key::path).distinct().count();
    }

    /**
     * Takes the accepted findings out: each entry matches as many findings with its path, rule and
     * fingerprint as its count says; what it cannot match any more is stale.
     */
    public Match match(List<Finding> findings) {
        Map<Key, Integer> left = new TreeMap<>(counts);
        List<Finding> remaining = new ArrayList<>();
        int matched = 0;
        for (Finding finding : findings) {
            Key key = Key.of(finding);
            Integer count = left.get(key);
            if (count != null && count > 0) {
                left.put(key, count - 1);
                matched++;
            } else {
                remaining.add(finding);
            }
        }
        List<Entry> stale = new ArrayList<>();
        for (Map.Entry<Key, Integer> entry : left.entrySet()) {
            if (entry.getValue() > 0) {
                Key key = entry.getKey();
                stale.add(new Entry(key.path(), key.ruleId(), key.fingerprint(), entry.getValue()));
            }
        }
        return new Match(remaining, matched, stale);
    }

    /**
     * What a baseline left of a run.
     *
     * @param remaining the findings it does not accept, in their order
     * @param matched how many findings it accepted
     * @param stale its entries that matched no finding (fixed posts), with the counts left over
     */
    public record Match(List<Finding> remaining, int matched, List<Entry> stale) {

        public Match {
            remaining = List.copyOf(remaining);
            stale = List.copyOf(stale);
        }
    }

    /**
     * One entry of the file.
     *
     * @param path the post, relative to the base directory
     * @param ruleId the rule
     * @param fingerprint the finding's fingerprint
     * @param count how many findings it stands for
     */
    public record Entry(String path, String ruleId, String fingerprint, int count) {
    }

    private record Key(String path, String ruleId, String fingerprint) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::path)
                .thenComparing(Key::ruleId).thenComparing(Key::fingerprint);

        static Key of(Finding finding) {
            return new Key(finding.path(), finding.ruleId(), String.valueOf(finding.fingerprint()));
        }

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }
}
