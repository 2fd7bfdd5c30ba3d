package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git reader on a real repository made by the test; skipped where there is no git. */
class GitChangesTest {

    @TempDir
    Path repository;

    @BeforeAll
    static void gitIsThere() {
        boolean found;
        try {
            Process process = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            found = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            found = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            found = false;
        }
        assumeTrue(found, "git is not on the PATH");
    }

    @BeforeEach
    void repositoryWithHistory() throws Exception {
        git("init", "-q", "-b", "main");
        git("config", "user.name", "contentlint test");
        git("config", "user.email", "test@example.invalid");
        git("config", "commit.gpgsign", "false");
        write(".gitignore", "target/\n");
        write("blog/_posts/2025-01-01-old.md", "old\n");
        write("blog/_posts/2025-01-02-kept.md", "kept\n");
        write("blog/_posts/2025-01-03-gone.md", "gone\n");
        write("blog/_posts/2025-01-04-staged.md", "staged\n");
        write("blog/pom.xml", "<project/>\n");
        git("add", "-A");
        git("commit", "-q", "-m", "first posts");
        git("tag", "v1");
    }

    private void write(String path, String text) throws IOException {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String git(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }

    private List<String> changed(Path directory, String ref) throws Exception {
        GitChanges.Changes changes = new GitChanges().since(directory, ref);
        return changes.files().stream().map(file -> changes.root().relativize(file).toString().replace('\\', '/'))
                .toList();
    }

    @Test
    void committedStagedUnstagedAndUntrackedFilesButNotIgnoredOrDeletedOnes() throws Exception {
        write("blog/_posts/2025-02-01-committed.md", "committed since v1\n");
        git("add", "-A");
        git("commit", "-q", "-m", "one more post");
        write("blog/_posts/2025-01-01-old.md", "old, edited and not staged\n");
        write("blog/_posts/2025-01-04-staged.md", "staged, edited\n");
        git("add", "blog/_posts/2025-01-04-staged.md");
        write("blog/_posts/2025-03-01 a title with spaces.md", "untracked\n");
        write("blog/_posts/2025-03-02-日本語の記事.md", "untracked\n");
        write("blog/target/contentlint/ignored.md", "ignored\n");
        git("rm", "-q", "blog/_posts/2025-01-03-gone.md");

        assertThat(changed(repository.resolve("blog"), "v1")).containsExactly(
                "blog/_posts/2025-01-01-old.md",
                "blog/_posts/2025-01-04-staged.md",
                "blog/_posts/2025-02-01-committed.md",
                "blog/_posts/2025-03-01 a title with spaces.md",
                "blog/_posts/2025-03-02-日本語の記事.md");
        assertThat(changed(repository.resolve("blog"), "HEAD")).containsExactly(
                "blog/_posts/2025-01-01-old.md",
                "blog/_posts/2025-01-04-staged.md",
                "blog/_posts/2025-03-01 a title with spaces.md",
                "blog/_posts/2025-03-02-日本語の記事.md");
    }

    @Test
    void aBranchIsComparedWithWhereItLeftTheRefNotWithTheRefsLaterCommits() throws Exception {
        git("checkout", "-q", "-b", "feature");
        write("blog/_posts/2025-02-01-on-the-branch.md", "branch\n");
        git("add", "-A");
        git("commit", "-q", "-m", "a post on the branch");
        git("checkout", "-q", "main");
        write("blog/_posts/2025-02-02-on-main.md", "main\n");
        git("add", "-A");
        git("commit", "-q", "-m", "a post on main");
        git("checkout", "-q", "feature");

        GitChanges.Changes changes = new GitChanges().since(repository, "main");
        assertThat(changes.files()).extracting(file -> file.getFileName().toString())
                .containsExactly("2025-02-01-on-the-branch.md");
        assertThat(git("rev-parse", "v1").strip()).startsWith(changes.commit());
        assertThat(changes.root()).isEqualTo(repository.toRealPath());
    }

    @Test
    void selectionMapsPathsFromTheRepositoryRootToTheBaseDirectory() throws Exception {
        write("blog/_posts/2025-01-01-old.md", "edited\n");
        write("blog/pom.xml", "<project><!-- edited --></project>\n");
        write("README.md", "outside the base directory\n");
        FileSelection selection = FileSelection.changedSince("HEAD", repository.resolve("blog"), new GitChanges());
        PostSelection posts = selection.apply(repository.resolve("blog"),
                List.of("_posts/2025-01-01-old.md", "_posts/2025-01-02-kept.md", "_posts/2025-01-04-staged.md"));
        assertThat(posts.selected()).containsExactly("_posts/2025-01-01-old.md");
        assertThat(posts.skipped()).containsExactly(
                new PostSelection.Skipped("README.md", PostSelection.Reason.OUTSIDE),
                new PostSelection.Skipped("blog/pom.xml", PostSelection.Reason.NOT_SELECTED));
        assertThat(posts.source()).startsWith("HEAD (");
    }

    @Test
    void anUnknownRefAFolderOutsideARepositoryAndAMissingGitAreClearErrors(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> new GitChanges().since(repository, "no-such-branch"))
                .isInstanceOf(GitChanges.GitException.class)
                .hasMessageStartingWith("changedSince 'no-such-branch' is no commit this repository knows: write a"
                        + " branch, tag or commit");
        assertThatThrownBy(() -> new GitChanges().since(repository, "--output=/tmp/x"))
                .isInstanceOf(GitChanges.GitException.class)
                .hasMessageStartingWith("changedSince '--output=/tmp/x' is not a git ref");
        assertThatThrownBy(() -> new GitChanges().since(elsewhere, "HEAD"))
                .isInstanceOf(GitChanges.GitException.class)
                .hasMessageStartingWith(elsewhere + " is not inside a git working tree that git can read (git says: ")
                .hasMessageEndingWith("name the posts with the files parameter instead of changedSince");
        assertThatThrownBy(() -> new GitChanges("contentlint-no-such-git", Duration.ofSeconds(10))
                .since(repository, "HEAD"))
                .isInstanceOf(GitChanges.GitException.class)
                .hasMessageStartingWith("changedSince needs git on the PATH, and 'contentlint-no-such-git' could not be"
                        + " run")
                .hasMessageEndingWith("install git, or name the posts with the files parameter instead");
    }
}
