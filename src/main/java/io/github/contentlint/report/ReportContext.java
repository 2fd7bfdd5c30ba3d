package io.github.contentlint.report;

import io.github.contentlint.rules.BundleMessages;
import io.github.contentlint.rules.RuleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the report writers need besides the findings.
 *
 * @param baseDirectory the folder finding paths are relative to
 * @param repositoryRoot the nearest folder at or above the base directory holding {@code .git},
 *     or the base directory when there is none; SARIF and GitHub paths are relative to it
 * @param catalog the rule catalog, for rule descriptions
 * @param toolVersion contentlint's version
 * @param locale the language of the reports' own texts (summary, headings)
 * @param sources the posts' lines, for reports that show them
 */
public record ReportContext(Path baseDirectory, Path repositoryRoot, RuleCatalog catalog, String toolVersion,
        Locale locale, SourceLines sources) {

    /** The bundle of the texts reports and the console summary write around the findings. */
    public static final String BUNDLE = "report";

    public static ReportContext of(Path baseDirectory, RuleCatalog catalog) {
        return of(baseDirectory, catalog, Locale.ENGLISH, SourceLines.NONE);
    }

    public static ReportContext of(Path baseDirectory, RuleCatalog catalog, Locale locale, SourceLines sources) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        return new ReportContext(base, findRepositoryRoot(base), catalog, Version.current(), locale, sources);
    }

    static Path findRepositoryRoot(Path base) {
        for (Path dir = base; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return base;
    }

    /** A finding's path (relative to the base directory) made relative to the repository root. */
    public String repositoryPath(String basePath) {
        return repositoryRoot.relativize(baseDirectory.resolve(basePath)).toString().replace('\\', '/');
    }

    /** The reports' own texts in the run's locale. */
    public BundleMessages messages() {
        return new BundleMessages(BUNDLE, locale);
    }
}
