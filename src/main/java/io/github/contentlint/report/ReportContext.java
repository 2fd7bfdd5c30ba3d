package io.github.contentlint.report;

import io.github.contentlint.rules.RuleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the report writers need besides the findings.
 *
 * @param baseDirectory the folder finding paths are relative to
 * @param repositoryRoot the nearest folder at or above the base directory holding {@code .git},
 *     or the base directory when there is none; SARIF and GitHub paths are relative to it
 * @param catalog the rule catalog, for rule descriptions
 * @param toolVersion contentlint's version
 */
public record ReportContext(Path baseDirectory, Path repositoryRoot, RuleCatalog catalog, String toolVersion) {

    public static ReportContext of(Path baseDirectory, RuleCatalog catalog) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        return new ReportContext(base, findRepositoryRoot(base), catalog, Version.current());
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
}
