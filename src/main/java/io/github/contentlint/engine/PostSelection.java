package io.github.contentlint.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The posts one run checks in full, out of all the posts the includes and excludes select, and the
 * named files it skipped.
 *
 * @param kind how the posts were chosen
 * @param source for {@code changedSince}, the ref and the commit compared with; otherwise null
 * @param discovered every post, relative to the base directory, sorted
 * @param selected the posts checked in full, sorted
 * @param skipped the named or changed files that are no post to check, in the order given
 */
public record PostSelection(Kind kind, String source, List<String> discovered, List<String> selected,
        List<Skipped> skipped) {

    public PostSelection {
        discovered = List.copyOf(discovered);
        selected = List.copyOf(selected);
        skipped = List.copyOf(skipped);
    }

    /** How the posts were chosen. */
    public enum Kind {
        /** Every post: no {@code files}, no {@code changedSince}. */
        ALL,
        /** The {@code files} parameter. */
        FILES,
        /** The {@code changedSince} parameter. */
        CHANGED_SINCE
    }

    /** Why a named file is not checked. */
    public enum Reason {
        /** It does not exist (deleted or renamed, as in the commit being made). */
        MISSING,
        /** It lies outside the base directory. */
        OUTSIDE,
        /** It exists, but the includes and excludes do not make it a post. */
        NOT_SELECTED,
        /** A folder with no post in it. */
        NO_POSTS
    }

    /**
     * One file left out.
     *
     * @param path as the user named it, or as git reported it (relative to the repository root)
     * @param reason why
     */
    public record Skipped(String path, Reason reason) {
    }

    /** Whether every post is checked. */
    public boolean isAll() {
        return kind == Kind.ALL;
    }

    /** The posts not checked in full, sorted: they only lend what cross-post rules compare. */
    public List<String> others() {
        if (selected.size() == discovered.size()) {
            return List.of();
        }
        Set<String> chosen = new HashSet<>(selected);
        return discovered.stream().filter(path -> !chosen.contains(path)).toList();
    }
}
