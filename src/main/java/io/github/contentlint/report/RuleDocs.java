package io.github.contentlint.report;

import io.github.contentlint.api.FrontMatterKeys;
import io.github.contentlint.api.Severity;
import io.github.contentlint.config.ContentlintConfig;
import io.github.contentlint.config.PathOverride;
import io.github.contentlint.config.PatternRuleFiles;
import io.github.contentlint.config.RuleSettings;
import io.github.contentlint.engine.Contentlint;
import io.github.contentlint.rules.OptionSpec;
import io.github.contentlint.rules.RuleDescriptor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The text of the {@code rules} goal, one console line per string: the rules in effect after
 * configuration (what {@code vale ls-config} and ESLint's {@code --print-config} show), or one
 * rule's documentation from its {@code rules/<id>.yml} (what {@code markdownlint --help} points
 * to). English, like the catalog it reads.
 */
public final class RuleDocs {

    /** Where the option descriptions and examples wrap: Maven's {@code [INFO] } prefix leaves room on 120 columns. */
    private static final int WIDTH = 100;
    /** Values longer than this are shown whole only where they differ from the default, or in one rule's documentation. */
    private static final int LONG = 100;
    private static final String CHANGED = "* ";
    private static final String SAME = "  ";

    private RuleDocs() {
    }

    /**
     * The rules in effect: the configuration file, the key names, every rule with its severity and
     * options ({@code *} marks what differs from the default, and says where it was set), the
     * {@code overrides} entries, and the repository's own pattern rules.
     */
    public static List<String> listing(Contentlint.Configuration configuration) {
        ContentlintConfig config = configuration.config();
        String source = config.source();
        List<String> lines = new ArrayList<>();
        lines.add("Configuration: " + (source == null ? "none: defaults (no " + Contentlint.CONFIG_FILE_NAME
                + " in the base directory)" : source));
        lines.add(keysLine(config.keys(), source));
        lines.add("Rules in effect (" + CHANGED.strip() + " = differs from the default):");
        List<RuleDescriptor> repository = configuration.repositoryRules();
        for (RuleDescriptor descriptor : configuration.catalog().all()) {
            if (!fromRepository(configuration, descriptor)) {
                lines.addAll(ruleLines(configuration, descriptor));
            }
        }
        lines.add("Overrides (applied in order over the rules above; the last match wins):");
        if (config.overrides().isEmpty()) {
            lines.add("  none");
        }
        for (PathOverride override : config.overrides()) {
            lines.addAll(overrideLines(override, source));
        }
        lines.add("Repository rules (" + PatternRuleFiles.DIRECTORY + "/*.yml):");
        if (repository.isEmpty()) {
            lines.add("  none");
        }
        for (RuleDescriptor descriptor : repository) {
            lines.addAll(ruleLines(configuration, descriptor));
        }
        lines.add("One rule's documentation: mvn contentlint:rules -Dcontentlint.rule=<id>");
        return lines;
    }

