package io.github.contentlint.report;

import io.github.contentlint.api.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands, one per finding, for standard output:
 * {@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message}. The runner reads a
 * command only when the line starts with {@code ::} (leading spaces aside), so these lines must not
 * go through Maven's log, whose {@code [INFO] } prefix would hide them. Paths are relative to the
 * repository root, as the runner expects; values are escaped as the Actions toolkit escapes them.
 * GitHub shows a limited number of annotations per step; the rest stay in the log.
 */
public final class GitHubReport {

    private GitHubReport() {
    }

    public static List<String> lines(List<Finding> findings, ReportContext context) {
        List<String> lines = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            lines.add(line(finding, context));
        }
        return lines;
    }

    static String line(Finding finding, ReportContext context) {
        String command = switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "notice";
        };
        return "::" + command
                + " file=" + property(context.repositoryPath(finding.path()))
                + ",line=" + finding.start().line()
                + ",col=" + finding.start().column()
                + ",endLine=" + finding.end().line()
                + ",endColumn=" + finding.end().column()
                + ",title=" + property("contentlint: " + finding.ruleId())
                + "::" + data(finding.message());
    }

    /** The message after {@code ::}: as the toolkit's {@code escapeData}. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A {@code key=value} value: as the toolkit's {@code escapeProperty}. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
