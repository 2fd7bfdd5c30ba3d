package io.github.contentlint.maven;

import io.github.contentlint.api.Finding;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.engine.FixResult;
import io.github.contentlint.engine.PostSelection;
import io.github.contentlint.report.ConsoleReport;
import io.github.contentlint.report.FixReport;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies the safe fixes findings carry, in place, changing only the bytes they fix; with
 * {@code -Dcontentlint.dryRun=true} prints a unified diff per file and writes nothing. Takes the
 * same parameters and configuration as {@code check} ({@code files} and {@code changedSince} limit it to
 * those posts); writes no report files and does not fail
 * on the findings it leaves (run {@code check} for that). Bound to no phase.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = false)
public class FixMojo extends AbstractContentlintMojo {

    /** Print the changes as unified diffs instead of writing them. */
    @Parameter(property = "contentlint.dryRun", defaultValue = "false")
    protected boolean dryRun;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("contentlint is skipped.");
            return;
        }
        Contentlint.Prepared prepared = prepare();
        FixResult result;
        try {
            PostSelection selection = Contentlint.select(prepared);
            logSelection(selection, prepared.reportContext().messages());
            result = Contentlint.fix(prepared, selection, dryRun);
        } catch (IOException e) {
            throw new MojoExecutionException("contentlint could not read " + baseDirectory + ": " + e.getMessage(), e);
        }
        for (FixResult.FileResult file : result.files()) {
            if (file.status() == FixResult.Status.SKIPPED) {
                getLog().warn(FixReport.skipped(file));
            } else if (!result.dryRun()) {
                file.applied().forEach(finding -> getLog().info(FixReport.fixed(finding)));
            }
            file.diff().forEach(getLog()::info);
        }
        if (prepared.printsToConsole()) {
            for (Finding finding : result.findingsLeft()) {
                log(finding);
            }
        }
        getLog().info(ConsoleReport.summary(result.lint(), prepared.reportContext().messages()));
        getLog().info(FixReport.summary(result));
    }
}