    /**
     * One rule's documentation: summary, severities, description, options with type, default,
     * current value and description, the {@code overrides} that name it, its patterns (for a
     * pattern rule) and its good and bad examples.
     */
    public static List<String> rule(Contentlint.Configuration configuration, RuleDescriptor descriptor) {
        ContentlintConfig config = configuration.config();
        String id = descriptor.id();
        List<String> lines = new ArrayList<>();
        lines.add(id + ": " + descriptor.summary());
        Severity current = configuration.rules().severity(id);
        lines.add("Default severity: " + descriptor.severity().label() + "; in effect: " + current.label()
                + (isSet(config, id) ? " (set in " + config.source() + ")" : ""));
        lines.add("Defined in: " + (fromRepository(configuration, descriptor) ? descriptor.source()
                : "rules/" + id + ".yml of the plugin") + " (" + switch (descriptor.kind()) {
                    case JAVA -> "a Java rule";
                    case PATTERN -> "a pattern rule";
                    case ENGINE -> "reported by the engine";
                } + ")");
        if (!descriptor.description().isEmpty()) {
            lines.add("");
            lines.add("Description:");
            descriptor.description().lines().forEach(line -> lines.add(line.isBlank() ? "" : "  " + line));
        }
        lines.add("");
        if (descriptor.options().isEmpty()) {
            lines.add("Options: none");
        } else {
            lines.add("Options (in " + Contentlint.CONFIG_FILE_NAME + ": rules: {" + id + ": {options: {name: value}}}):");
            RuleSettings settings = config.rules().get(id);
            for (OptionSpec spec : descriptor.options().values()) {
                Object value = current(settings, spec);
                boolean set = settings != null && settings.options().containsKey(spec.name());
                String shown = flow(value);
                if (sameValue(value, spec.defaultValue()) && shown.length() > LONG) {
                    shown = "the default";
                }
                lines.add("  " + spec.name() + " (" + spec.type().name().toLowerCase(Locale.ROOT)
                        + "): default " + flow(spec.defaultValue()) + ", current " + shown
                        + (set ? " (set in " + config.source() + ")" : ""));
                wrap(spec.description(), "      ", lines);
            }
        }
        List<PathOverride> naming = config.overrides().stream()
                .filter(override -> override.rules().containsKey(id)).toList();
        if (!naming.isEmpty()) {
            lines.add("");
            lines.add("Overrides that set it (in order; the last match wins):");
            naming.forEach(override -> lines.addAll(overrideLines(override, config.source())));
        }
        if (descriptor.kind() == RuleDescriptor.Kind.PATTERN) {
            lines.add("");
            lines.addAll(patternLines(descriptor));
        }
        if (!descriptor.examples().isEmpty()) {
            lines.add("");
            lines.add("Examples:");
            for (Map<String, Object> example : descriptor.examples()) {
                Object description = example.get("description");
                lines.add("  " + example.getOrDefault("kind", "example")
                        + (description == null ? "" : ": " + String.valueOf(description).strip()));
                String.valueOf(example.getOrDefault("post", "")).stripTrailing().lines()
                        .forEach(line -> lines.add("      " + line));
            }
        }
        return lines;
    }

    /**
     * One entry of {@code overrides}: where it is, its globs, and what it sets for each rule. The
     * one place that prints an entry, for the listing and for one rule's documentation alike.
     */
    static List<String> overrideLines(PathOverride override, String source) {
        List<String> lines = new ArrayList<>();
        lines.add("  " + source + ":" + override.line() + ": files " + flow(override.files()));
        override.rules().forEach((id, settings) -> {
            List<String> parts = new ArrayList<>();
            if (settings.severity() != null) {
                parts.add(settings.severity().label());
            }
            if (!settings.options().isEmpty()) {
                parts.add("options " + flow(settings.options()));
            }
            lines.add("      " + id + ": " + String.join(", ", parts));
        });
        return lines;
    }

    private static List<String> ruleLines(Contentlint.Configuration configuration, RuleDescriptor descriptor) {
        ContentlintConfig config = configuration.config();
        String id = descriptor.id();
        List<String> lines = new ArrayList<>();
        Severity severity = configuration.rules().severity(id);
        boolean changed = severity != descriptor.severity();
        lines.add((changed ? CHANGED : SAME) + id + ": " + severity.label()
                + note(changed, isSet(config, id), descriptor.severity().label(), config.source())
                + (fromRepository(configuration, descriptor) ? " [" + descriptor.source() + "]" : ""));
        lines.add("      " + descriptor.summary());
        RuleSettings settings = config.rules().get(id);
        for (OptionSpec spec : descriptor.options().values()) {
            Object value = current(settings, spec);
            boolean differs = !sameValue(value, spec.defaultValue());
            boolean set = settings != null && settings.options().containsKey(spec.name());
            String shown = flow(value);
            if (!differs && shown.length() > LONG) {
                // a long default (a list of regexes) would bury the rest; it is one goal call away
                shown = "the default, " + size(value) + " (see -Dcontentlint.rule=" + id + ")";
            }
            lines.add("    " + (differs ? CHANGED : SAME) + spec.name() + ": " + shown
                    + note(differs, set, flow(spec.defaultValue()), config.source()));
        }
        return lines;
    }

