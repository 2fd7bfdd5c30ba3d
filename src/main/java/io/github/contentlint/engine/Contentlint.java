package io.github.contentlint.engine;

import io.github.contentlint.config.ConfigException;
import io.github.contentlint.config.ConfigLoader;
import io.github.contentlint.config.PatternRuleFiles;
import io.github.contentlint.config.ContentlintConfig;
import io.github.contentlint.report.ReportContext;
import io.github.contentlint.report.ReportFormat;
import io.github.contentlint.report.Reports;
import io.github.contentlint.report.RunReport;
import io.github.contentlint.report.SourceLines;
import io.github.contentlint.rules.RuleCatalog;
import io.github.contentlint.rules.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole of one check, for the mojos and for tests: load the configuration, resolve the
 * rules, lint, write the reports. Knows nothing of Maven.
 */
public final class Contentlint {

    public static final String CONFIG_FILE_NAME = ".contentlint.yml";
    /** The cache's folder inside the output directory. */
    public static final String CACHE_DIRECTORY = "contentlint-cache";

    private Contentlint() {
    }

    /** Loads the configuration and resolves the rules, failing fast on anything wrong. */
    public static Prepared prepare(CheckOptions options) throws ConfigException {
        return prepare(options, System.getenv());
    }

    /**
     * Loads the configuration and resolves the rules, failing fast on anything wrong.
     *
     * @param environment the process environment: {@code GITHUB_ACTIONS=true} switches the {@code github} format on
     */
    public static Prepared prepare(CheckOptions options, Map<String, String> environment) throws ConfigException {
        List<ReportFormat> formats = formats(options.formats(), environment);
        Configuration configuration = configure(options);
        RuleCatalog catalog = configuration.catalog();
        ContentlintConfig config = configuration.config();
        RuleSet rules = configuration.rules();
        List<String> includes = firstSet(options.includes(), config.includes(), FileDiscovery.DEFAULT_INCLUDES);
        List<String> excludes = firstSet(options.excludes(), config.excludes(), FileDiscovery.DEFAULT_EXCLUDES);
        LintSettings settings = new LintSettings(options.baseDirectory(), includes, excludes, options.encoding(),
                options.threads(), options.maxFileBytes());
        Path baselineFile = baselineFile(options);
        Baseline baseline = baselineFile == null ? null
                : Baseline.read(baselineFile, display(options.baseDirectory(), baselineFile));
        SourceLines sources = new PostLines(settings.baseDirectory(), settings.encoding(), settings.maxFileBytes(),
                FileSource.FILE_SYSTEM);
        ReportContext reportContext = ReportContext.of(options.baseDirectory(), catalog, options.locale(), sources);
        return new Prepared(settings, rules, formats, reportContext, baseline, baselineFile,
                options.cache() ? options.outputDirectory().resolve(CACHE_DIRECTORY) : null,
                (options.includes() != null && !options.includes().isEmpty()) || config.includes() != null,
                selection(options));
    }

    /** What {@code files} or {@code changedSince} ask for; git runs here, so that a problem fails before any post is read. */
    private static FileSelection selection(CheckOptions options) throws ConfigException {
        boolean named = options.files() != null;
        boolean changed = options.changedSince() != null && !options.changedSince().isBlank();
        if (named && changed) {
            throw new ConfigException("files and changedSince both choose the posts to check: give one of them");
        }
        if (named) {
            return FileSelection.named(options.files(), options.baseDirectory());
        }
        if (changed) {
            try {
                return FileSelection.changedSince(options.changedSince(), options.baseDirectory(), new GitChanges());
            } catch (GitChanges.GitException e) {
                throw new ConfigException(e.getMessage());
            }
        }
        return FileSelection.all();
    }

    /**
     * Loads the repository's pattern rules and the configuration and resolves the rules, failing
     * fast on anything wrong, as {@link #prepare} does; finds no posts. The {@code rules} goal
     * prints what it returns.
     */
    public static Configuration configure(CheckOptions options) throws ConfigException {
        RuleCatalog builtIn = RuleCatalog.builtIn();
        // the repository's own pattern rules join the catalog before the configuration, which may configure them
        List<RuleDescriptor> repositoryRules = PatternRuleFiles.load(options.baseDirectory(), builtIn);
        RuleCatalog catalog = builtIn.with(repositoryRules);
        ContentlintConfig config = loadConfig(options, catalog);
        RuleSet rules = RuleSet.resolve(catalog, config, options.locale(), Contentlint.class.getClassLoader());
        return new Configuration(catalog, repositoryRules, config, rules);
    }

