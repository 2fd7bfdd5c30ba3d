package io.github.contentlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The check goal as Maven configures it: parameters in, exit status out. */
@MojoTest
class CheckMojoTest {

    private static final String POM = "src/test/resources/unit/check/pom.xml";

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void failsTheBuildOnAnErrorAndWritesSarif(CheckMojo mojo) throws Exception {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("contentlint found 1 finding at or above error (0 allowed)");
        Path sarif = Path.of("target/unit-check/contentlint.sarif");
        assertThat(sarif).exists();
        assertThat(Files.readString(sarif)).contains("\"ruleId\" : \"front-matter\"", "_posts/untitled.md");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "maxAllowedViolations", value = "1")
    void allowsUpToMaxAllowedViolations(CheckMojo mojo) throws Exception {
        mojo.execute();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnViolation", value = "false")
    void reportsWithoutFailingWhenAsked(CheckMojo mojo) throws Exception {
        mojo.execute();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "formats", value = "bogus")
    void skipDoesNothing(CheckMojo mojo) throws Exception {
        mojo.execute();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "formats", value = "console,pdf")
    void anUnknownFormatIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("formats: unknown report format 'pdf': write a comma-separated list of console, sarif, checkstyle, json, github, html");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "fatal")
    void anUnknownSeverityIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("failOnSeverity: unknown severity 'fatal': write off, info, warning or error");
    }
}
