package io.github.contentlint.maven;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Severity;
import io.github.contentlint.engine.CheckOutcome;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.engine.LintResult;
import io.github.contentlint.engine.PostSelection;
import io.github.contentlint.report.ConsoleReport;
import io.github.contentlint.report.GitHubReport;
import io.github.contentlint.report.ProgressLog;
import io.github.contentlint.report.RunReport;
import io.github.contentlint.rules.BundleMessages;
import java.io.IOException;
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
        BundleMessages messages = prepared.reportContext().messages();
        CheckOutcome outcome;
        try {
            PostSelection selection = Contentlint.select(prepared);
            logSelection(selection, messages);
            outcome = Contentlint.check(prepared, selection, outputDirectory(), new ProgressLog(messages, getLog()::info));
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
        if (prepared.printsGitHubAnnotations()) {
            // not through the log: the runner reads a command only at the start of a line
            try {
                ProcessOutput.println(GitHubReport.lines(result.findings(), prepared.reportContext()));
            } catch (IOException e) {
                throw new MojoExecutionException("contentlint could not write GitHub annotations: " + e.getMessage(), e);
            }
        }
        for (String include : outcome.unmatchedIncludes()) {
            getLog().warn("contentlint: the include pattern '" + include + "' selects no file under " + baseDirectory()
                    + ": check its spelling, or remove it");
        }
        RunReport run = new RunReport(result, outcome.files(), outcome.baseline());
        ConsoleReport.summaryLines(run, outcome.reports(), messages).forEach(getLog()::info);
        long counted = result.countAtLeast(threshold);
        if (failOnViolation && counted > maxAllowedViolations) {
            throw new MojoFailureException(messages.format("failure", counted,
                    messages.format("severity." + threshold.label()), maxAllowedViolations)
                    + (outcome.reports().isEmpty() ? messages.format("failure.see-above")
                            : messages.format("failure.see-report", outcome.reports().get(0))));
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
