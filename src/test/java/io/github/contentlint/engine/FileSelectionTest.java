package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the {@code files} parameter's paths are read and which of them are posts to check. */
class FileSelectionTest {

    @TempDir
    Path repository;
    Path base;
    List<String> discovered;

    @BeforeEach
    void blogInASubfolderOfARepository() throws IOException {
        Files.createDirectories(repository.resolve(".git"));
        base = repository.resolve("blog");
        for (String path : List.of("_posts/2025-01-01-a.md", "_posts/2025-01-02-b.md", "_posts/2024/2024-12-01-c.md",
                "_drafts/idea.md", "README.md", "_posts/notes.txt")) {
            Path file = base.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x\n");
        }
        Files.writeString(repository.resolve("CHANGELOG.md"), "x\n");
        discovered = new FileDiscovery(FileDiscovery.DEFAULT_INCLUDES, FileDiscovery.DEFAULT_EXCLUDES).find(base);
        assertThat(discovered).containsExactly("_drafts/idea.md", "_posts/2024/2024-12-01-c.md",
                "_posts/2025-01-01-a.md", "_posts/2025-01-02-b.md");
    }

    private PostSelection select(String... paths) {
        return FileSelection.named(List.of(paths), base).apply(base, discovered);
    }

    @Test
    void pathsRelativeToTheBaseDirectoryToTheRepositoryRootOrAbsoluteNameTheSamePost() {
        assertThat(select("_posts/2025-01-02-b.md").selected()).containsExactly("_posts/2025-01-02-b.md");
        assertThat(select("blog/_posts/2025-01-02-b.md").selected()).containsExactly("_posts/2025-01-02-b.md");
        assertThat(select(base.resolve("_posts/2025-01-02-b.md").toString()).selected())
                .containsExactly("_posts/2025-01-02-b.md");
        assertThat(select("./_posts/../_posts/2025-01-02-b.md", " _posts/2025-01-02-b.md ").selected())
                .containsExactly("_posts/2025-01-02-b.md");
    }

    @Test
    void theSelectedPostsComeInPathOrderAndAFolderStandsForItsPosts() {
        PostSelection selection = select("_posts/2025-01-02-b.md", "_posts/2024", "_drafts/idea.md");
        assertThat(selection.selected()).containsExactly("_drafts/idea.md", "_posts/2024/2024-12-01-c.md",
                "_posts/2025-01-02-b.md");
        assertThat(selection.others()).containsExactly("_posts/2025-01-01-a.md");
        assertThat(selection.skipped()).isEmpty();
        assertThat(selection.kind()).isEqualTo(PostSelection.Kind.FILES);
    }

    @Test
    void filesThatAreNoPostsAreSkippedWithTheReason() {
        PostSelection selection = select("_posts/2025-01-01-a.md", "_posts/2025-01-09-deleted.md", "README.md",
                "_posts/notes.txt", "CHANGELOG.md", "../outside.md", "/etc/hostname", "blog/_posts/2025-02-02-gone.md",
                "_config");
        assertThat(selection.selected()).containsExactly("_posts/2025-01-01-a.md");
        assertThat(selection.skipped()).containsExactly(
                new PostSelection.Skipped("_posts/2025-01-09-deleted.md", PostSelection.Reason.MISSING),
                new PostSelection.Skipped("README.md", PostSelection.Reason.NOT_SELECTED),
                new PostSelection.Skipped("_posts/notes.txt", PostSelection.Reason.NOT_SELECTED),
                new PostSelection.Skipped("CHANGELOG.md", PostSelection.Reason.OUTSIDE),
                new PostSelection.Skipped("../outside.md", PostSelection.Reason.OUTSIDE),
                new PostSelection.Skipped("/etc/hostname", PostSelection.Reason.OUTSIDE),
                new PostSelection.Skipped("blog/_posts/2025-02-02-gone.md", PostSelection.Reason.MISSING),
                new PostSelection.Skipped("_config", PostSelection.Reason.MISSING));
    }

    @Test
    void aFolderWithoutPostsIsSkippedAndAnEmptyListSelectsNothing() throws IOException {
        Files.createDirectories(base.resolve("assets"));
        assertThat(select("assets").skipped())
                .containsExactly(new PostSelection.Skipped("assets", PostSelection.Reason.NO_POSTS));
        PostSelection none = FileSelection.named(List.of(), base).apply(base, discovered);
        assertThat(none.selected()).isEmpty();
        assertThat(none.others()).isEqualTo(discovered);
    }

    @Test
    void everyPostWithoutASelection() {
        PostSelection all = FileSelection.all().apply(base, discovered);
        assertThat(all.isAll()).isTrue();
        assertThat(all.selected()).isEqualTo(discovered);
        assertThat(all.others()).isEmpty();
    }

    @Test
    void withoutARepositoryRelativePathsAreReadAgainstTheBaseDirectoryOnly(@TempDir Path plain) throws IOException {
        Files.createDirectories(plain.resolve("_posts"));
        Files.writeString(plain.resolve("_posts/2025-01-01-a.md"), "x\n");
        assertThat(FileSelection.repositoryRoot(plain)).isNull();
        PostSelection selection = FileSelection.named(List.of("_posts/2025-01-01-a.md", "blog/_posts/x.md"), plain)
                .apply(plain, List.of("_posts/2025-01-01-a.md"));
        assertThat(selection.selected()).containsExactly("_posts/2025-01-01-a.md");
        assertThat(selection.skipped())
                .containsExactly(new PostSelection.Skipped("blog/_posts/x.md", PostSelection.Reason.MISSING));
    }
}
