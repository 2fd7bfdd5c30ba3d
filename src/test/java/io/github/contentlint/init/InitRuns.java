package io.github.contentlint.init;

import io.github.contentlint.config.ConfigException;
import io.github.contentlint.engine.CheckOptions;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.engine.LintResult;
import io.github.contentlint.engine.Linter;
import io.github.contentlint.report.ConsoleReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs init and check on test folders, as the goals do, without Maven. */
final class InitRuns {

    private InitRuns() {
    }

    static InitRequest request(Path base) {
        return request(base, InitRequest.DEFAULT_REQUIRED_SHARE, false);
    }

    static InitRequest request(Path base, double share, boolean force) {
        return new InitRequest(base, null, null, StandardCharsets.UTF_8, base.resolve(Contentlint.CONFIG_FILE_NAME),
                share, force, 50L << 20);
    }

    /** The findings of check with the configuration in the base directory, as console lines. */
    static List<String> check(Path base) throws IOException, ConfigException {
        return check(base, null);
    }

    static List<String> check(Path base, Path configFile) throws IOException, ConfigException {
        CheckOptions options = CheckOptions.builder(base, base.resolve("target/contentlint")).configFile(configFile).build();
        Contentlint.Prepared prepared = Contentlint.prepare(options);
        LintResult result = new Linter(prepared.settings(), prepared.rules()).run();
        return result.findings().stream().map(ConsoleReport::line).toList();
    }

    /** Copies a folder, leaving out what a build left in it. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                String relative = from.relativize(file).toString().replace('\\', '/');
                if (relative.equals("target") || relative.startsWith("target/") || relative.equals("build.log")) {
                    continue;
                }
                Path copy = to.resolve(relative);
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    /** Every file's bytes by path, to show that init wrote to none of them. */
    static Map<String, String> snapshot(Path base) throws IOException {
        Map<String, String> bytes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(base)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    bytes.put(base.relativize(file).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return bytes;
    }
}
