package io.github.contentlint.maven;

import io.github.contentlint.api.Finding;
import io.github.contentlint.config.ConfigException;
import io.github.contentlint.engine.CheckOptions;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.engine.PostSelection;
import io.github.contentlint.report.ConsoleReport;
import io.github.contentlint.report.SelectionReport;
import io.github.contentlint.rules.BundleMessages;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every goal shares, translated into {@link CheckOptions}. Names follow
 * maven-checkstyle-plugin where it has a counterpart; each has the user property
 * {@code contentlint.<name>}.
 */
abstract class AbstractContentlintMojo extends AbstractMojo {

    /** Skip contentlint entirely. */
    @Parameter(property = "contentlint.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The folder whose posts are linted; paths in findings are relative to it. Default: the
     * project's folder, or the current folder when there is no POM.
     */
    @Parameter(property = "contentlint.baseDirectory")
    protected File baseDirectory;

    /**
     * Comma-separated Ant-style patterns of the posts to lint. Default: Jekyll {@code _posts}
     * and {@code _drafts}, Hugo {@code content}, Astro {@code src/content} ({@code *.md},
     * {@code *.markdown}, and {@code *.mdx} under {@code src/content}), or the {@code includes} of
     * {@code .contentlint.yml}.
     */
    @Parameter(property = "contentlint.includes")
    protected String includes;

    /** Comma-separated Ant-style patterns to leave out. Default: build and dependency folders. */
    @Parameter(property = "contentlint.excludes")
    protected String excludes;

    /** The configuration file. Default: {@code .contentlint.yml} in the base directory, when present. */
    @Parameter(property = "contentlint.configFile")
    protected File configFile;

    /**
     * Comma-separated report formats: {@code console}, {@code sarif}, {@code checkstyle}, {@code json},
     * {@code github}, {@code html}. Files go to {@code outputDirectory}; {@code github} prints GitHub
     * Actions annotations and is on by itself when {@code GITHUB_ACTIONS=true} ({@code -github}
     * switches it off).
     */
    @Parameter(property = "contentlint.formats", defaultValue = "console")
    protected String formats;

    /**
     * Where report files are written. Default: {@code target/contentlint} in the project, or in
     * the base directory when there is no POM.
     */
    @Parameter(property = "contentlint.outputDirectory")
    protected File outputDirectory;

    /** The project's folder; Maven's stand-in project without a POM has none. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File projectBasedir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    protected File projectBuildDirectory;

    /** Where Maven was started: the base directory when there is no POM. */
    @Parameter(defaultValue = "${session.request.baseDirectory}", readonly = true)
    protected String invocationDirectory;

    /** The posts' encoding (a byte order mark wins). */
    @Parameter(property = "contentlint.encoding", defaultValue = "${project.build.sourceEncoding}")
    protected String encoding;

    /** Worker threads; 0 means one per available processor. */
    @Parameter(property = "contentlint.threads", defaultValue = "0")
    protected int threads;

    /**
     * Reuse the findings of posts that did not change since the last run (same content, same
     * configuration, same plugin version), from {@code <outputDirectory>/contentlint-cache}.
     */
    @Parameter(property = "contentlint.cache", defaultValue = "true")
    protected boolean cache;

    /**
     * Posts larger than this are reported ({@code unreadable}) and not read: a number of bytes,
     * or a number with {@code KB}, {@code MB} (1,024-based).
     */
    @Parameter(property = "contentlint.maxFileSize", defaultValue = "50MB")
    protected String maxFileSize;

    /** The language of messages ({@code en}, {@code ja}); default: the JVM's. */
    @Parameter(property = "contentlint.locale")
    protected String locale;

    /**
     * The baseline file of accepted findings, relative to the base directory. Default: none given,
     * which uses {@code .contentlint-baseline.json} in the base directory when it exists; {@code none}
     * uses no baseline at all. {@code check} reports only findings that are not in it; the
     * {@code baseline} goal writes it.
     */
    @Parameter(property = "contentlint.baseline")
    protected String baseline;

    /**
     * Comma-separated files to check, the others not: for a pre-commit hook. A relative path is read
     * against the base directory, or, when nothing is there, against the repository root (the
     * folder above holding {@code .git}), as git hooks and the {@code pre-commit} tool pass them; a
     * folder stands for the posts under it. A file the includes and excludes do not select, or
     * that no longer exists, is skipped with a message. Cross-post findings (a title another post
     * uses) stay right: the other posts are read for what those rules compare, from the cache when
     * it holds them. {@code fix} fixes only these files; {@code baseline} refuses them.
     */
    @Parameter(property = "contentlint.files")
    protected String files;

    /**
     * A git ref ({@code HEAD}, {@code origin/main}, a tag or commit): check only the posts changed
     * since the current branch left it (committed since, staged, unstaged, and untracked files not
     * ignored), through the {@code git} on the PATH. Otherwise as {@code files}.
     */
    @Parameter(property = "contentlint.changedSince")
    protected String changedSince;

    /** The base directory after defaults: the parameter, the project's folder, or where Maven was started. */
    protected Path baseDirectory() {
        File base = baseDirectory != null ? baseDirectory
                : projectBasedir != null ? projectBasedir
                : invocationDirectory != null ? new File(invocationDirectory)
                : new File(System.getProperty("user.dir"));
        return base.toPath().toAbsolutePath().normalize();
    }

    /** The output directory after defaults. */
    protected Path outputDirectory() {
        if (outputDirectory != null) {
            return outputDirectory.toPath();
        }
        Path build = projectBasedir != null && projectBuildDirectory != null
                ? projectBuildDirectory.toPath() : baseDirectory().resolve("target");
        return build.resolve("contentlint");
    }

    protected CheckOptions checkOptions() throws MojoExecutionException {
        return CheckOptions.builder(baseDirectory(), outputDirectory())
                .includes(split(includes))
                .excludes(split(excludes))
                .configFile(configFile == null ? null : configFile.toPath())
                .formats(split(formats) == null ? List.of() : split(formats))
                .encoding(charset())
                .threads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors())
                .locale(locale == null || locale.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(locale.trim()))
                .cache(cache)
                .maxFileBytes(bytes(maxFileSize))
                .baseline(baseline)
                .files(split(files))
                .changedSince(changedSince == null || changedSince.isBlank() ? null : changedSince.strip())
                .build();
    }

    /** Logs which posts the run checks, when not all, and which named files it skips. */
    protected void logSelection(PostSelection selection, BundleMessages messages) {
        SelectionReport.lines(selection, baseDirectory().toString(), messages).forEach(getLog()::info);
    }

    protected Contentlint.Prepared prepare() throws MojoExecutionException {
        try {
            return Contentlint.prepare(checkOptions());
        } catch (ConfigException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** Logs one finding at the Maven level of its severity. */
    protected void log(Finding finding) {
        String line = ConsoleReport.line(finding);
        switch (finding.severity()) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            default -> getLog().info(line);
        }
    }

    private Charset charset() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("encoding '" + encoding + "' is not an encoding this JVM knows: write"
                    + " UTF-8, Shift_JIS, EUC-JP or another name from java.nio.charset");
        }
    }

    private static long bytes(String size) throws MojoExecutionException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\s*(\\d+)\\s*(kb|kib|mb|mib|b)?\\s*")
                .matcher(size == null ? "" : size);
        if (!m.matches()) {
            throw new MojoExecutionException("maxFileSize '" + size + "' is not a size: write 50MB, 512KB or a number of bytes");
        }
        long number = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        return unit.startsWith("m") ? number << 20 : unit.startsWith("k") ? number << 10 : number;
    }

    private static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return null;
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
