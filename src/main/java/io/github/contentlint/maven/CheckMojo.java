package io.github.contentlint.maven;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Severity;
import io.github.contentlint.engine.CheckOutcome;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.engine.LintResult;
import io.github.contentlint.report.ConsoleReport;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the posts and fails the build when findings at or above {@code failOnSeverity} exceed
 * {@code maxAllowedViolations}. Never writes to a post.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractContentlintMojo {

    /** Fail the build when there are too many findings. */
    @Parameter(property = "contentlint.failOnViolation", defaultValue = "true")
    protected boolean failOnViolation;

    /** The least severity that counts towards failing: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "contentlint.failOnSeverity", defaultValue = "error")
    protected String failOnSeverity;

    /** How many findings at or above {@code failOnSeverity} are allowed before the build fails. */
    @Parameter(property = "contentlint.maxAllowedViolations", defaultValue = "0")
    protected int maxAllowedViolations;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("contentlint is skipped.");
            return;
        }
        Severity threshold = threshold();
        Contentlint.Prepared prepared = prepare();
        CheckOutcome outcome;
        try {
            outcome = Contentlint.check(prepared, outputDirectory());
        } catch (IOException e) {
            throw new MojoExecutionException("contentlint could not read " + baseDirectory() + " or write reports: "
                    + e.getMessage(), e);
        }
        LintResult result = outcome.result();
        if (prepared.printsToConsole()) {
            for (Finding finding : result.findings()) {
                log(finding);
            }
        }
        getLog().info(ConsoleReport.summary(result));
        for (String include : outcome.unmatchedIncludes()) {
            getLog().warn("contentlint: the include pattern '" + include + "' selects no file under " + baseDirectory()
                    + ": check its spelling, or remove it");
        }
        for (Path report : outcome.reports()) {
            getLog().info("Report: " + report);
        }
        long counted = result.countAtLeast(threshold);
        if (failOnViolation && counted > maxAllowedViolations) {
            throw new MojoFailureException(String.format(
                    "contentlint found %d %s at or above %s (%d allowed)%s",
                    counted, counted == 1 ? "finding" : "findings", threshold.label(), maxAllowedViolations,
                    outcome.reports().isEmpty() ? ": see the findings above"
                            : ": see the findings above and " + outcome.reports().get(0)));
        }
    }

    private Severity threshold() throws MojoExecutionException {
        try {
            Severity severity = Severity.parse(failOnSeverity);
            if (severity == Severity.OFF) {
                throw new IllegalArgumentException("failOnSeverity cannot be off: set failOnViolation to false instead");
            }
            return severity;
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("failOnSeverity: " + e.getMessage());
        }
    }
}
