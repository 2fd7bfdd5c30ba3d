package io.github.contentlint.maven;

import io.github.contentlint.engine.CheckOptions;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.init.Init;
import io.github.contentlint.init.InitException;
import io.github.contentlint.init.InitOutcome;
import io.github.contentlint.init.InitReport;
import io.github.contentlint.init.InitRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a commented {@code .contentlint.yml} that fits the posts already in the base directory:
 * the site kind, where the posts are, the front matter key names in use, the keys nearly every
 * post carries (and their types), and the rules the site has nothing for. Prints what it
 * inferred and why. Never replaces an existing file unless {@code -Dcontentlint.force=true}, and
 * then keeps a backup; never writes to a post. Needs no POM.
 */
@Mojo(name = "init", threadSafe = true, requiresProject = false)
public class InitMojo extends AbstractContentlintMojo {

    /** Replace an existing configuration file, keeping the old one as {@code .contentlint.yml.bak}. */
    @Parameter(property = "contentlint.force", defaultValue = "false")
    protected boolean force;

    /**
     * The least share of the posts (0 to 1) that must carry a key for {@code init} to make it
     * required: 0.95 requires what at least 95 % of the posts have.
     */
    @Parameter(property = "contentlint.requiredShare", defaultValue = "0.95")
    protected double requiredShare;

    /** The POM of the project, when there is one. */
    @Parameter(defaultValue = "${project.file}", readonly = true)
    protected File projectFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("contentlint is skipped.");
            return;
        }
        CheckOptions options = checkOptions();
        Path base = options.baseDirectory();
        Path target = options.configFile() != null ? base.resolve(options.configFile())
                : base.resolve(Contentlint.CONFIG_FILE_NAME);
        InitRequest request;
        try {
            request = new InitRequest(base, options.includes(), options.excludes(), options.encoding(), target,
                    requiredShare, force, options.maxFileBytes());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        InitOutcome outcome;
        try {
            outcome = Init.run(request);
        } catch (InitException e) {
            throw new MojoFailureException(switch (e.reason()) {
                case EXISTS -> display(base, e.path()) + " already exists: init never overwrites it. Run it with"
                        + " -Dcontentlint.force=true to replace it (the old file is kept as "
                        + e.path().getFileName() + ".bak), or edit the file you have";
                case NO_POSTS -> e.getMessage() + ", or give -Dcontentlint.includes=\"posts/**/*.md\"";
            });
        } catch (IOException e) {
            throw new MojoExecutionException("contentlint init could not read " + base + " or write " + target + ": "
                    + e.getMessage(), e);
        }
        outcome.lines().forEach(getLog()::info);
        String written = display(base, outcome.written());
        getLog().info("Wrote " + written + (outcome.backup() == null ? ""
                : " (the old file is kept as " + display(base, outcome.backup()) + ")"));
        if (outcome.inference().jekyllTargetHint()) {
            getLog().warn(InitReport.jekyllHint());
        }
        getLog().info("Next: " + nextCommand(base) + " to see the findings with " + written);
    }

    /** {@code mvn verify} in a project, the goal itself in a folder without a POM. */
    private String nextCommand(Path base) {
        boolean pom = (projectFile != null && projectFile.isFile()) || Files.isRegularFile(base.resolve("pom.xml"));
        String where = baseDirectory == null ? "" : " -Dcontentlint.baseDirectory=" + base;
        return pom ? "run mvn verify" + where + " (or mvn contentlint:check" + where + ")"
                : "run mvn contentlint:check" + where + " (with the pluginGroup io.github.contentlint in"
                        + " ~/.m2/settings.xml, or mvn io.github.contentlint:contentlint-maven-plugin:check" + where + ")";
    }

    private static String display(Path base, Path file) {
        return Contentlint.display(base, file);
    }
}
