package io.github.contentlint.engine;

import io.github.contentlint.api.CrossPostRule;
import io.github.contentlint.api.FrontMatterKeys;
import io.github.contentlint.api.MessageSource;
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
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules of one run: the catalog's rules with the configuration's severities and options
 * applied, the rules switched off left out. Immutable to its users and shared by the worker
 * threads.
 *
 * <p>{@code overrides:} make the rules depend on a post's path. The rules a post runs with are
 * resolved once per distinct combination of matching overrides and remembered (most sites have
 * two or three), so a post pays only for matching its path against the overrides' globs; with no
 * overrides it pays nothing. Equal settings share one {@link RuleContext}, so a rule that
 * compiles its options once per context does so once per distinct set of options.
 */
public final class RuleSet {

    public static final String UNREADABLE = "unreadable";
    public static final String INTERNAL_ERROR = "internal-error";
    public static final String UNUSED_SUPPRESSION = "unused-suppression";

    /**
     * Overrides giving one rule settings up to this count are validated in every combination a
     * post could match; past it, one by one and all together (a cross-option check such as
     * {@code minimum <= maximum} could then miss a combination nobody writes).
     */
    private static final int MAX_VALIDATED_COMBINATIONS = 10;

    private final RuleCatalog catalog;
    private final Map<String, Rule> implementations;
    private final Map<String, MessageSource> messages;
    private final FrontMatterKeys keys;
    private final Map<String, RuleSettings> topLevel;
    private final List<PathOverride> overrides;
    private final Map<String, RuleContext> engineContexts;
    private final Map<ContextKey, ActiveRule> contexts = new ConcurrentHashMap<>();
    private final Map<BitSet, Resolution> resolutions = new ConcurrentHashMap<>();
    private final Resolution base;
    private final String fingerprint;

    /** The rules for one combination of matching overrides: what runs, and every rule's severity. */
    private record Resolution(List<ActiveRule> active, Map<String, ActiveRule> byId, Map<String, Severity> severities) {
    }

    /** What makes two rule contexts interchangeable. */
    private record ContextKey(String id, Severity severity, Map<String, Object> options) {
    }

    /** One rule's settings after a chain of configuration entries. */
    private record Effective(Severity severity, Map<String, Object> options) {
    }

    private RuleSet(RuleCatalog catalog, Map<String, Rule> implementations, ContentlintConfig config, Locale locale) {
        this.catalog = catalog;
        this.implementations = Map.copyOf(implementations);
        this.keys = config.keys();
        this.topLevel = Map.copyOf(config.rules());
        this.overrides = List.copyOf(config.overrides());
        Map<String, MessageSource> bundles = new LinkedHashMap<>();
        Map<String, RuleContext> engine = new LinkedHashMap<>();
        for (RuleDescriptor descriptor : catalog.all()) {
            bundles.put(descriptor.id(), BuiltInRules.messages(descriptor, locale));
        }
        this.messages = Collections.unmodifiableMap(bundles);
        for (RuleDescriptor descriptor : catalog.all()) {
            if (descriptor.kind() == RuleDescriptor.Kind.ENGINE) {
                Effective top = effective(descriptor, new BitSet());
                Severity severity = top.severity() == Severity.OFF ? firstOnInOverrides(descriptor.id()) : top.severity();
                engine.put(descriptor.id(), new RuleContext(descriptor.id(), severity, new RuleOptions(top.options()),
                        keys, messages.get(descriptor.id())));
            }
        }
        this.engineContexts = Collections.unmodifiableMap(engine);
        this.base = resolveCombination(new BitSet());
        this.fingerprint = fingerprint(locale);
    }

    /**
     * Applies a configuration to the catalog, and checks every rule's options with the rule's own
     * {@link Rule#validate}: the top-level ones, and those a post matching some overrides gets.
     *
     * @throws ConfigException when a rule refuses its options
     */
    public static RuleSet resolve(RuleCatalog catalog, ContentlintConfig config, Locale locale, ClassLoader classLoader)
            throws ConfigException {
        RuleSet rules = new RuleSet(catalog, BuiltInRules.forCatalog(catalog, classLoader), config, locale);
        rules.validate(config.source() == null ? "configuration" : config.source());
        return rules;
    }

