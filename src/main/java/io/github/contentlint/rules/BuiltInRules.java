package io.github.contentlint.rules;

import io.github.contentlint.api.MessageSource;
import io.github.contentlint.api.Rule;
import io.github.contentlint.rules.truncation.NoTruncatedEndingRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * Where a rule's messages come from: a pattern rule carries them in its YAML, any other rule
     * in its resource bundle.
     */
    public static MessageSource messages(RuleDescriptor descriptor, Locale locale) {
        return descriptor.kind() == RuleDescriptor.Kind.PATTERN
                ? PatternMessages.of(descriptor, locale)
                : new BundleMessages(descriptor.id(), locale);
    }

    /** The Java rules that ship with contentlint. */
    static List<Rule> javaRules() {
        return List.of(new FrontMatterRule(), new ReadingTimeRule(), new TitleFormatRule(), new TitleMatchesExcerptRule(),
                new NoTruncatedEndingRule(), new NoRepeatedParagraphsRule());
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
                case PATTERN -> {
                    try {
                        implementations.put(descriptor.id(), PatternRules.compile(descriptor));
                    } catch (PatternRuleException e) {
                        throw new IllegalStateException(descriptor.source() + ": " + e.getMessage(), e);
                    }
                }
                case ENGINE -> {
                    // reported by the engine itself
                }
            }
        }
        return implementations;
    }
}
