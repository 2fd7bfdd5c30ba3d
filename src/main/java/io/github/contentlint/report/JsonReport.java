package io.github.contentlint.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Severity;
import io.github.contentlint.engine.BaselineOutcome;
import io.github.contentlint.engine.LintResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * contentlint's own JSON report, for scripts and dashboards. Its schema ships in the jar as
 * {@value #SCHEMA_RESOURCE} (JSON Schema 2020-12). Version 1: fields may be added within a
 * version; a field removed, renamed or changed in meaning makes version 2, under a new schema file.
 * Paths are relative to the base directory (as on the console); {@code baseDirectory} says where
 * that is from the repository root. No timing, so that the same posts give the same bytes.
 */
public final class JsonReport {

    public static final String FORMAT = "contentlint-report";
    public static final int FORMAT_VERSION = 1;
    public static final String SCHEMA_ID = "urn:io-github-contentlint:contentlint-report:1";
    public static final String SCHEMA_RESOURCE = "contentlint/schemas/contentlint-report-1.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonReport() {
    }

    public static void write(RunReport run, ReportContext context, OutputStream out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
        JSON.writer(printer).writeValue(out, document(run, context));
    }

    static Map<String, Object> document(RunReport run, ReportContext context) {
        LintResult result = run.result();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("$schema", SCHEMA_ID);
        document.put("format", FORMAT);
        document.put("formatVersion", FORMAT_VERSION);
        document.put("tool", map("name", "contentlint", "version", context.toolVersion()));
        document.put("locale", context.locale().toLanguageTag());
        String base = context.repositoryRoot().relativize(context.baseDirectory()).toString().replace('\\', '/');
        document.put("baseDirectory", base.isEmpty() ? "." : base);
        document.put("summary", summary(run));
        document.put("baseline", baseline(run.baseline()));
        Map<String, Integer> perFile = new LinkedHashMap<>();
        for (String file : run.files()) {
            perFile.put(file, 0);
        }
        for (Finding finding : result.findings()) {
            perFile.merge(finding.path(), 1, Integer::sum);
        }
        List<Object> files = new ArrayList<>();
        perFile.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> files.add(map("path", e.getKey(), "findings", e.getValue())));
        document.put("files", files);
        List<Object> findings = new ArrayList<>();
        for (Finding finding : result.findings()) {
            findings.add(finding(finding));
        }
        document.put("findings", findings);
        return document;
    }

    private static Map<String, Object> summary(RunReport run) {
        LintResult result = run.result();
        List<Object> rules = new ArrayList<>();
        for (RuleCounts counts : RuleCounts.of(result.findings())) {
            rules.add(map("rule", counts.ruleId(), "errors", counts.errors(), "warnings", counts.warnings(),
                    "infos", counts.infos()));
        }
        return map(
                "postsChecked", result.postsChecked(),
                "postsWithFindings", result.filesWithFindings(),
                "findings", result.findings().size(),
                "errors", result.count(Severity.ERROR),
                "warnings", result.count(Severity.WARNING),
                "infos", result.count(Severity.INFO),
                "suppressed", result.suppressed(),
                "rules", rules);
    }

    private static Object baseline(BaselineOutcome baseline) {
        if (baseline == null) {
            return null;
        }
        List<Object> stale = new ArrayList<>();
        for (var entry : baseline.stale()) {
            stale.add(map("path", entry.path(), "rule", entry.ruleId(), "fingerprint", entry.fingerprint(),
                    "count", entry.count()));
        }
        return map("file", baseline.file(), "matched", baseline.matched(), "stale", stale);
    }

    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> json = map(
                "rule", finding.ruleId(),
                "severity", finding.severity().label(),
                "path", finding.path(),
                "line", finding.start().line(),
                "column", finding.start().column(),
                "endLine", finding.end().line(),
                "endColumn", finding.end().column(),
                "message", finding.message(),
                "fingerprint", finding.fingerprint());
        json.put("fix", finding.fix() == null ? null : map(
                "startByte", finding.fix().startByte(),
                "endByte", finding.fix().endByte(),
                "replacement", finding.fix().replacement()));
        return json;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