    private Severity firstOnInOverrides(String id) {
        for (PathOverride override : overrides) {
            Severity severity = override.severities().get(id);
            if (severity != null && severity != Severity.OFF) {
                return severity;
            }
        }
        return Severity.OFF;
    }

    /** A rule's settings: catalog defaults, then {@code rules:}, then the given overrides in file order. */
    private Effective effective(RuleDescriptor descriptor, BitSet matched) {
        Map<String, Object> options = new LinkedHashMap<>();
        for (OptionSpec spec : descriptor.options().values()) {
            options.put(spec.name(), spec.defaultValue());
        }
        Severity severity = descriptor.severity();
        RuleSettings top = topLevel.get(descriptor.id());
        if (top != null) {
            severity = top.severity() != null ? top.severity() : severity;
            options.putAll(top.options());
        }
        for (int i = matched.nextSetBit(0); i >= 0; i = matched.nextSetBit(i + 1)) {
            RuleSettings set = overrides.get(i).rules().get(descriptor.id());
            if (set != null) {
                severity = set.severity() != null ? set.severity() : severity;
                options.putAll(set.options()); // one option at a time; a list value replaces the earlier list
            }
        }
        return new Effective(severity, Collections.unmodifiableMap(options));
    }

    private Resolution resolveCombination(BitSet matched) {
        List<ActiveRule> active = new ArrayList<>();
        Map<String, ActiveRule> byId = new LinkedHashMap<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (RuleDescriptor descriptor : catalog.all()) {
            Effective settings = effective(descriptor, matched);
            severities.put(descriptor.id(), settings.severity());
            if (descriptor.kind() == RuleDescriptor.Kind.ENGINE || settings.severity() == Severity.OFF) {
                continue;
            }
            ActiveRule rule = contexts.computeIfAbsent(
                    new ContextKey(descriptor.id(), settings.severity(), settings.options()),
                    key -> new ActiveRule(implementations.get(key.id()), new RuleContext(key.id(), key.severity(),
                            new RuleOptions(key.options()), keys, messages.get(key.id()))));
            active.add(rule);
            byId.put(descriptor.id(), rule);
        }
        return new Resolution(List.copyOf(active), Collections.unmodifiableMap(byId),
                Collections.unmodifiableMap(severities));
    }

    /** A rule's severity from the top-level configuration (or the catalog's default), before {@code overrides}. */
    public Severity severity(String ruleId) {
        return base.severities().getOrDefault(ruleId, Severity.ERROR);
    }

    /** The resolution for a post's path: the base one unless an override matches it. */
    private Resolution resolution(String path) {
        if (overrides.isEmpty()) {
            return base;
        }
        BitSet matched = null;
        for (int i = 0; i < overrides.size(); i++) {
            if (overrides.get(i).matches(path)) {
                if (matched == null) {
                    matched = new BitSet(overrides.size());
                }
                matched.set(i);
            }
        }
        return matched == null ? base : resolutions.computeIfAbsent(matched, this::resolveCombination);
    }

    /**
     * Runs each rule's {@link Rule#validate} on the options of the top level and of the
     * combinations of overrides a post could match, failing on the first refusal with the line of
     * the entry that set the refused options.
     */
    private void validate(String file) throws ConfigException {
        for (RuleDescriptor descriptor : catalog.all()) {
            if (descriptor.kind() == RuleDescriptor.Kind.ENGINE) {
                continue;
            }
            List<Integer> relevant = new ArrayList<>();
            for (int i = 0; i < overrides.size(); i++) {
                if (overrides.get(i).rules().containsKey(descriptor.id())) {
                    relevant.add(i);
                }
            }
            Set<Map<String, Object>> checked = new HashSet<>();
            for (BitSet combination : combinations(relevant)) {
                Effective settings = effective(descriptor, combination);
                if (settings.severity() == Severity.OFF || !checked.add(settings.options())) {
                    continue;
                }
                try {
                    implementations.get(descriptor.id()).validate(new RuleOptions(settings.options()));
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(where(file, descriptor.id(), combination) + e.getMessage());
                }
            }
        }
    }

