package io.github.contentlint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.contentlint.api.Finding;
import io.github.contentlint.engine.LintResult;
import io.github.contentlint.rules.RuleDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: every catalog rule in {@code tool.driver.rules},
 * columns in Unicode code points, paths relative to the repository root under the
 * {@code SRCROOT} base id, a full region and a partial fingerprint per result.
 */
public final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT_KEY = "contentlintFinding/v1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReport() {
    }

    public static void write(LintResult result, ReportContext context, OutputStream out) throws IOException {
        JSON.writeValue(out, document(result, context));
    }

    static Map<String, Object> document(LintResult result, ReportContext context) {
        List<RuleDescriptor> descriptors = List.copyOf(context.catalog().all());
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<Object> rules = new ArrayList<>();
        for (RuleDescriptor descriptor : descriptors) {
            ruleIndex.put(descriptor.id(), rules.size());
            rules.add(rule(descriptor));
        }
        List<Object> results = new ArrayList<>();
        for (Finding finding : result.findings()) {
            results.add(result(finding, ruleIndex.get(finding.ruleId()), context));
        }
        Map<String, Object> driver = map(
                "name", "contentlint",
                "version", context.toolVersion(),
                "semanticVersion", context.toolVersion().replace("-SNAPSHOT", ""),
                "informationUri", "https://github.com/contentlint/contentlint-maven-plugin",
                "rules", rules);
        Map<String, Object> run = map(
                "tool", map("driver", driver),
                "originalUriBaseIds", map("SRCROOT", map("uri", context.repositoryRoot().toUri().toString())),
                "columnKind", "unicodeCodePoints",
                "invocations", List.of(map("executionSuccessful", true)),
                "results", results);
        return map("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run));
    }

    private static Map<String, Object> rule(RuleDescriptor descriptor) {
        String description = descriptor.description().isEmpty() ? descriptor.summary() : descriptor.description();
        return map(
                "id", descriptor.id(),
                "name", camelCase(descriptor.id()),
                "shortDescription", map("text", descriptor.summary()),
                "fullDescription", map("text", description),
                "help", map("text", description),
                "defaultConfiguration", map("level", descriptor.severity().sarifLevel()));
    }

    private static Map<String, Object> result(Finding finding, Integer ruleIndex, ReportContext context) {
        Map<String, Object> region = map(
                "startLine", finding.start().line(),
                "startColumn", finding.start().column(),
                "endLine", finding.end().line(),
                "endColumn", finding.end().column());
        Map<String, Object> location = map("physicalLocation", map(
                "artifactLocation", map("uri", context.repositoryPath(finding.path()), "uriBaseId", "SRCROOT"),
                "region", region));
        Map<String, Object> result = map(
                "ruleId", finding.ruleId(),
                "level", finding.severity().sarifLevel(),
                "message", map("text", finding.message()),
                "locations", List.of(location));
        if (ruleIndex != null) {
            result.put("ruleIndex", ruleIndex);
        }
        if (finding.fingerprint() != null) {
            result.put("partialFingerprints", map(FINGERPRINT_KEY, finding.fingerprint()));
        }
        return result;
    }

    private static String camelCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
