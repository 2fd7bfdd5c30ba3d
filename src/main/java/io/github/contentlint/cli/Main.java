package io.github.contentlint.cli;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Severity;
import io.github.contentlint.config.ConfigException;
import io.github.contentlint.engine.CheckOptions;
import io.github.contentlint.engine.CheckOutcome;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.engine.FixResult;
import io.github.contentlint.engine.PostSelection;
import io.github.contentlint.report.ConsoleReport;
import io.github.contentlint.report.RunReport;
import io.github.contentlint.report.FixReport;
import io.github.contentlint.report.SelectionReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plain-Java entry point to the engine, for development, the benchmark and the crash-safety
 * harness (which must kill a plain {@code java} process, not Maven). Like the mojos it only
 * translates arguments; users run the Maven goals.
 *
 * <pre>java -cp … io.github.contentlint.cli.Main --base DIR [--includes a,b] [--excludes a,b]
 *     [--config FILE] [--formats console,sarif] [--output DIR] [--threads N] [--locale en]
 *     [--encoding UTF-8] [--cache true] [--files a,b | --changed-since REF] [--fix write|dry-run]</pre>
 *
 * Exit status: 0 without errors, 1 with error findings, 2 on a bad configuration. With
 * {@code --fix} it runs the fix engine instead (as {@code contentlint:fix} does) and exits 0
 * unless the configuration is bad.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                err.println("usage: --base DIR [--includes a,b] [--excludes a,b] [--config FILE] [--formats f,g]"
                        + " [--output DIR] [--threads N] [--locale en] [--encoding UTF-8] [--files a,b | --changed-since REF]"
                        + " [--fix write|dry-run]");
                return 2;
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        Path base = Path.of(options.getOrDefault("base", ".")).toAbsolutePath().normalize();
        CheckOptions checkOptions = CheckOptions.builder(base,
                        Path.of(options.getOrDefault("output", base.resolve("target/contentlint").toString())))
                .includes(list(options.get("includes")))
                .excludes(list(options.get("excludes")))
                .configFile(options.containsKey("config") ? Path.of(options.get("config")) : null)
                .formats(list(options.getOrDefault("formats", "console")))
                .encoding(options.containsKey("encoding") ? Charset.forName(options.get("encoding")) : StandardCharsets.UTF_8)
                .threads(Integer.parseInt(options.getOrDefault("threads",
                        String.valueOf(Runtime.getRuntime().availableProcessors()))))
                .locale(Locale.forLanguageTag(options.getOrDefault("locale", "en")))
                .cache(Boolean.parseBoolean(options.getOrDefault("cache", "false")))
                .baseline(options.get("baseline"))
                .files(list(options.get("files")))
                .changedSince(options.get("changed-since"))
                .build();
        try {
            Contentlint.Prepared prepared = Contentlint.prepare(checkOptions);
            if (options.containsKey("fix")) {
                return fix(prepared, options.get("fix"), out, err);
            }
            PostSelection selection = Contentlint.select(prepared);
            SelectionReport.lines(selection, base.toString(), prepared.reportContext().messages())
                    .forEach(out::println);
            CheckOutcome outcome = Contentlint.check(prepared, selection, checkOptions.outputDirectory(),
                    io.github.contentlint.engine.Progress.NONE);
            if (prepared.printsToConsole()) {
                for (Finding finding : outcome.result().findings()) {
                    out.println(ConsoleReport.line(finding));
                }
            }
            ConsoleReport.summaryLines(new RunReport(outcome.result(), outcome.files(), outcome.baseline()),
                    outcome.reports(), prepared.reportContext().messages()).forEach(out::println);
            return outcome.result().count(Severity.ERROR) > 0 ? 1 : 0;
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("cannot read " + base + ": " + e.getMessage());
            return 2;
        }
    }

    private static int fix(Contentlint.Prepared prepared, String mode, PrintStream out, PrintStream err)
            throws IOException {
        if (!mode.equals("write") && !mode.equals("dry-run")) {
            err.println("--fix takes write or dry-run, not " + mode);
            return 2;
        }
        FixResult result = Contentlint.fix(prepared, mode.equals("dry-run"));
        for (FixResult.FileResult file : result.files()) {
            if (file.status() == FixResult.Status.SKIPPED) {
                out.println(FixReport.skipped(file));
            } else if (!result.dryRun()) {
                file.applied().forEach(finding -> out.println(FixReport.fixed(finding)));
            }
            file.diff().forEach(out::println);
        }
        if (prepared.printsToConsole()) {
            result.findingsLeft().forEach(finding -> out.println(ConsoleReport.line(finding)));
        }
        out.println(ConsoleReport.summary(result.lint(), prepared.reportContext().messages()));
        out.println(FixReport.summary(result));
        return 0;
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? null
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
