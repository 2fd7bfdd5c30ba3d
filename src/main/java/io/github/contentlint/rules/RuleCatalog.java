package io.github.contentlint.rules;

import io.github.contentlint.api.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The rule catalog: every {@code rules/<id>.yml}, packaged into the jar under
 * {@code contentlint/rules/} and listed in {@code contentlint/rules/index.txt}. It is the single
 * source of each rule's default severity, options and documentation.
 */
public final class RuleCatalog {

    static final String RESOURCE_ROOT = "contentlint/rules/";

    private final Map<String, RuleDescriptor> descriptors;

    private RuleCatalog(Map<String, RuleDescriptor> descriptors) {
        this.descriptors = descriptors;
    }

    /** Reads the catalog shipped in the plugin jar. */
    public static RuleCatalog builtIn() {
        ClassLoader loader = RuleCatalog.class.getClassLoader();
        Map<String, RuleDescriptor> descriptors = new LinkedHashMap<>();
        for (String id : readIndex(loader)) {
            String resource = RESOURCE_ROOT + id + ".yml";
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("rule catalog lists " + id + " but has no " + resource);
                }
                RuleDescriptor descriptor = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
                if (!descriptor.id().equals(id)) {
                    throw new IllegalStateException(resource + " declares id " + descriptor.id());
                }
                descriptors.put(id, descriptor);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RuleCatalog(descriptors);
    }

    /** This catalog plus more descriptors (a user's own pattern rules); later ones must have new ids. */
    public RuleCatalog with(Collection<RuleDescriptor> more) {
        Map<String, RuleDescriptor> all = new LinkedHashMap<>(descriptors);
        for (RuleDescriptor descriptor : more) {
            if (all.putIfAbsent(descriptor.id(), descriptor) != null) {
                throw new IllegalArgumentException(descriptor.source() + ": rule id '" + descriptor.id()
                        + "' is already taken by a built-in rule: choose another id");
            }
        }
        return new RuleCatalog(all);
    }

    /**
     * The ids of every {@code contentlint/rules/index.txt} on the class path: the plugin's own,
     * then those of custom rule jars added as plugin dependencies.
     */
    private static List<String> readIndex(ClassLoader loader) {
        try {
            List<String> ids = new ArrayList<>();
            java.util.Enumeration<java.net.URL> indexes = loader.getResources(RESOURCE_ROOT + "index.txt");
            if (!indexes.hasMoreElements()) {
                throw new IllegalStateException("no " + RESOURCE_ROOT + "index.txt on the class path");
            }
            while (indexes.hasMoreElements()) {
                try (InputStream in = indexes.nextElement().openStream()) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        String id = line.strip();
                        if (!id.isEmpty() && !id.startsWith("#") && !ids.contains(id)) {
                            ids.add(id);
                        }
                    }
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses one catalog file.
     *
     * @param yaml the file's text
     * @param source where it came from, for messages
     * @throws IllegalArgumentException when a required field is missing or wrong
     */
    @SuppressWarnings("unchecked")
    public static RuleDescriptor parse(String yaml, String source) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(source + ": a rule file is a mapping with id, summary and severity");
        }
        Map<String, Object> definition = (Map<String, Object>) map;
        String id = requireString(definition, "id", source);
        String kindText = String.valueOf(definition.getOrDefault("type", "java"));
        RuleDescriptor.Kind kind;
        try {
            kind = RuleDescriptor.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": type '" + kindText + "' is not one of java, pattern, engine");
        }
        Map<String, OptionSpec> options = new LinkedHashMap<>();
        Object optionsValue = definition.get("options");
        if (optionsValue instanceof Map<?, ?> optionMap) {
            for (Map.Entry<?, ?> entry : optionMap.entrySet()) {
                String name = String.valueOf(entry.getKey());
                if (!(entry.getValue() instanceof Map<?, ?> spec)) {
                    throw new IllegalArgumentException(source + ": option " + name + " needs type, default and description");
                }
                OptionType type = OptionType.parse(String.valueOf(spec.get("type")));
                Object defaultValue = spec.get("default");
                if (defaultValue != null && !type.accepts(defaultValue)) {
                    throw new IllegalArgumentException(source + ": default of option " + name + " is not " + type.description());
                }
                options.put(name, new OptionSpec(name, type, defaultValue, String.valueOf(spec.get("description"))));
            }
        }
        List<Map<String, Object>> examples = definition.get("examples") instanceof List<?> list
                ? (List<Map<String, Object>>) list : List.of();
        return new RuleDescriptor(
                id, kind,
                requireString(definition, "summary", source),
                String.valueOf(definition.getOrDefault("description", "")).strip(),
                Severity.parse(requireString(definition, "severity", source)),
                options, examples, definition, source);
    }

    private static String requireString(Map<String, Object> definition, String key, String source) {
        Object value = definition.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException(source + ": missing '" + key + "'");
        }
        return String.valueOf(value).strip();
    }

    public Collection<RuleDescriptor> all() {
        return descriptors.values();
    }

    public Optional<RuleDescriptor> find(String id) {
        return Optional.ofNullable(descriptors.get(id));
    }

    public RuleDescriptor get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no rule " + id + " in the catalog"));
    }

    public List<String> ids() {
        return List.copyOf(descriptors.keySet());
    }
}