    private static String keysLine(FrontMatterKeys keys, String source) {
        List<String> parts = new ArrayList<>();
        boolean changed = false;
        for (String field : FrontMatterKeys.FIELDS) {
            String name = keys.keyFor(field);
            boolean differs = !name.equals(FrontMatterKeys.DEFAULT.keyFor(field));
            changed |= differs;
            parts.add(field + ": " + name + (differs ? " (default " + FrontMatterKeys.DEFAULT.keyFor(field) + ")" : ""));
        }
        return "Front matter keys: " + String.join(", ", parts) + (changed ? " (set in " + source + ")" : "");
    }

    /** " (default X; set in F)" for a changed value, " (set in F; same as the default)" for one written as is. */
    private static String note(boolean differs, boolean set, String defaultValue, String source) {
        if (differs) {
            return "  (default " + defaultValue + (set ? "; set in " + source : "") + ")";
        }
        return set ? "  (set in " + source + "; same as the default)" : "";
    }

    private static boolean fromRepository(Contentlint.Configuration configuration, RuleDescriptor descriptor) {
        return configuration.repositoryRules().stream().anyMatch(rule -> rule.id().equals(descriptor.id()));
    }

    private static boolean isSet(ContentlintConfig config, String id) {
        RuleSettings settings = config.rules().get(id);
        return settings != null && settings.severity() != null;
    }

    private static Object current(RuleSettings settings, OptionSpec spec) {
        return settings != null && settings.options().containsKey(spec.name())
                ? settings.options().get(spec.name()) : spec.defaultValue();
    }

    private static List<String> patternLines(RuleDescriptor descriptor) {
        Map<String, Object> definition = descriptor.definition();
        List<String> lines = new ArrayList<>();
        lines.add("Patterns (RE2 syntax; scope " + flow(definition.get("scope")) + "; {0} = the match, {1}.. = groups):");
        if (definition.get("patterns") instanceof List<?> patterns) {
            for (Object entry : patterns) {
                if (!(entry instanceof Map<?, ?> map)) {
                    continue;
                }
                lines.add("  " + map.get("regex") + (map.containsKey("scope") ? "  (scope " + flow(map.get("scope")) + ")" : "")
                        + (map.containsKey("requires") ? "  (only in a post that also matches " + map.get("requires") + ")" : ""));
                lines.add("      " + map.get("message"));
            }
        }
        return lines;
    }

    private static String size(Object value) {
        if (value instanceof List<?> list) {
            return list.size() == 1 ? "1 entry" : list.size() + " entries";
        }
        if (value instanceof Map<?, ?> map) {
            return map.size() == 1 ? "1 key" : map.size() + " keys";
        }
        return String.valueOf(value).length() + " characters";
    }

    /** Appends a paragraph wrapped at {@link #WIDTH}, each line behind the indent. */
    private static void wrap(String text, String indent, List<String> lines) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > indent.length()) {
            lines.add(line.toString());
        }
    }

    /** A value as it would be written in YAML's flow style: {@code [title, date]}, {@code {a: 1}}, {@code none}. */
    static String flow(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(flow(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((key, item) -> entries.add(flow(key) + ": " + flow(item)));
            return "{" + String.join(", ", entries) + "}";
        }
        if (value instanceof String text && (text.isEmpty() || !text.strip().equals(text)
                || text.matches(".*[,:\\[\\]{}#\"'].*") || text.matches("(?i)none|null|true|false|yes|no|on|off|[-+.0-9*&!%@`|>].*"))) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return String.valueOf(value);
    }

    /** Equal as configuration values: 500 written in the file equals the catalog's 500 whatever their Java types. */
    static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> other = y.iterator();
            return x.stream().allMatch(item -> sameValue(item, other.next()));
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.size() == y.size() && x.entrySet().stream()
                    .allMatch(entry -> y.containsKey(entry.getKey()) && sameValue(entry.getValue(), y.get(entry.getKey())));
        }
        return Objects.equals(a, b);
    }
}