    /** No override, each one, every combination when few, and all together. */
    private static List<BitSet> combinations(List<Integer> relevant) {
        List<BitSet> combinations = new ArrayList<>();
        if (relevant.size() <= MAX_VALIDATED_COMBINATIONS) {
            for (int mask = 0; mask < 1 << relevant.size(); mask++) {
                BitSet combination = new BitSet();
                for (int bit = 0; bit < relevant.size(); bit++) {
                    if ((mask & 1 << bit) != 0) {
                        combination.set(relevant.get(bit));
                    }
                }
                combinations.add(combination);
            }
            combinations.sort((a, b) -> Integer.compare(a.cardinality(), b.cardinality()));
            return combinations;
        }
        combinations.add(new BitSet());
        BitSet all = new BitSet();
        for (int index : relevant) {
            BitSet one = new BitSet();
            one.set(index);
            combinations.add(one);
            all.set(index);
        }
        combinations.add(all);
        return combinations;
    }

    /** "file:line: rules.id.options: " or the same naming the override(s) a post would match. */
    private String where(String file, String id, BitSet combination) {
        RuleSettings top = topLevel.get(id);
        if (combination.isEmpty()) {
            return file + (top != null && top.line() > 0 ? ":" + top.line() : "") + ": rules." + id + ".options: ";
        }
        List<String> globs = new ArrayList<>();
        int line = 0;
        for (int i = combination.nextSetBit(0); i >= 0; i = combination.nextSetBit(i + 1)) {
            PathOverride override = overrides.get(i);
            globs.add(String.join(", ", override.files()));
            line = override.rules().get(id).line();
        }
        String which = globs.size() == 1 ? "the override for " + globs.get(0)
                : "a post matching the overrides for " + String.join(" and ", globs);
        return file + (line > 0 ? ":" + line : "") + ": rules." + id + ".options in " + which + ": ";
    }

    /** The rules that run on every post no override matches: the top-level {@code rules:}. */
    public List<ActiveRule> active() {
        return base.active();
    }

    /**
     * The rules that run on one post, with the options and severities its path resolves to: the
     * top-level settings, then each matching entry of {@code overrides:} in file order.
     *
     * @param path the post's path relative to the base directory, forward slashes
     */
    public List<ActiveRule> activeFor(String path) {
        return resolution(path).active();
    }

    /**
     * Whether some post may run a cross-post rule: one is on at the top level, or an entry of
     * {@code overrides:} switches one on for some paths.
     */
    public boolean anyCrossPostRule() {
        if (base.active().stream().anyMatch(active -> active.rule() instanceof CrossPostRule<?>)) {
            return true;
        }
        return overrides.stream().flatMap(override -> override.rules().entrySet().stream())
                .anyMatch(rule -> implementations.get(rule.getKey()) instanceof CrossPostRule<?>
                        && rule.getValue().severity() != Severity.OFF);
    }

    /** The rule as it runs on one post, or null when it is off there. */
    public ActiveRule activeFor(String ruleId, String path) {
        return resolution(path).byId().get(ruleId);
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    /**
     * The severity of a rule's findings on one post: the top-level setting (or the catalog's
     * default), then each matching entry of {@code overrides} in order, the last one winning.
     * {@link Severity#OFF} means the finding is dropped.
     */
    public Severity severityFor(String ruleId, String path) {
        return resolution(path).severities().getOrDefault(ruleId, Severity.ERROR);
    }

    /**
     * Everything about these rules that can change a finding: ids, severities, options, the
     * overrides (globs, severities and options), the catalog entries (a user's pattern rule
     * edited), the key names and the locale. Cached findings are valid only under the same
     * fingerprint.
     */
    public String fingerprint() {
        return fingerprint;
    }

    private String fingerprint(Locale locale) {
        List<Object> parts = new ArrayList<>();
        parts.add(locale.toLanguageTag());
        for (ActiveRule rule : base.active()) {
            RuleContext context = rule.context();
            parts.add(List.of(context.ruleId(), context.severity().name(), context.options().asMap().toString(),
                    context.keys().toString(), catalog.get(context.ruleId()).definition().toString(),
                    rule.rule().getClass().getName()));
        }
        engineContexts.values().forEach(context -> parts.add(context.ruleId() + "=" + context.severity()));
        for (PathOverride override : overrides) {
            List<Object> entry = new ArrayList<>();
            entry.add(override.files());
            override.rules().forEach((id, settings) -> entry.add(List.of(id, String.valueOf(settings.severity()),
                    settings.options().toString(), catalog.get(id).definition().toString())));
            parts.add(entry);
        }
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
