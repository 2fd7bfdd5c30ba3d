package io.github.contentlint.maven;

import io.github.contentlint.config.ConfigException;
import io.github.contentlint.engine.Baseline;
import io.github.contentlint.engine.CheckOptions;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.report.ProgressLog;
import io.github.contentlint.rules.BundleMessages;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Accepts every finding there is now: lints the posts and writes them all to the baseline file
 * ({@code .contentlint-baseline.json} in the base directory, or the {@code baseline} parameter's
 * file), to commit with the posts. {@code check} then reports only findings not in it, and says
 * which entries no longer match anything, so that running this goal again shrinks the file as
 * posts are fixed. Never fails on findings; never writes to a post. Refuses {@code files} and
 * {@code changedSince}: a baseline of some posts would drop the accepted findings of the others.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractContentlintMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("contentlint is skipped.");
            return;
        }
        CheckOptions options = checkOptions();
        if (options.selectsPosts()) {
            // a baseline from some posts would drop the accepted findings of all the others
            throw new MojoExecutionException("baseline accepts the findings of every post and does not take files or"
                    + " changedSince: run mvn contentlint:baseline without them (check and fix take them)");
        }
        Path target = Contentlint.baselineTarget(options);
        Contentlint.Prepared prepared;
        try {
            // the old baseline is not read: a broken one must not stop writing a new one
            prepared = Contentlint.prepare(options.toBuilder().formats(java.util.List.of()).baseline("none").build());
        } catch (ConfigException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        BundleMessages messages = prepared.reportContext().messages();
        Baseline written;
        try {
            written = Contentlint.writeBaseline(prepared, target, new ProgressLog(messages, getLog()::info));
        } catch (IOException e) {
            throw new MojoExecutionException("contentlint could not read " + baseDirectory() + " or write " + target
                    + ": " + e.getMessage(), e);
        }
        getLog().info(messages.format("baseline.written", written.size(), messages.format("posts", written.posts()),
                Contentlint.display(options.baseDirectory(), target)));
    }
}
