package io.github.contentlint.init;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the verify scripts of the init ITs assert (they see the test class path): init wrote exactly
 * the expected configuration and said why, and check then found exactly the planted defects.
 */
public final class InitItAssertions {

    private static final Pattern FINDING = Pattern.compile("^\\[(ERROR|WARNING)\\] \\S+\\.md:\\d+:\\d+: .*");
    private static final Pattern SEVERITY = Pattern.compile(": (error|warning) \\[");

    private InitItAssertions() {
    }

    public static void verify(File basedir, String site, String presence, String next, boolean jekyllHint)
            throws IOException {
        Path base = basedir.toPath();
        String log = Files.readString(base.resolve("build.log"), StandardCharsets.UTF_8);
        check(Files.readString(base.resolve(".contentlint.yml")).equals(Files.readString(base.resolve("expected.contentlint.yml"))),
                ".contentlint.yml differs from expected.contentlint.yml");
        for (String line : List.of("[INFO] Site: " + site, "[INFO]   " + presence, "[INFO] Wrote .contentlint.yml",
                "[INFO] " + next)) {
            check(log.contains(line), "build.log lacks: " + line);
        }
        check(log.contains("[WARNING] " + InitReport.jekyllHint()) == jekyllHint,
                jekyllHint ? "the Jekyll hint is missing" : "a Jekyll hint on a site that is not Jekyll");
        List<String> expected = Files.readAllLines(base.resolve("expected-findings.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> {
                    Matcher severity = SEVERITY.matcher(line);
                    check(severity.find(), "no severity in " + line);
                    return (severity.group(1).equals("error") ? "[ERROR] " : "[WARNING] ") + line;
                })
                .toList();
        List<String> findings = log.lines().filter(line -> FINDING.matcher(line).matches()).toList();
        check(findings.equals(expected), "findings:\n" + String.join("\n", findings) + "\nexpected:\n"
                + String.join("\n", expected));
        check(log.contains("BUILD FAILURE"), "check did not fail the build");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
