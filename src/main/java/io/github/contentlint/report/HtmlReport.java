package io.github.contentlint.report;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Severity;
import io.github.contentlint.engine.Baseline;
import io.github.contentlint.engine.BaselineOutcome;
import io.github.contentlint.engine.LintResult;
import io.github.contentlint.rules.BundleMessages;
import io.github.contentlint.rules.RuleDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * One self-contained page for people who never open a terminal: the run's totals, a chart of
 * findings per rule and severity (inline SVG), then every post with findings, each finding linked
 * to its line in an excerpt of the post shown below it (an anchor in the page, so that the link
 * works wherever the page is opened, a CI artifact included), and a {@code file://} link to the
 * post for the machine that ran the check. No script, no network, no external asset: inline CSS
 * only. Texts follow the run's locale.
 */
public final class HtmlReport {

    /** Lines of context shown around each finding's lines. */
    static final int CONTEXT = 1;
    /** Lines of a long finding shown before the excerpt skips to the next. */
    static final int MAX_FINDING_LINES = 3;
    /** Characters of a line shown; a longer line is cut around the finding's column. */
    static final int MAX_LINE = 240;

    private static final Severity[] SEVERITIES = {Severity.ERROR, Severity.WARNING, Severity.INFO};
    private static final Map<Severity, String> COLORS = Map.of(
            Severity.ERROR, "#b42318", Severity.WARNING, "#b54708", Severity.INFO, "#175cd3");

    private final RunReport run;
    private final ReportContext context;
    private final BundleMessages messages;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private HtmlReport(RunReport run, ReportContext context) {
        this.run = run;
        this.context = context;
        this.messages = context.messages();
    }

    public static void write(RunReport run, ReportContext context, OutputStream out) throws IOException {
        HtmlReport report = new HtmlReport(run, context);
        report.page();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(report.html.toString());
        writer.flush();
    }

    private void page() {
        String lang = context.locale().getLanguage().isEmpty() ? "en" : context.locale().getLanguage();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(lang)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(text("html.title"))).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        header();
        chart();
        posts();
        html.append("</main>\n</body>\n</html>\n");
    }

    private void header() {
        LintResult result = run.result();
        String base = context.repositoryRoot().relativize(context.baseDirectory()).toString().replace('\\', '/');
        html.append("<header>\n<h1>").append(escape(text("html.title"))).append("</h1>\n<p class=\"meta\">")
                .append(escape(text("html.generated", context.toolVersion(), base.isEmpty() ? "." : base)))
                .append("</p>\n</header>\n<section class=\"tiles\" aria-label=\"summary\">\n");
        tile("checked", result.postsChecked(), text("html.posts-checked"));
        tile("posts", result.filesWithFindings(), text("html.posts-with-findings"));
        for (Severity severity : SEVERITIES) {
            tile(severity.label(), result.count(severity), text("html." + severity.label()));
        }
        html.append("</section>\n");
        List<String> notes = new ArrayList<>();
        if (result.suppressed() > 0) {
            notes.add(text("suppressed", result.suppressed()));
        }
        BaselineOutcome baseline = run.baseline();
        if (baseline != null) {
            notes.add(text("baseline.matched", baseline.file(), baseline.matched()));
            if (!baseline.stale().isEmpty()) {
                notes.add(text("baseline.stale", baseline.stale().size()));
            }
        }
        if (!notes.isEmpty()) {
            html.append("<section class=\"notes\">\n");
            for (String note : notes) {
                html.append("<p>").append(escape(note)).append("</p>\n");
            }
            if (baseline != null && !baseline.stale().isEmpty()) {
                html.append("<ul class=\"stale\">\n");
                for (Baseline.Entry entry : baseline.stale()) {
                    html.append("<li><code>").append(escape(entry.path())).append("</code> [")
                            .append(escape(entry.ruleId())).append("]</li>\n");
                }
                html.append("</ul>\n");
            }
            html.append("</section>\n");
        }
    }

    private void tile(String kind, long count, String label) {
        html.append("<div class=\"tile ").append(kind).append("\"><span class=\"count\">")
                .append(number(count)).append("</span><span class=\"label\">").append(escape(label))
                .append("</span></div>\n");
    }

    /** Horizontal bars, one per rule, stacked by severity, longest first. */
    private void chart() {
        List<RuleCounts> rules = RuleCounts.of(run.result().findings());
        html.append("<section>\n<h2>").append(escape(text("html.chart"))).append("</h2>\n");
        if (rules.isEmpty()) {
            html.append("<p class=\"clean\">").append(escape(text("html.clean"))).append("</p>\n</section>\n");
            return;
        }
        int labelWidth = 16 + 8 * rules.stream().mapToInt(r -> r.ruleId().length()).max().orElse(10);
        int barWidth = 420;
        int row = 30;
        int width = labelWidth + barWidth + 70;
        int height = rules.size() * row + 34;
        int max = rules.stream().mapToInt(RuleCounts::total).max().orElse(1);
        html.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" aria-label=\"")
                .append(escape(text("html.chart"))).append("\">\n");
        int y = 0;
        for (RuleCounts rule : rules) {
            html.append("<g><title>").append(escape(text("html.chart-label", rule.ruleId(), rule.errors(),
                    rule.warnings(), rule.infos()))).append("</title>\n");
            html.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 19)
                    .append("\" text-anchor=\"end\">").append(escape(rule.ruleId())).append("</text>\n");
            double x = labelWidth;
            for (Severity severity : SEVERITIES) {
                int count = rule.count(severity);
                if (count == 0) {
                    continue;
                }
                double w = Math.max(2.0, barWidth * (double) count / max);
                html.append("<rect x=\"").append(format(x)).append("\" y=\"").append(y + 5).append("\" width=\"")
                        .append(format(w)).append("\" height=\"20\" fill=\"").append(COLORS.get(severity))
                        .append("\"/>\n");
                x += w;
            }
            html.append("<text x=\"").append(format(x + 6)).append("\" y=\"").append(y + 19).append("\">")
                    .append(number(rule.total())).append("</text>\n</g>\n");
            y += row;
        }
        int legendX = labelWidth;
        for (Severity severity : SEVERITIES) {
            html.append("<rect x=\"").append(legendX).append("\" y=\"").append(y + 12)
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(COLORS.get(severity)).append("\"/>")
                    .append("<text x=\"").append(legendX + 17).append("\" y=\"").append(y + 23).append("\">")
                    .append(escape(text("html." + severity.label()))).append("</text>\n");
            legendX += 130;
        }
        html.append("</svg>\n");
        ruleGlossary(rules);
        html.append("</section>\n");
    }

    /** What each rule in the chart checks, from the catalog. */
    private void ruleGlossary(List<RuleCounts> rules) {
        html.append("<dl class=\"rules\">\n");
        for (RuleCounts rule : rules) {
            html.append("<dt><code>").append(escape(rule.ruleId())).append("</code></dt><dd>");
            context.catalog().find(rule.ruleId()).map(RuleDescriptor::summary)
                    .ifPresent(summary -> html.append(escape(summary)));
            html.append("</dd>\n");
        }
        html.append("</dl>\n");
    }

    private void posts() {
        Map<String, List<Finding>> byPost = new LinkedHashMap<>();
        for (Finding finding : run.result().findings()) {
            byPost.computeIfAbsent(finding.path(), p -> new ArrayList<>()).add(finding);
        }
        if (byPost.isEmpty()) {
            return;
        }
        html.append("<section>\n<h2>").append(escape(text("html.posts"))).append("</h2>\n<ol class=\"toc\">\n");
        int index = 1;
        for (Map.Entry<String, List<Finding>> post : byPost.entrySet()) {
            html.append("<li><a href=\"#p").append(index++).append("\">").append(escape(post.getKey()))
                    .append("</a> <span class=\"n\">").append(number(post.getValue().size())).append("</span></li>\n");
        }
        html.append("</ol>\n");
        long clean = run.result().postsChecked() - byPost.size();
        if (clean > 0) {
            html.append("<p class=\"meta\">").append(escape(text("html.clean-posts", clean))).append("</p>\n");
        }
        index = 1;
        for (Map.Entry<String, List<Finding>> post : byPost.entrySet()) {
            post("p" + index++, post.getKey(), post.getValue());
        }
        html.append("</section>\n");
    }

    private void post(String id, String path, List<Finding> findings) {
        List<String> lines = context.sources().lines(path);
        html.append("<article id=\"").append(id).append("\">\n<h3><code>").append(escape(path))
                .append("</code> <a class=\"file\" href=\"")
                .append(escape(context.baseDirectory().resolve(path).toUri().toString())).append("\">")
                .append(escape(text("html.open-file"))).append("</a></h3>\n<ul class=\"findings\">\n");
        for (Finding finding : findings) {
            int line = finding.start().line();
            String target = line <= lines.size() ? id + "-L" + line : id;
            html.append("<li class=\"").append(finding.severity().label()).append("\"><a class=\"where\" href=\"#")
                    .append(target).append("\">")
                    .append(escape(text("html.location", line, finding.start().column()))).append("</a> ")
                    .append("<span class=\"badge\">").append(escape(text("severity." + finding.severity().label())))
                    .append("</span> <span class=\"rule\">").append(escape(finding.ruleId())).append("</span>")
                    .append("<p>").append(escape(finding.message())).append("</p></li>\n");
        }
        html.append("</ul>\n");
        excerpt(id, lines, findings);
        html.append("</article>\n");
    }

    /** The lines the findings point at, with a line of context, numbered and anchored. */
    private void excerpt(String id, List<String> lines, List<Finding> findings) {
        if (lines.isEmpty()) {
            return;
        }
        TreeSet<Integer> hit = new TreeSet<>();
        TreeSet<Integer> shown = new TreeSet<>();
        Map<Integer, Integer> columns = new LinkedHashMap<>();
        for (Finding finding : findings) {
            int first = finding.start().line();
            if (first > lines.size()) {
                continue;
            }
            int last = Math.min(Math.min(finding.end().line(), first + MAX_FINDING_LINES - 1), lines.size());
            columns.putIfAbsent(first, finding.start().column());
            for (int line = first; line <= last; line++) {
                hit.add(line);
            }
            for (int line = Math.max(1, first - CONTEXT); line <= Math.min(lines.size(), last + CONTEXT); line++) {
                shown.add(line);
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        html.append("<div class=\"source\" aria-label=\"").append(escape(text("html.lines"))).append("\">\n");
        int previous = 0;
        for (int line : shown) {
            if (previous != 0 && line > previous + 1) {
                html.append("<div class=\"gap\">⋯</div>\n");
            }
            html.append("<div class=\"line").append(hit.contains(line) ? " hit" : "").append("\" id=\"").append(id)
                    .append("-L").append(line).append("\"><span class=\"no\">").append(line)
                    .append("</span><span class=\"text\">")
                    .append(escape(clip(lines.get(line - 1), columns.getOrDefault(line, 1))))
                    .append("</span></div>\n");
            previous = line;
        }
        html.append("</div>\n");
    }

    /** A line cut to {@link #MAX_LINE} code points around a column, marked with … where cut. */
    static String clip(String line, int column) {
        int length = line.codePointCount(0, line.length());
        if (length <= MAX_LINE) {
            return line;
        }
        int from = Math.max(0, Math.min(column - 1 - MAX_LINE / 3, length - MAX_LINE));
        int to = Math.min(length, from + MAX_LINE);
        String cut = line.substring(line.offsetByCodePoints(0, from), line.offsetByCodePoints(0, to));
        return (from > 0 ? "…" : "") + cut + (to < length ? "…" : "");
    }

    private String text(String key, Object... arguments) {
        return messages.format(key, arguments);
    }

    private String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(context.locale()).format(value);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            :root { color-scheme: light; --error: #b42318; --warning: #b54708; --info: #175cd3; --line: #d0d5dd; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f6f7f9; color: #1d2939; font: 16px/1.6 system-ui, -apple-system,
              "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Yu Gothic", Meiryo, sans-serif; }
            main { max-width: 980px; margin: 0 auto; padding: 24px 20px 64px; }
            h1 { font-size: 28px; margin: 0; }
            h2 { font-size: 21px; margin: 36px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
            h3 { font-size: 17px; margin: 0 0 8px; word-break: break-all; }
            .meta { color: #667085; margin: 4px 0 16px; }
            .tiles { display: flex; flex-wrap: wrap; gap: 12px; }
            .tile { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 140px; }
            .tile .count { display: block; font-size: 30px; font-weight: 700; line-height: 1.2; }
            .tile .label { color: #475467; font-size: 14px; }
            .tile.error .count { color: var(--error); } .tile.warning .count { color: var(--warning); }
            .tile.info .count { color: var(--info); }
            .notes { background: #fff; border-left: 4px solid #98a2b3; padding: 8px 16px; margin-top: 16px; }
            .notes p { margin: 4px 0; }
            .chart { max-width: 100%; height: auto; background: #fff; border: 1px solid var(--line); border-radius: 8px; }
            .chart text { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; fill: #1d2939; }
            dl.rules { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; font-size: 14px; }
            dl.rules dd { margin: 0; color: #475467; }
            .clean { font-size: 18px; color: #067647; }
            ol.toc { columns: 2; font-size: 14px; }
            ol.toc .n { color: #667085; }
            article { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
            ul.findings { list-style: none; padding: 0; margin: 0 0 12px; }
            ul.findings li { border-left: 4px solid var(--info); padding: 4px 12px; margin: 8px 0; }
            ul.findings li.error { border-color: var(--error); } ul.findings li.warning { border-color: var(--warning); }
            ul.findings p { margin: 2px 0 0; }
            .badge { display: inline-block; font-size: 12px; font-weight: 700; color: #fff; background: var(--info);
              border-radius: 4px; padding: 0 6px; }
            li.error .badge { background: var(--error); } li.warning .badge { background: var(--warning); }
            .rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; color: #475467; }
            a { color: #175cd3; } a.file { font-size: 13px; font-weight: 400; margin-left: 8px; }
            .source { font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK JP", monospace;
              background: #f9fafb; border: 1px solid var(--line); border-radius: 6px; padding: 6px 0; overflow-x: auto; }
            .line { display: flex; white-space: pre-wrap; word-break: break-all; padding: 0 10px; }
            .line.hit { background: #fef3f2; }
            .line:target { background: #fde68a; outline: 2px solid #f79009; }
            .no { flex: none; width: 4.5em; color: #98a2b3; text-align: right; padding-right: 12px; user-select: none; }
            .gap { color: #98a2b3; padding-left: 24px; }
            @media print { body { background: #fff; } article, .tile, .chart { break-inside: avoid; } }
            """;
}
