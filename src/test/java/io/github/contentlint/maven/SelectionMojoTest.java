package io.github.contentlint.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** {@code files} and {@code changedSince} as the goals take them (the folder holds one post, with an error). */
@MojoTest
class SelectionMojoTest {

    private static final String POM = "src/test/resources/unit/check/pom.xml";

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "files", value = "_posts/untitled.md")
    void aNamedPostIsChecked(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("contentlint found 1 finding at or above error (0 allowed)");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "files", value = "_posts/deleted-in-this-commit.md, README.md")
    void aPostNotNamedIsNotReported(CheckMojo mojo) throws Exception {
        mojo.execute();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "files", value = "_posts/untitled.md")
    @MojoParameter(name = "changedSince", value = "HEAD")
    void filesAndChangedSinceTogetherAreAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("files and changedSince both choose the posts to check: give one of them");
    }

    @Test
    @InjectMojo(goal = "baseline", pom = POM)
    @MojoParameter(name = "changedSince", value = "origin/main")
    void theBaselineGoalRefusesToAcceptTheFindingsOfSomePostsOnly(BaselineMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("baseline accepts the findings of every post and does not take files or"
                        + " changedSince");
    }
}
