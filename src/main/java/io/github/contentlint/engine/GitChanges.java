package io.github.contentlint.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The files of a git working tree that differ from a commit: changed in commits since the point
 * where the current branch left it (their merge base, as Spotless's {@code ratchetFrom} compares),
 * staged, unstaged, or untracked and not ignored. Read through the {@code git} on the PATH, so that
 * the user's own git, configuration and hook environment decide, with NUL-separated output so that
 * any file name comes back whole. Deleted files are left out: there is nothing left to check.
 * Knows nothing of Maven.
 */
public final class GitChanges {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    /**
     * Git's variables that, relative, git reads from the folder it starts in; the first command here
     * starts in the base directory, which may not be the folder they were set for.
     */
    private static final List<String> LOCATION_VARIABLES = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR",
            "GIT_OBJECT_DIRECTORY");

    private final String executable;
    private final Duration timeout;
    private final Path invocationDirectory;

    /** The {@code git} on the PATH. */
    public GitChanges() {
        this("git", DEFAULT_TIMEOUT);
    }

    /**
     * @param executable the git command (a name looked up on the PATH, or a path)
     * @param timeout how long one git command may take
     */
    public GitChanges(String executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
        this.invocationDirectory = Path.of("").toAbsolutePath();
    }

    /**
     * What changed.
     *
     * @param root the working tree's top folder (as git reports it: links resolved)
     * @param ref the ref as the user gave it
     * @param commit the commit compared with: the merge base of {@code ref} and {@code HEAD}, abbreviated
     * @param files the changed files that still exist, absolute, sorted, each once
     */
    public record Changes(Path root, String ref, String commit, List<Path> files) {

        public Changes {
            files = List.copyOf(files);
        }
    }

    /** Git is missing, the folder is not in a repository, or the ref is unknown: the message says what to do. */
    public static final class GitException extends Exception {

        private static final long serialVersionUID = 1L;

        GitException(String message) {
            super(message);
        }
    }

    /**
     * The files changed since {@code ref} in the working tree that holds {@code directory}.
     *
     * @throws GitException when git cannot answer: no git, no repository, an unknown ref
     */
    public Changes since(Path directory, String ref) throws GitException {
        String wanted = ref == null ? "" : ref.strip();
        if (wanted.isEmpty() || wanted.startsWith("-")) {
            throw new GitException("changedSince '" + ref + "' is not a git ref: write a branch, tag or commit, such as"
                    + " HEAD, HEAD~1 or origin/main");
        }
        Result top = run(directory, "rev-parse", "--show-toplevel");
        if (top.exit() != 0) {
            throw new GitException(directory + " is not inside a git working tree that git can read (git says: "
                    + top.firstErrorLine() + "): run the check in a clone, or name the posts with the files"
                    + " parameter instead of changedSince");
        }
        Path root = Path.of(top.text().strip());
        Result commit = run(root, "rev-parse", "--verify", "--quiet", wanted + "^{commit}");
        if (commit.exit() != 0) {
            throw new GitException("changedSince '" + wanted + "' is no commit this repository knows: write a branch,"
                    + " tag or commit such as HEAD, HEAD~1 or origin/main; in a shallow CI clone, fetch it first"
                    + " (git fetch --depth=1 origin main)");
        }
        String since = commit.text().strip();
        Result mergeBase = run(root, "merge-base", since, "HEAD");
        // no common history (or no commit yet on this branch): compare with the ref itself
        String base = mergeBase.exit() == 0 ? mergeBase.text().strip() : since;
        TreeSet<String> changed = new TreeSet<>();
        changed.addAll(paths(require(run(root, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=d",
                base, "--"), "diff")));
        changed.addAll(paths(require(run(root, "ls-files", "--others", "--exclude-standard", "-z"), "ls-files")));
        List<Path> files = new ArrayList<>();
        for (String path : changed) {
            files.add(root.resolve(path));
        }
        return new Changes(root, wanted, base.substring(0, Math.min(12, base.length())), files);
    }

    private Result require(Result result, String command) throws GitException {
        if (result.exit() != 0) {
            throw new GitException("git " + command + " failed (" + result.firstErrorLine() + "): name the posts with"
                    + " the files parameter instead of changedSince");
        }
        return result;
    }

    /** NUL-terminated paths as git writes them with {@code -z}: raw bytes, UTF-8 on every usual system. */
    private static List<String> paths(Result result) {
        List<String> paths = new ArrayList<>();
        for (String path : result.text().split("\0")) {
            if (!path.isEmpty()) {
                paths.add(path);
            }
        }
        return paths;
    }

    private Result run(Path directory, String... arguments) throws GitException {
        List<String> command = new ArrayList<>();
        command.add(executable);
        // quotePath off keeps non-ASCII names readable in the messages git prints
        command.add("-c");
        command.add("core.quotePath=false");
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> environment = builder.environment();
        // a check never takes git's index lock: a pre-commit hook runs while git commit holds it
        environment.put("GIT_OPTIONAL_LOCKS", "0");
        absoluteLocations(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new GitException("changedSince needs git on the PATH, and '" + executable + "' could not be run ("
                    + e.getMessage() + "): install git, or name the posts with the files parameter instead");
        }
        try {
            process.getOutputStream().close();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            Thread errorReader = new Thread(() -> copy(process.getErrorStream(), errors), "contentlint-git-stderr");
            errorReader.setDaemon(true);
            errorReader.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new GitException("git " + arguments[0] + " took longer than " + timeout.toSeconds()
                        + " s: name the posts with the files parameter instead of changedSince");
            }
            errorReader.join(timeout.toMillis());
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8),
                    errors.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            process.destroyForcibly();
            throw new GitException("git " + arguments[0] + " could not be read (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while waiting for git " + arguments[0]);
        }
    }

    /**
     * A relative {@code GIT_DIR} (set by some hooks, or by the user) names a folder relative to where
     * the hook or shell runs, which is where this process started; git here runs elsewhere, so it is
     * made absolute. ({@code GIT_INDEX_FILE}, which {@code pre-commit} hooks get relative, git reads
     * from the top of the working tree, where these commands run.)
     */
    private void absoluteLocations(Map<String, String> environment) {
        for (String name : LOCATION_VARIABLES) {
            String value = environment.get(name);
            if (value != null && !value.isEmpty() && !Path.of(value).isAbsolute()) {
                environment.put(name, invocationDirectory.resolve(value).normalize().toString());
            }
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // the exit status says what went wrong; stderr is only its explanation
        }
    }

    private record Result(int exit, String text, String errors) {

        String firstErrorLine() {
            String line = errors.strip().lines().findFirst().orElse("");
            return line.isEmpty() ? "exit status " + exit : line;
        }
    }
}
