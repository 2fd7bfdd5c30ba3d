package io.github.contentlint.engine;

import io.github.contentlint.api.FrontMatterKeys;
import io.github.contentlint.api.Rule;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.RuleOptions;
import io.github.contentlint.api.Severity;
import io.github.contentlint.config.ConfigException;
import io.github.contentlint.config.ContentlintConfig;
import io.github.contentlint.config.PathOverride;
import io.github.contentlint.config.RuleSettings;
import io.github.contentlint.rules.BuiltInRules;
import io.github.contentlint.rules.OptionSpec;
import io.github.contentlint.rules.RuleCatalog;
import io.github.contentlint.rules.RuleDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules of one run: the catalog's rules with the configuration's severities and options
 * applied, the rules switched off left out. Immutable and shared by the worker threads.
 */
public final class RuleSet {

    public static final String UNREADABLE = "unreadable";
    public static final String INTERNAL_ERROR = "internal-error";
    public static final String UNUSED_SUPPRESSION = "unused-suppression";

    private final List<ActiveRule> active;
    private final Map<String, RuleContext> engineContexts;
    private final RuleCatalog catalog;
    private final Map<String, Severity> severities;
    private final List<PathOverride> overrides;
    private final String fingerprint;

    private RuleSet(List<ActiveRule> active, Map<String, RuleContext> engineContexts, RuleCatalog catalog,
            Map<String, Severity> severities, List<PathOverride> overrides, Locale locale) {
        this.active = List.copyOf(active);
        this.engineContexts = Map.copyOf(engineContexts);
        this.catalog = catalog;
        this.severities = Map.copyOf(severities);
        this.overrides = List.copyOf(overrides);
        this.fingerprint = fingerprint(this.active, this.engineContexts, catalog, locale);
    }

    /**
     * Applies a configuration to the catalog.
     *
     * @throws ConfigException when a rule refuses its options
     */
    public static RuleSet resolve(RuleCatalog catalog, ContentlintConfig config, Locale locale, ClassLoader classLoader)
            throws ConfigException {
        Map<String, Rule> implementations = BuiltInRules.forCatalog(catalog, classLoader);
        List<ActiveRule> active = new ArrayList<>();
        Map<String, RuleContext> engineContexts = new LinkedHashMap<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        FrontMatterKeys keys = config.keys();
        for (RuleDescriptor descriptor : catalog.all()) {
            RuleSettings settings = config.rules().get(descriptor.id());
            Severity severity = settings != null && settings.severity() != null ? settings.severity() : descriptor.severity();
            severities.put(descriptor.id(), severity);
            if (severity == Severity.OFF) {
                // off at the top but on for some paths: the rule runs, and its findings elsewhere are dropped
                severity = firstOnInOverrides(descriptor.id(), config.overrides());
            }
            RuleOptions options = options(descriptor, settings);
            RuleContext context = new RuleContext(descriptor.id(), severity, options, keys,
                    BuiltInRules.messages(descriptor, locale));
            if (descriptor.kind() == RuleDescriptor.Kind.ENGINE) {
                engineContexts.put(descriptor.id(), context);
                continue;
            }
            if (severity == Severity.OFF) {
                continue;
            }
            Rule rule = implementations.get(descriptor.id());
            try {
                rule.validate(options);
            } catch (IllegalArgumentException e) {
                throw new ConfigException((config.source() == null ? "configuration" : config.source())
                        + ": rules." + descriptor.id() + ".options: " + e.getMessage());
            }
            active.add(new ActiveRule(rule, context));
        }
        return new RuleSet(active, engineContexts, catalog, severities, config.overrides(), locale);
    }

    private static Severity firstOnInOverrides(String id, List<PathOverride> overrides) {
        for (PathOverride override : overrides) {
            Severity severity = override.severities().get(id);
            if (severity != null && severity != Severity.OFF) {
                return severity;
            }
        }
        return Severity.OFF;
    }

    /**
     * The severity of a rule's findings on one post: the top-level setting (or the catalog's
     * default), then each matching entry of {@code overrides} in order, the last one winning.
     * {@link Severity#OFF} means the finding is dropped.
     */
    public Severity severityFor(String ruleId, String path) {
        Severity severity = severities.getOrDefault(ruleId, Severity.ERROR);
        for (PathOverride override : overrides) {
            Severity set = override.severities().get(ruleId);
            if (set != null && override.matches(path)) {
                severity = set;
            }
        }
        return severity;
    }

    /** A rule's severity from the top-level configuration (or the catalog's default), before {@code overrides}. */
    public Severity severity(String ruleId) {
        return severities.getOrDefault(ruleId, Severity.ERROR);
    }

    private static RuleOptions options(RuleDescriptor descriptor, RuleSettings settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (OptionSpec spec : descriptor.options().values()) {
            values.put(spec.name(), spec.defaultValue());
        }
        if (settings != null) {
            values.putAll(settings.options());
        }
        return new RuleOptions(values);
    }

    public List<ActiveRule> active() {
        return active;
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    /**
     * Everything about these rules that can change a finding: ids, severities, options, the
     * catalog entries (a user's pattern rule edited), the key names and the locale. Cached
     * findings are valid only under the same fingerprint.
     */
    public String fingerprint() {
        return fingerprint;
    }

    private static String fingerprint(List<ActiveRule> active, Map<String, RuleContext> engineContexts,
            RuleCatalog catalog, Locale locale) {
        List<Object> parts = new ArrayList<>();
        parts.add(locale.toLanguageTag());
        for (ActiveRule rule : active) {
            RuleContext context = rule.context();
            parts.add(List.of(context.ruleId(), context.severity().name(), context.options().asMap().toString(),
                    context.keys().toString(), catalog.get(context.ruleId()).definition().toString(),
                    rule.rule().getClass().getName()));
        }
        engineContexts.values().forEach(context -> parts.add(context.ruleId() + "=" + context.severity()));
        return parts.toString();
    }

    /** The context of an engine-reported rule ({@link #UNREADABLE}, {@link #INTERNAL_ERROR}). */
    public RuleContext engineContext(String id) {
        RuleContext context = engineContexts.get(id);
        if (context == null) {
            throw new IllegalStateException("the catalog has no engine rule " + id);
        }
        return context;
    }
}
