package io.github.contentlint.config;

import io.github.contentlint.api.Severity;
import io.github.contentlint.rules.PatternRuleException;
import io.github.contentlint.rules.PatternRules;
import io.github.contentlint.rules.RuleCatalog;
import io.github.contentlint.rules.RuleDescriptor;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
 * A repository's own pattern rules: every {@code .contentlint/rules/*.yml} (or {@code .yaml}) in
 * the base directory, in file name order. Each file is checked when it is loaded, and anything
 * wrong fails the run at once naming the file, the line and what to write instead: YAML that
 * does not parse, a missing field, a type other than {@code pattern}, an id a built-in rule or
 * another file already has, a regex RE2 does not accept, an unknown scope, a missing message.
 * Once loaded, a rule is configured in {@code .contentlint.yml} like any other.
 */
public final class PatternRuleFiles {

    /** Where the files live, relative to the base directory. */
    public static final String DIRECTORY = ".contentlint/rules";

    private PatternRuleFiles() {
    }

    /**
     * Reads and checks every rule file of a base directory.
     *
     * @param baseDirectory the folder holding {@code .contentlint/rules/}
     * @param catalog the catalog the rules join (their ids must be new to it)
     * @return the rules' catalog entries, in file name order; empty when there is no such folder
     * @throws ConfigException naming the file, the line and the problem
     */
    public static List<RuleDescriptor> load(Path baseDirectory, RuleCatalog catalog) throws ConfigException {
        Path directory = baseDirectory.resolve(DIRECTORY);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(PatternRuleFiles::isRuleFile).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(DIRECTORY, 0, "cannot be listed (" + e.getMessage() + ")");
        }
        List<RuleDescriptor> descriptors = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (Path file : files) {
            String display = DIRECTORY + "/" + file.getFileName();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigException(display, 0, "cannot be read as UTF-8 text (" + e.getMessage() + ")");
            }
            RuleDescriptor descriptor = parse(text, display, catalog);
            String earlier = ids.putIfAbsent(descriptor.id(), display);
            if (earlier != null) {
                throw new ConfigException(display, lineOf(compose(text, display), List.of("id")), "rule id '"
                        + descriptor.id() + "' is already used by " + earlier + ": give each rule its own id");
            }
            descriptors.add(descriptor);
        }
        return descriptors;
    }

    private static boolean isRuleFile(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".yml") || name.endsWith(".yaml")) && Files.isRegularFile(file);
    }

    /**
     * Checks one rule file's text.
     *
     * @param text the file's content
     * @param file the name to report it under
     * @param catalog the catalog the rule joins
     * @throws ConfigException naming the file, the line and the problem
     */
    public static RuleDescriptor parse(String text, String file, RuleCatalog catalog) throws ConfigException {
        Node root = compose(text, file);
        Object loaded;
        try {
            loaded = yaml().load(text); // load(), unlike compose(), refuses duplicate keys
        } catch (MarkedYAMLException e) {
            throw new ConfigException(file, e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    "is not valid YAML: " + oneLine(e.getProblem()));
        } catch (YAMLException e) {
            throw new ConfigException(file, 0, "is not valid YAML: " + oneLine(e.getMessage()));
        }
        if (!(loaded instanceof Map<?, ?> map) || !(root instanceof MappingNode)) {
            throw new ConfigException(file, 1, "a rule file is a mapping: id, type: pattern, summary, severity,"
                    + " scope and patterns");
        }
        for (String key : List.of("id", "type", "summary", "severity")) {
            Object value = map.get(key);
            if (value == null || String.valueOf(value).isBlank()) {
                throw new ConfigException(file, 1, "missing '" + key + "'" + switch (key) {
                    case "id" -> ": name the rule, like id: no-marketing-words";
                    case "type" -> ": write type: pattern";
                    case "summary" -> ": say in one line what the rule reports";
                    default -> ": write off, info, warning or error";
                });
            }
        }
        String id = String.valueOf(map.get("id")).strip();
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new ConfigException(file, lineOf(root, List.of("id")), "rule id '" + id
                    + "' must be lower-case letters, digits and dashes, like no-marketing-words");
        }
        if (!"pattern".equals(String.valueOf(map.get("type")).strip())) {
            throw new ConfigException(file, lineOf(root, List.of("type")), "type '" + map.get("type")
                    + "' is not allowed here: a rule in " + DIRECTORY + " is type: pattern (Java rules come in as"
                    + " plugin dependencies)");
        }
        try {
            Severity.parse(String.valueOf(map.get("severity")));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, lineOf(root, List.of("severity")), e.getMessage());
        }
        if (catalog.find(id).isPresent()) {
            throw new ConfigException(file, lineOf(root, List.of("id")), "rule id '" + id
                    + "' is already taken by a built-in rule: choose another id");
        }
        RuleDescriptor descriptor;
        try {
            descriptor = RuleCatalog.parse(text, file);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, 1, oneLine(e.getMessage()));
        }
        try {
            PatternRules.compile(descriptor);
        } catch (PatternRuleException e) {
            throw new ConfigException(file, lineOf(root, e.path()), e.getMessage());
        }
        return descriptor;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(1024 * 1024);
        return new Yaml(new SafeConstructor(options));
    }

    private static Node compose(String text, String file) throws ConfigException {
        try {
            return yaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new ConfigException(file, e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    "is not valid YAML: " + oneLine(e.getProblem()));
        } catch (YAMLException e) {
            throw new ConfigException(file, 0, "is not valid YAML: " + oneLine(e.getMessage()));
        }
    }

    /** The 1-based line of the value at a path of keys and list indexes, or of the nearest node above it. */
    static int lineOf(Node root, List<Object> path) {
        if (root == null) {
            return 1;
        }
        Node node = root;
        int line = root.getStartMark().getLine() + 1;
        for (Object step : path) {
            Node next = null;
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(String.valueOf(step))) {
                        next = tuple.getValueNode();
                        line = key.getStartMark().getLine() + 1;
                        break;
                    }
                }
            } else if (node instanceof SequenceNode sequence && step instanceof Integer index
                    && index < sequence.getValue().size()) {
                next = sequence.getValue().get(index);
                line = next.getStartMark().getLine() + 1;
            }
            if (next == null) {
                break;
            }
            node = next;
        }
        return line;
    }

    private static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s+", " ").trim();
    }
}
