package io.github.contentlint.config;

import io.github.contentlint.api.FrontMatterKeys;
import io.github.contentlint.api.Severity;
import io.github.contentlint.rules.OptionSpec;
import io.github.contentlint.rules.RuleCatalog;
import io.github.contentlint.rules.RuleDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and validates {@code .contentlint.yml}. Anything it does not understand fails at once,
 * naming the file, the line and what is allowed: an unknown rule or option, a wrong type, a
 * severity that is not one of off, info, warning, error.
 */
public final class ConfigLoader {

    private static final Set<String> TOP_LEVEL = Set.of("keys", "includes", "excludes", "rules", "overrides");

    private final RuleCatalog catalog;

    public ConfigLoader(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    public ContentlintConfig load(Path file, String displayName) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(displayName, 0, "cannot be read (" + e.getMessage() + ")");
        }
        return parse(text, displayName);
    }

    public ContentlintConfig parse(String text, String file) throws ConfigException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        Node root;
        Object loaded;
        try {
            Yaml yaml = new Yaml(new SafeConstructor(options));
            root = yaml.compose(new java.io.StringReader(text));
            loaded = yaml.load(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ConfigException(file, line, "is not valid YAML: " + oneLine(e.getProblem())
                    + " (write `rules:` with one `rule-id: severity` per line)");
        } catch (YAMLException e) {
            throw new ConfigException(file, 0, "is not valid YAML: " + oneLine(e.getMessage()));
        }
        if (loaded == null) {
            return new ContentlintConfig(FrontMatterKeys.DEFAULT, null, null, Map.of(), file);
        }
        if (!(loaded instanceof Map<?, ?> top) || !(root instanceof MappingNode rootNode)) {
            throw new ConfigException(file, 1, "must be a mapping with keys, includes, excludes, rules and overrides");
        }
        Lines lines = new Lines(file, rootNode);
        for (Object key : top.keySet()) {
            if (!TOP_LEVEL.contains(String.valueOf(key))) {
                throw lines.error(List.of(String.valueOf(key)), "unknown key '" + key
                        + "': the top level takes " + String.join(", ", TOP_LEVEL.stream().sorted().toList()));
            }
        }
        FrontMatterKeys keys = readKeys(top.get("keys"), lines);
        List<String> includes = readGlobs(top.get("includes"), "includes", lines);
        List<String> excludes = readGlobs(top.get("excludes"), "excludes", lines);
        Map<String, RuleSettings> rules = readRules(top.get("rules"), lines);
        List<PathOverride> overrides = readOverrides(top.get("overrides"), lines);
        return new ContentlintConfig(keys, includes, excludes, rules, file, overrides);
    }

    private FrontMatterKeys readKeys(Object value, Lines lines) throws ConfigException {
        if (value == null) {
            return FrontMatterKeys.DEFAULT;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw lines.error(List.of("keys"), "keys must be a mapping like {title: title, excerpt: description}");
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String field : FrontMatterKeys.FIELDS) {
            names.put(field, FrontMatterKeys.DEFAULT.keyFor(field));
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String field = String.valueOf(entry.getKey());
            if (!names.containsKey(field)) {
                throw lines.error(List.of("keys", field), "unknown field '" + field + "' under keys: write one of "
                        + String.join(", ", FrontMatterKeys.FIELDS));
            }
            if (!(entry.getValue() instanceof String name) || name.isBlank()) {
                throw lines.error(List.of("keys", field), "keys." + field + " must be the front matter key name, like "
                        + field + ": " + FrontMatterKeys.DEFAULT.keyFor(field));
            }
            names.put(field, name);
        }
        return new FrontMatterKeys(names.get("title"), names.get("excerpt"), names.get("date"), names.get("readingTime"));
    }

    private static List<String> readGlobs(Object value, String key, Lines lines) throws ConfigException {
        if (value == null) {
            return null;
        }
        if (value instanceof String single) {
            return List.of(single);
        }
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
            return list.stream().map(String::valueOf).toList();
        }
        throw lines.error(List.of(key), key + " must be a list of globs, like [\"_posts/**/*.md\"]");
    }

    private Map<String, RuleSettings> readRules(Object value, Lines lines) throws ConfigException {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw lines.error(List.of("rules"), "rules must be a mapping of rule ids, like rules: {reading-time: off}");
        }
        Map<String, RuleSettings> rules = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String id = String.valueOf(entry.getKey());
            List<String> path = List.of("rules", id);
            RuleDescriptor descriptor = catalog.find(id).orElseThrow(() -> lines.error(path,
                    "unknown rule '" + id + "'" + suggestion(id, catalog.ids()) + "; known rules: "
                            + String.join(", ", catalog.ids())));
            rules.put(id, readRule(descriptor, entry.getValue(), path, lines));
        }
        return rules;
    }

    /**
     * {@code overrides:} a list of {files: globs, rules: {rule-id: severity | {severity, options}}}.
     * Each rule entry is read exactly as under the top-level {@code rules:}, with the same
     * messages: an override is a {@code rules:} block that applies to some paths only.
     */
    private List<PathOverride> readOverrides(Object value, Lines lines) throws ConfigException {
        if (value == null) {
            return List.of();
        }
        String shape = "overrides is a list of {files: [\"_drafts/**\"], rules: {reading-time: off}}";
        if (!(value instanceof List<?> list)) {
            throw lines.error(List.of("overrides"), shape);
        }
        List<PathOverride> overrides = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            List<String> path = List.of("overrides", String.valueOf(i));
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                throw lines.error(path, shape);
            }
            for (Object key : entry.keySet()) {
                if (!"files".equals(key) && !"rules".equals(key)) {
                    throw lines.error(append(path, String.valueOf(key)), "unknown key '" + key
                            + "' in overrides: each entry takes files and rules");
                }
            }
            Object filesValue = entry.get("files");
            List<String> files = filesValue instanceof String single ? List.of(single)
                    : filesValue instanceof List<?> globs && globs.stream().allMatch(g -> g instanceof String)
                    ? globs.stream().map(String::valueOf).toList() : null;
            if (files == null || files.isEmpty() || files.stream().anyMatch(String::isBlank)) {
                throw lines.error(append(path, "files"), "each entry of overrides needs files: the globs of the posts"
                        + " it applies to, like files: [\"_drafts/**\"]");
            }
            if (!(entry.get("rules") instanceof Map<?, ?> rules) || rules.isEmpty()) {
                throw lines.error(append(path, "rules"), "each entry of overrides needs rules: a mapping of rule ids"
                        + " to a severity or {severity: …, options: {…}}, like rules: {reading-time: off}");
            }
            Map<String, RuleSettings> settings = new LinkedHashMap<>();
            for (Map.Entry<?, ?> rule : rules.entrySet()) {
                String id = String.valueOf(rule.getKey());
                List<String> rulePath = append(append(path, "rules"), id);
                checkRuleId(id, rulePath, lines);
                settings.put(id, readRule(catalog.get(id), rule.getValue(), rulePath, lines));
            }
            overrides.add(new PathOverride(files, settings, lines.lineOf(path)));
        }
        return overrides;
    }

    private void checkRuleId(String id, List<String> path, Lines lines) throws ConfigException {
        if (catalog.find(id).isEmpty()) {
            throw lines.error(path, "unknown rule '" + id + "'" + suggestion(id, catalog.ids()) + "; known rules: "
                    + String.join(", ", catalog.ids()));
        }
    }

    private RuleSettings readRule(RuleDescriptor descriptor, Object value, List<String> path, Lines lines)
            throws ConfigException {
        int line = lines.lineOf(path);
        if (value instanceof String || value instanceof Boolean) {
            return new RuleSettings(severity(value, path, lines), Map.of(), line);
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw lines.error(path, "rule " + descriptor.id() + " takes a severity (off, info, warning, error) or "
                    + "{severity: …, options: {…}}");
        }
        Severity severity = null;
        Map<String, Object> options = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            List<String> keyPath = append(path, key);
            switch (key) {
                case "severity" -> severity = severity(entry.getValue(), keyPath, lines);
                case "options" -> options.putAll(readOptions(descriptor, entry.getValue(), keyPath, lines));
                default -> throw lines.error(keyPath, "unknown key '" + key + "' for rule " + descriptor.id()
                        + ": write severity and options (" + optionNames(descriptor) + ")");
            }
        }
        return new RuleSettings(severity, options, line);
    }

    private Map<String, Object> readOptions(RuleDescriptor descriptor, Object value, List<String> path, Lines lines)
            throws ConfigException {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw lines.error(path, "options of " + descriptor.id() + " must be a mapping: " + optionNames(descriptor));
        }
        Map<String, Object> options = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String name = String.valueOf(entry.getKey());
            List<String> optionPath = append(path, name);
            OptionSpec spec = descriptor.options().get(name);
            if (spec == null) {
                throw lines.error(optionPath, "rule " + descriptor.id() + " has no option '" + name + "'"
                        + suggestion(name, List.copyOf(descriptor.options().keySet())) + "; its options: "
                        + optionNames(descriptor));
            }
            Object optionValue = entry.getValue();
            if (optionValue instanceof Integer i) {
                optionValue = i.longValue();
            }
            if (!spec.type().accepts(optionValue)) {
                throw lines.error(optionPath, "option " + name + " of " + descriptor.id() + " must be "
                        + spec.type().description() + ", not " + describe(optionValue)
                        + " (default: " + spec.defaultValue() + ")");
            }
            options.put(name, optionValue);
        }
        return options;
    }

    private static Severity severity(Object value, List<String> path, Lines lines) throws ConfigException {
        if (Boolean.FALSE.equals(value)) {
            return Severity.OFF; // `reading-time: off` reads as false in YAML 1.1
        }
        try {
            return Severity.parse(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw lines.error(path, e.getMessage());
        }
    }

    private static String optionNames(RuleDescriptor descriptor) {
        return descriptor.options().isEmpty() ? "it has no options" : String.join(", ", descriptor.options().keySet());
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String s) {
            return "the string \"" + s + "\"";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        return String.valueOf(value);
    }

    private static List<String> append(List<String> path, String key) {
        List<String> longer = new ArrayList<>(path);
        longer.add(key);
        return longer;
    }

    /** " (did you mean 'x'?)" for a near miss, or nothing. */
    public static String suggestion(String wrong, List<String> known) {
        return nearest(wrong, known).map(best -> " (did you mean '" + best + "'?)").orElse("");
    }

    /** The known name a typo most likely meant, if one is close enough. */
    public static java.util.Optional<String> nearest(String wrong, List<String> known) {
        return known.stream()
                .min(Comparator.comparingInt(k -> distance(wrong, k)))
                .filter(best -> distance(wrong, best) <= Math.max(2, wrong.length() / 4));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s+", " ").trim();
    }

    /** Finds the line of a key path in the composed YAML, for error messages. */
    private record Lines(String file, MappingNode root) {

        ConfigException error(List<String> path, String message) {
            return new ConfigException(file, lineOf(path), message);
        }

        int lineOf(List<String> path) {
            Node node = root;
            int line = root.getStartMark().getLine() + 1;
            for (String key : path) {
                if (node instanceof SequenceNode sequence && key.chars().allMatch(Character::isDigit)) {
                    int index = Integer.parseInt(key);
                    if (index >= sequence.getValue().size()) {
                        break;
                    }
                    node = sequence.getValue().get(index);
                    line = node.getStartMark().getLine() + 1;
                    continue;
                }
                if (!(node instanceof MappingNode mapping)) {
                    break;
                }
                Node next = null;
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                        line = scalar.getStartMark().getLine() + 1;
                        next = tuple.getValueNode();
                        break;
                    }
                }
                if (next == null) {
                    break;
                }
                node = next;
            }
            return line;
        }
    }
}
