package io.github.contentlint.engine;

import io.github.contentlint.config.ConfigException;
import io.github.contentlint.config.ConfigLoader;
import io.github.contentlint.config.ContentlintConfig;
import io.github.contentlint.config.PatternRuleFiles;
import io.github.contentlint.report.ReportContext;
import io.github.contentlint.report.ReportFormat;
import io.github.contentlint.report.Reports;
import io.github.contentlint.rules.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        List<ReportFormat> formats = new ArrayList<>();
        for (String name : options.formats()) {
            if (!name.isBlank()) {
                try {
                    formats.add(ReportFormat.parse(name));
                } catch (IllegalArgumentException e) {
                    throw new ConfigException("formats: " + e.getMessage());
                }
            }
        }
        RuleCatalog builtIn = RuleCatalog.builtIn();
        // the repository's own pattern rules join the catalog before the configuration, which may configure them
        RuleCatalog catalog = builtIn.with(PatternRuleFiles.load(options.baseDirectory(), builtIn));
        ContentlintConfig config = loadConfig(options, catalog);
        RuleSet rules = RuleSet.resolve(catalog, config, options.locale(), Contentlint.class.getClassLoader());
        List<String> includes = firstSet(options.includes(), config.includes(), FileDiscovery.DEFAULT_INCLUDES);
        List<String> excludes = firstSet(options.excludes(), config.excludes(), FileDiscovery.DEFAULT_EXCLUDES);
        LintSettings settings = new LintSettings(options.baseDirectory(), includes, excludes, options.encoding(),
                options.threads(), options.maxFileBytes());
        return new Prepared(settings, rules, formats, ReportContext.of(options.baseDirectory(), catalog),
                options.cache() ? options.outputDirectory().resolve(CACHE_DIRECTORY) : null,
                (options.includes() != null && !options.includes().isEmpty()) || config.includes() != null);
    }

    /** Runs a prepared check and writes its reports. */
    public static CheckOutcome check(Prepared prepared, Path outputDirectory) throws IOException {
        Linter linter = new Linter(prepared.settings(), prepared.rules(), FileSource.FILE_SYSTEM,
                prepared.cacheDirectory());
        List<String> paths = linter.discover();
        LintResult result = linter.run(paths);
        List<Path> reports = Reports.write(result, prepared.reportContext(), prepared.formats(), outputDirectory);
        List<String> unmatched = prepared.userIncludes()
                ? new FileDiscovery(prepared.settings().includes(), prepared.settings().excludes()).unmatchedIncludes(paths)
                : List.of();
        return new CheckOutcome(result, reports, unmatched);
    }

    /**
     * Runs a prepared check and applies the fixes its findings carry, or, when {@code dryRun},
     * only makes the diffs. Writes no report.
     */
    public static FixResult fix(Prepared prepared, boolean dryRun) throws IOException {
        return new FixEngine(prepared.settings(), prepared.rules()).run(dryRun);
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

    private static String display(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }

    /** A parameter wins over the configuration file; a list there replaces, never merges. */
    private static List<String> firstSet(List<String> parameter, List<String> configured, List<String> defaults) {
        if (parameter != null && !parameter.isEmpty()) {
            return parameter;
        }
        return configured != null ? configured : defaults;
    }

    /**
     * A check ready to run: settings, rules and formats resolved.
     *
     * @param settings what to lint
     * @param rules the active rules
     * @param formats the report formats
     * @param reportContext what reports need
     * @param cacheDirectory the cache's folder, or null without a cache
     * @param userIncludes whether the includes came from the user rather than the defaults
     */
    public record Prepared(LintSettings settings, RuleSet rules, List<ReportFormat> formats, ReportContext reportContext,
            Path cacheDirectory, boolean userIncludes) {

        public Prepared {
            formats = List.copyOf(formats);
        }

        public boolean printsToConsole() {
            return formats.contains(ReportFormat.CONSOLE);
        }
    }
}
