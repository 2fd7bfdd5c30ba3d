package io.github.contentlint.rules;

import io.github.contentlint.api.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Finds the implementation of every rule in the catalog: the built-in Java rules, custom Java
 * rules on the plugin's class path ({@link ServiceLoader}), and the pattern-rule interpreter for
 * rules written in YAML.
 */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    /** The Java rules that ship with contentlint. */
    static List<Rule> javaRules() {
        return List.of(new FrontMatterRule(), new NoRepeatedParagraphsRule());
    }

    /**
     * One implementation per rule of the catalog (engine rules have none).
     *
     * @throws IllegalStateException when a catalog entry has no implementation
     */
    public static Map<String, Rule> forCatalog(RuleCatalog catalog, ClassLoader classLoader) {
        Map<String, Rule> javaRules = new LinkedHashMap<>();
        for (Rule rule : javaRules()) {
            javaRules.put(rule.id(), rule);
        }
        for (Rule rule : ServiceLoader.load(Rule.class, classLoader)) {
            javaRules.putIfAbsent(rule.id(), rule);
        }
        Map<String, Rule> implementations = new LinkedHashMap<>();
        for (RuleDescriptor descriptor : catalog.all()) {
            switch (descriptor.kind()) {
                case JAVA -> {
                    Rule rule = javaRules.get(descriptor.id());
                    if (rule == null) {
                        throw new IllegalStateException(descriptor.source() + " declares a Java rule, but no class on the"
                                + " class path has id " + descriptor.id());
                    }
                    implementations.put(descriptor.id(), rule);
                }
                case PATTERN -> throw new IllegalStateException(descriptor.source()
                        + ": pattern rules need the pattern-rule interpreter");
                case ENGINE -> {
                    // reported by the engine itself
                }
            }
        }
        return implementations;
    }
}
