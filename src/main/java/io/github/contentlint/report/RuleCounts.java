package io.github.contentlint.report;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings counted per rule and severity, for the summaries of the console, the JSON and the HTML
 * report. Rules come most findings first, then by id, so that every report lists them alike.
 *
 * @param ruleId the rule
 * @param errors its error findings
 * @param warnings its warning findings
 * @param infos its info findings
 */
public record RuleCounts(String ruleId, int errors, int warnings, int infos) {

    public int total() {
        return errors + warnings + infos;
    }

    public int count(Severity severity) {
        return switch (severity) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
            case OFF -> 0;
        };
    }

    public static List<RuleCounts> of(List<Finding> findings) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Finding finding : findings) {
            int[] bySeverity = counts.computeIfAbsent(finding.ruleId(), id -> new int[Severity.values().length]);
            bySeverity[finding.severity().ordinal()]++;
        }
        List<RuleCounts> rules = new ArrayList<>();
        counts.forEach((id, c) -> rules.add(new RuleCounts(id, c[Severity.ERROR.ordinal()],
                c[Severity.WARNING.ordinal()], c[Severity.INFO.ordinal()])));
        rules.sort(Comparator.comparingInt(RuleCounts::total).reversed().thenComparing(RuleCounts::ruleId));
        return rules;
    }
}
