package io.github.contentlint.engine;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.plexus.util.SelectorUtils;

/**
 * Finds the posts under the base directory with Maven's Ant-style include and exclude patterns
 * ({@code **}, {@code *}, {@code ?}). Links are not followed, so a symlink loop cannot trap the
 * walk. Paths come back relative, with forward slashes, sorted.
 */
public final class FileDiscovery {

    /** Jekyll, Hugo and Astro content folders; MDX where Astro reads it (Jekyll and Hugo do not). */
    public static final List<String> DEFAULT_INCLUDES = List.of(
            "**/_posts/**/*.md", "**/_posts/**/*.markdown",
            "**/_drafts/**/*.md", "**/_drafts/**/*.markdown",
            "content/**/*.md", "content/**/*.markdown",
            "src/content/**/*.md", "src/content/**/*.markdown", "src/content/**/*.mdx");
    /** Build output and dependency folders. */
    public static final List<String> DEFAULT_EXCLUDES = List.of(
            "**/target/**", "**/node_modules/**", "**/.git/**", "**/_site/**", "**/vendor/**",
            "**/.jekyll-cache/**", "**/.bundle/**", "**/public/**");

    private final List<String> includes;
    private final List<String> excludes;

    public FileDiscovery(List<String> includes, List<String> excludes) {
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
    }

    public List<String> find(Path baseDirectory) throws IOException {
        List<String> found = new ArrayList<>();
        Files.walkFileTree(baseDirectory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String relative = relative(baseDirectory, dir);
                return !relative.isEmpty() && isExcludedFolder(relative)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isDirectory()) {
                    String relative = relative(baseDirectory, file);
                    if (matches(relative)) {
                        found.add(relative);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // An unreadable folder holds nothing we can lint; an unreadable file is listed
                // when it matches, so that reading it reports the problem on that file.
                String relative = relative(baseDirectory, file);
                if (matches(relative) && !Files.isDirectory(file)) {
                    found.add(relative);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    /** The include patterns that select none of the files found, for a warning. */
    public List<String> unmatchedIncludes(List<String> found) {
        return includes.stream()
                .filter(p -> found.stream().noneMatch(path -> SelectorUtils.matchPath(p, path, "/", true)))
                .toList();
    }

    /** Whether a relative path is included and not excluded. */
    public boolean matches(String relativePath) {
        return includes.stream().anyMatch(p -> SelectorUtils.matchPath(p, relativePath, "/", true))
                && excludes.stream().noneMatch(p -> SelectorUtils.matchPath(p, relativePath, "/", true));
    }

    private boolean isExcludedFolder(String relativeDir) {
        for (String exclude : excludes) {
            if (exclude.endsWith("/**")
                    && SelectorUtils.matchPath(exclude.substring(0, exclude.length() - 3), relativeDir, "/", true)) {
                return true;
            }
        }
        return false;
    }

    static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }
}
