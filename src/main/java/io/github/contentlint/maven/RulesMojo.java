package io.github.contentlint.maven;

import io.github.contentlint.config.ConfigException;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.report.RuleDocs;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the rules in effect after configuration: the configuration file, each rule's severity
 * and options (marking what differs from the default), the {@code overrides} and the
 * repository's own pattern rules; with {@code -Dcontentlint.rule=<id>}, that rule's full
 * documentation. Reads the same configuration as {@code check} and fails on it the same way;
 * lints nothing, so {@code skip} does not apply.
 */
@Mojo(name = "rules", threadSafe = true, requiresProject = false)
public class RulesMojo extends AbstractContentlintMojo {

    /** A rule id: print that rule's documentation instead of the list of rules. */
    @Parameter(property = "contentlint.rule")
    protected String rule;

    @Override
    public void execute() throws MojoExecutionException {
        List<String> lines;
        try {
            Contentlint.Configuration configuration = Contentlint.configure(checkOptions());
            lines = rule == null || rule.isBlank() ? RuleDocs.listing(configuration)
                    : RuleDocs.rule(configuration, configuration.rule(rule.strip()));
        } catch (ConfigException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        lines.forEach(getLog()::info);
    }
}
