package io.github.contentlint.engine;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which posts a run checks in full: every post, the files the user named ({@code files}), or the
 * files git reports changed ({@code changedSince}). The includes and excludes still decide what a
 * post is: a named file they do not select is skipped, and so is one that no longer exists. The
 * posts left out still lend what cross-post rules compare (see {@link Linter#run(List, List, Progress)}).
 *
 * <p>How a named path is read: an absolute path as it is; a relative one against the base
 * directory, or, when no file or folder is there, against the repository root (the nearest folder
 * above the base directory that holds {@code .git}), since git hooks and the {@code pre-commit}
 * tool pass paths relative to the root while the POM, and so the base directory, may be in a
 * subfolder. A folder selects the posts under it.
 */
public final class FileSelection {

    private static final FileSelection ALL = new FileSelection(PostSelection.Kind.ALL, null, List.of());

    private final PostSelection.Kind kind;
    private final String description;
    private final List<Requested> requested;

    /** A path as the user or git gave it, and the file it names. */
    private record Requested(String given, Path file) {
    }

    private FileSelection(PostSelection.Kind kind, String description, List<Requested> requested) {
        this.kind = kind;
        this.description = description;
        this.requested = List.copyOf(requested);
    }

    /** Every post. */
    public static FileSelection all() {
        return ALL;
    }

    /** The files the user named, read as the class comment says. */
    public static FileSelection named(List<String> paths, Path baseDirectory) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path root = repositoryRoot(base);
        List<Requested> requested = new ArrayList<>();
        for (String given : new LinkedHashSet<>(paths)) {
            String path = given.strip();
            if (!path.isEmpty()) {
                requested.add(new Requested(path, resolve(path, base, root)));
            }
        }
        return new FileSelection(PostSelection.Kind.FILES, null, requested);
    }

    /**
     * The files changed since a git ref in the working tree that holds the base directory.
     *
     * @throws GitChanges.GitException when git is missing, the folder is no working tree, or the ref is unknown
     */
    public static FileSelection changedSince(String ref, Path baseDirectory, GitChanges git)
            throws GitChanges.GitException {
        GitChanges.Changes changes = git.since(baseDirectory.toAbsolutePath().normalize(), ref);
        List<Requested> requested = new ArrayList<>();
        for (Path file : changes.files()) {
            requested.add(new Requested(changes.root().relativize(file).toString().replace('\\', '/'), file));
        }
        return new FileSelection(PostSelection.Kind.CHANGED_SINCE, changes.ref() + " (" + changes.commit() + ")",
                requested);
    }

    public boolean isAll() {
        return kind == PostSelection.Kind.ALL;
    }

    /**
     * Picks the selected posts out of the ones discovered.
     *
     * @param baseDirectory the folder the discovered paths are relative to
     * @param discovered every post the includes and excludes select, relative, sorted
     */
    public PostSelection apply(Path baseDirectory, List<String> discovered) {
        if (isAll()) {
            return new PostSelection(kind, null, discovered, discovered, List.of());
        }
        Path base = baseDirectory.toAbsolutePath().normalize();
        // git reports real paths; the base directory may be reached through a link
        Path realBase = realPath(base);
        Set<String> posts = new HashSet<>(discovered);
        Set<String> selected = new HashSet<>();
        List<PostSelection.Skipped> skipped = new ArrayList<>();
        for (Requested request : requested) {
            String relative = relativeInside(base, request.file());
            if (relative == null && realBase != null) {
                Path real = realPath(request.file());
                relative = relativeInside(realBase, real != null ? real : request.file());
            }
            if (relative == null) {
                skipped.add(new PostSelection.Skipped(request.given(), PostSelection.Reason.OUTSIDE));
            } else if (posts.contains(relative)) {
                selected.add(relative);
            } else if (Files.isDirectory(request.file())) {
                String prefix = relative.isEmpty() ? "" : relative + "/";
                List<String> under = discovered.stream().filter(p -> p.startsWith(prefix)).toList();
                if (under.isEmpty()) {
                    skipped.add(new PostSelection.Skipped(request.given(), PostSelection.Reason.NO_POSTS));
                }
                selected.addAll(under);
            } else if (!Files.exists(request.file())) {
                skipped.add(new PostSelection.Skipped(request.given(), PostSelection.Reason.MISSING));
            } else {
                skipped.add(new PostSelection.Skipped(request.given(), PostSelection.Reason.NOT_SELECTED));
            }
        }
        List<String> chosen = discovered.stream().filter(selected::contains).toList();
        return new PostSelection(kind, description, discovered, chosen, skipped);
    }

    private static Path resolve(String path, Path base, Path root) {
        Path given;
        try {
            given = Path.of(path);
        } catch (InvalidPathException e) {
            return base.resolve("\0invalid"); // names nothing: reported as missing
        }
        if (given.isAbsolute()) {
            return given.normalize();
        }
        Path fromBase = base.resolve(given).normalize();
        if (root == null || root.equals(base) || Files.exists(fromBase)) {
            return fromBase;
        }
        Path fromRoot = root.resolve(given).normalize();
        return Files.exists(fromRoot) ? fromRoot : fromBase;
    }

    /** The nearest folder at or above {@code base} holding {@code .git} (a folder, or a file in a worktree), or null. */
    static Path repositoryRoot(Path base) {
        for (Path folder = base; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(".git"))) {
                return folder;
            }
        }
        return null;
    }

    /** The path relative to the base directory with forward slashes, or null when it lies outside. */
    private static String relativeInside(Path base, Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        if (!normalized.startsWith(base)) {
            return null;
        }
        return base.relativize(normalized).toString().replace('\\', '/');
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (java.io.IOException | SecurityException e) {
            return null; // gone, or not reachable: the plain path decides
        }
    }
}