    /**
     * The formats asked for, plus {@code github} when the environment is a GitHub Actions job,
     * unless {@code -github} switches it off.
     */
    static List<ReportFormat> formats(List<String> names, Map<String, String> environment) throws ConfigException {
        Set<ReportFormat> formats = new LinkedHashSet<>();
        Set<ReportFormat> switchedOff = new LinkedHashSet<>();
        for (String name : names) {
            if (name.isBlank()) {
                continue;
            }
            boolean off = name.strip().startsWith("-");
            try {
                (off ? switchedOff : formats).add(ReportFormat.parse(off ? name.strip().substring(1) : name));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("formats: " + e.getMessage());
            }
        }
        if ("true".equals(environment.get("GITHUB_ACTIONS"))) {
            formats.add(ReportFormat.GITHUB);
        }
        formats.removeAll(switchedOff);
        return List.copyOf(formats);
    }

    /** The {@code baseline} parameter, or the base directory's baseline file when it has one. */
    private static Path baselineFile(CheckOptions options) throws ConfigException {
        String value = options.baseline();
        Path base = options.baseDirectory();
        if (value == null || value.isBlank()) {
            Path file = base.resolve(Baseline.FILE_NAME);
            return Files.isRegularFile(file) ? file : null;
        }
        if (value.strip().equalsIgnoreCase("none")) {
            return null;
        }
        Path file = base.resolve(value.strip());
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("baseline " + file + " does not exist: write it with mvn contentlint:baseline, or"
                    + " leave baseline unset to use " + Baseline.FILE_NAME + " in the base directory when present");
        }
        return file;
    }

    /** Where the {@code baseline} goal writes: the parameter's file, or the base directory's. */
    public static Path baselineTarget(CheckOptions options) {
        String value = options.baseline();
        return value == null || value.isBlank() || value.strip().equalsIgnoreCase("none")
                ? options.baseDirectory().resolve(Baseline.FILE_NAME) : options.baseDirectory().resolve(value.strip());
    }

    /** Runs a prepared check and writes its reports. */
    public static CheckOutcome check(Prepared prepared, Path outputDirectory) throws IOException {
        return check(prepared, outputDirectory, Progress.NONE);
    }

    /** Runs a prepared check, telling {@code progress} how far it is, and writes its reports. */
    public static CheckOutcome check(Prepared prepared, Path outputDirectory, Progress progress) throws IOException {
        return check(prepared, select(prepared), outputDirectory, progress);
    }

    /**
     * Finds the posts and picks those the run checks in full ({@code files}, {@code changedSince}),
     * so that the caller can say which named files it skips before the run.
     */
    public static PostSelection select(Prepared prepared) throws IOException {
        List<String> discovered = new FileDiscovery(prepared.settings().includes(), prepared.settings().excludes())
                .find(prepared.settings().baseDirectory());
        return prepared.selection().apply(prepared.settings().baseDirectory(), discovered);
    }

    /**
     * Runs a prepared check on the selected posts and writes its reports. The baseline's matched and
     * stale counts concern the selected posts only: an entry for another post is not stale.
     */
    public static CheckOutcome check(Prepared prepared, PostSelection selection, Path outputDirectory,
            Progress progress) throws IOException {
        Linter linter = new Linter(prepared.settings(), prepared.rules(), FileSource.FILE_SYSTEM,
                prepared.cacheDirectory());
        List<String> files = selection.selected();
        LintResult result = linter.run(files, selection.others(), progress);
        BaselineOutcome baselineOutcome = null;
        if (prepared.baseline() != null) {
            Baseline baseline = selection.isAll() ? prepared.baseline() : prepared.baseline().onlyFor(files);
            Baseline.Match match = baseline.match(result.findings());
            result = result.withFindings(match.remaining());
            baselineOutcome = new BaselineOutcome(display(prepared.settings().baseDirectory(), prepared.baselineFile()),
                    match.matched(), match.stale());
        }
        RunReport run = new RunReport(result, files, baselineOutcome);
        List<Path> reports = Reports.write(run, prepared.reportContext(), prepared.formats(), outputDirectory);
        List<String> unmatched = prepared.userIncludes()
                ? new FileDiscovery(prepared.settings().includes(), prepared.settings().excludes())
                        .unmatchedIncludes(selection.discovered())
                : List.of();
        return new CheckOutcome(result, files, baselineOutcome, reports, unmatched);
    }

    /**
     * Runs a prepared check and applies the fixes its findings carry, or, when {@code dryRun},
     * only makes the diffs. Writes no report.
     */
    public static FixResult fix(Prepared prepared, boolean dryRun) throws IOException {
        return fix(prepared, select(prepared), dryRun);
    }

    /** Fixes the selected posts only ({@code files}, {@code changedSince}); the others are not written. */
    public static FixResult fix(Prepared prepared, PostSelection selection, boolean dryRun) throws IOException {
        return new FixEngine(prepared.settings(), prepared.rules()).run(selection.selected(), selection.others(),
                dryRun);
    }

    /**
     * Lints every post, ignoring any baseline, and writes all findings as the new baseline.
     *
     * @return the baseline written
     */
    public static Baseline writeBaseline(Prepared prepared, Path target, Progress progress) throws IOException {
        Linter linter = new Linter(prepared.settings(), prepared.rules());
        LintResult result = linter.run(linter.discover(), progress);
        Baseline baseline = Baseline.of(result.findings());
        baseline.write(target);
        return baseline;
    }

    /** A path as the user knows it: relative to the base directory ({@code ../} when outside it). */
    public static String display(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        try {
            return root.relativize(absolute).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return absolute.toString(); // another drive
        }
    }

    private static ContentlintConfig loadConfig(CheckOptions options, RuleCatalog catalog) throws ConfigException {
        Path file = options.configFile();
        if (file == null) {
            file = options.baseDirectory().resolve(CONFIG_FILE_NAME);
            if (!Files.isRegularFile(file)) {
                return ContentlintConfig.defaults();
            }
        } else if (!Files.isRegularFile(file)) {
            throw new ConfigException("configFile " + file + " does not exist: create it, or leave configFile unset to"
                    + " use " + CONFIG_FILE_NAME + " in the base directory");
        }
        return new ConfigLoader(catalog).load(file, display(options.baseDirectory(), file));
    }


    /** A parameter wins over the configuration file; a list there replaces, never merges. */
    private static List<String> firstSet(List<String> parameter, List<String> configured, List<String> defaults) {
        if (parameter != null && !parameter.isEmpty()) {
            return parameter;
        }
        return configured != null ? configured : defaults;
    }

    /**
     * The rules of a base directory after configuration.
     *
     * @param catalog the plugin's rules and the repository's own, in that order
     * @param repositoryRules the repository's own pattern rules ({@code .contentlint/rules/*.yml}), in file name order
     * @param config the configuration file's contents, or the defaults without one
     * @param rules the rules resolved against it
     */
    public record Configuration(RuleCatalog catalog, List<RuleDescriptor> repositoryRules, ContentlintConfig config,
            RuleSet rules) {

        public Configuration {
            repositoryRules = List.copyOf(repositoryRules);
        }

        /**
         * A rule of the catalog by its id.
         *
         * @throws ConfigException for an unknown id, with the nearest id and the list of ids
         */
        public RuleDescriptor rule(String id) throws ConfigException {
            return catalog.find(id).orElseThrow(() -> new ConfigException("unknown rule '" + id + "'"
                    + ConfigLoader.suggestion(id, catalog.ids()) + "; known rules: " + String.join(", ", catalog.ids())));
        }
    }

    /**
     * A check ready to run: settings, rules and formats resolved.
     *
     * @param settings what to lint
     * @param rules the active rules
     * @param formats the report formats
     * @param reportContext what reports need
     * @param baseline the accepted findings, or null
     * @param baselineFile where they were read from, or null
     * @param cacheDirectory the cache's folder, or null without a cache
     * @param userIncludes whether the includes came from the user rather than the defaults
     * @param selection the posts to check in full: all, or those {@code files} or {@code changedSince} name
     */
    public record Prepared(LintSettings settings, RuleSet rules, List<ReportFormat> formats, ReportContext reportContext,
            Baseline baseline, Path baselineFile, Path cacheDirectory, boolean userIncludes, FileSelection selection) {

        public Prepared {
            formats = List.copyOf(formats);
            selection = selection == null ? FileSelection.all() : selection;
        }

        /** A check of every post (the form before {@code files} and {@code changedSince} existed). */
        public Prepared(LintSettings settings, RuleSet rules, List<ReportFormat> formats, ReportContext reportContext,
                Baseline baseline, Path baselineFile, Path cacheDirectory, boolean userIncludes) {
            this(settings, rules, formats, reportContext, baseline, baselineFile, cacheDirectory, userIncludes,
                    FileSelection.all());
        }

        public boolean printsToConsole() {
            return formats.contains(ReportFormat.CONSOLE);
        }

        /** Whether GitHub workflow commands go to standard output. */
        public boolean printsGitHubAnnotations() {
            return formats.contains(ReportFormat.GITHUB);
        }
    }
}
