package io.github.contentlint.rules.repeat;

import java.util.Arrays;

/**
 * Which earlier blocks hold each character shingle (a run of {@code k} folded code points),
 * keyed by a 64-bit rolling hash. This is the cheap filter in front of the comparisons: a block
 * is only compared with the blocks it shares shingles with, and a shingle remembers at most
 * {@code postingCap} blocks, so a stock phrase that opens every paragraph of a 2,000-paragraph
 * post costs a bounded amount per block instead of a comparison with every other block.
 *
 * <p>Open addressing over entry ids keeps the table free of boxed keys; not thread-safe: one
 * instance serves one post.
 */
final class ShingleIndex {

    private static final long BASE = 0x9E3779B97F4A7C15L;

    private final int postingCap;
    private final int maxEntries;
    private int[] table;
    private long[] keys;
    private int[] heads;
    private int[] counts;
    private int[] stamps;
    private int entries;
    private int[] postingUnit;
    private int[] postingNext;
    private int postings;

    /**
     * An index sized for about {@code expectedShingles} shingles up front, so that a long post
     * does not pay for growing the table step by step, and holding at most {@code maxEntries}
     * distinct shingles, so that memory stays bounded whatever the post.
     */
    ShingleIndex(int postingCap, int expectedShingles, int maxEntries) {
        this.postingCap = postingCap;
        this.maxEntries = maxEntries;
        int capacity = Math.max(64, Math.min(expectedShingles, Math.min(maxEntries, 1 << 20)));
        table = new int[Integer.highestOneBit(capacity - 1) << 2]; // a power of two, at least twice the entries
        Arrays.fill(table, -1);
        keys = new long[capacity];
        heads = new int[capacity];
        counts = new int[capacity];
        stamps = new int[capacity];
        postingUnit = new int[capacity];
        postingNext = new int[capacity];
    }

    /** The rolling hashes of every shingle of {@code text}, in order; empty when it is shorter than {@code k}. */
    static long[] shingleHashes(FoldedText text, int k) {
        int n = text.length() - k + 1;
        if (n <= 0) {
            return new long[0];
        }
        long power = 1;
        for (int i = 0; i < k; i++) {
            power *= BASE;
        }
        long[] hashes = new long[n];
        long hash = 0;
        for (int i = 0; i < text.length(); i++) {
            hash = hash * BASE + text.codePointAt(i) + 1;
            if (i >= k) {
                hash -= power * (text.codePointAt(i - k) + 1);
            }
            if (i >= k - 1) {
                hashes[i - k + 1] = hash;
            }
        }
        return hashes;
    }

    /** The entry of {@code key}, created empty when it is new; -1 when it is new and the index is full. */
    int entry(long key) {
        int mask = table.length - 1;
        int slot = (int) mix(key) & mask;
        while (table[slot] >= 0) {
            int id = table[slot];
            if (keys[id] == key) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        if (entries >= maxEntries) {
            return -1;
        }
        int id = entries++;
        if (id == keys.length) {
            int size = keys.length * 2;
            keys = Arrays.copyOf(keys, size);
            heads = Arrays.copyOf(heads, size);
            counts = Arrays.copyOf(counts, size);
            stamps = Arrays.copyOf(stamps, size);
        }
        keys[id] = key;
        heads[id] = -1;
        counts[id] = 0;
        stamps[id] = -1;
        table[slot] = id;
        if (entries * 2 > table.length) {
            grow();
        }
        return id;
    }

    /** How many blocks hold the shingle of this entry (at most the cap). */
    int count(int entry) {
        return counts[entry];
    }

    /**
     * Marks the entry as seen by {@code unit}; returns false when it already was, so that each
     * distinct shingle of a block is counted once.
     */
    boolean stamp(int entry, int unit) {
        if (stamps[entry] == unit) {
            return false;
        }
        stamps[entry] = unit;
        return true;
    }

    /** The first posting of an entry, or -1; walk with {@link #nextPosting} and read {@link #unitOf}. */
    int firstPosting(int entry) {
        return heads[entry];
    }

    int nextPosting(int posting) {
        return postingNext[posting];
    }

    int unitOf(int posting) {
        return postingUnit[posting];
    }

    /** Records that {@code unit} holds the shingle of this entry (ignored once the cap is reached). */
    void add(int entry, int unit) {
        if (counts[entry] >= postingCap) {
            return;
        }
        if (postings == postingUnit.length) {
            postingUnit = Arrays.copyOf(postingUnit, postings * 2);
            postingNext = Arrays.copyOf(postingNext, postings * 2);
        }
        postingUnit[postings] = unit;
        postingNext[postings] = heads[entry];
        heads[entry] = postings++;
        counts[entry]++;
    }

    private void grow() {
        int[] bigger = new int[table.length * 2];
        Arrays.fill(bigger, -1);
        int mask = bigger.length - 1;
        for (int id = 0; id < entries; id++) {
            int slot = (int) mix(keys[id]) & mask;
            while (bigger[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = id;
        }
        table = bigger;
    }

    /** MurmurHash3's finaliser: spreads the polynomial hash over the table's low bits. */
    private static long mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
