package io.github.contentlint.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pattern-rule interpreter: checks a {@code type: pattern} rule file and compiles it into a
 * {@link PatternRule}. Regexes are RE2 syntax, compiled with RE2J, whose matching time is linear
 * in the text: no pattern a user writes can hang the build.
 *
 * <p>The file, besides the catalog fields ({@code id}, {@code type}, {@code summary},
 * {@code severity}, {@code description}, {@code examples}):
 *
 * <pre>
 * scope: line                      # or a list; line, paragraph, heading, title, excerpt, front-matter
 * patterns:
 *   - regex: '^-{3}END-{3}$'       # RE2 syntax; must not match empty text
 *     message: 'marker "{0}" left in the post: delete the line'   # {0} = the match, {1}..{9} = groups
 *     message_ja: '…'              # optional, used when the run's locale is Japanese
 *     scope: [line, excerpt]       # optional, replaces the file's scope for this entry
 *     requires: '^&lt;{7} '         # optional: report only in posts where this also matches (same scopes)
 * </pre>
 */
public final class PatternRules {

    static final String SCOPE = "scope";
    static final String PATTERNS = "patterns";
    static final String REGEX = "regex";
    static final String MESSAGE = "message";
    static final String MESSAGE_JA = "message_ja";
    static final String REQUIRES = "requires";

    /** Keys a pattern rule file may hold at its top level. */
    public static final Set<String> TOP_LEVEL_KEYS = Set.of("id", "type", "summary", "severity", "description",
            "examples", SCOPE, PATTERNS);
    private static final Set<String> ENTRY_KEYS = Set.of(REGEX, MESSAGE, MESSAGE_JA, SCOPE, REQUIRES);
    private static final String SYNTAX_HELP = "RE2 syntax (https://github.com/google/re2/wiki/Syntax): no"
            + " lookaround, no backreferences";

    private PatternRules() {
    }

    /**
     * Checks a pattern rule's definition and compiles it.
     *
     * @throws PatternRuleException naming the bad value's path and what to write instead
     */
    public static PatternRule compile(RuleDescriptor descriptor) {
        Map<String, Object> definition = descriptor.definition();
        for (String key : definition.keySet()) {
            if (!TOP_LEVEL_KEYS.contains(key)) {
                throw new PatternRuleException(List.of(key), "is not a key of a pattern rule: write "
                        + String.join(", ", TOP_LEVEL_KEYS.stream().sorted().toList())
                        + (key.equals("options") ? " (pattern rules take no options)" : ""));
            }
        }
        if (!definition.containsKey(SCOPE)) {
            throw new PatternRuleException(List.of(), "a pattern rule needs 'scope': write one of " + PatternScope.names());
        }
        List<PatternScope> fileScopes = scopes(definition.get(SCOPE), List.of(SCOPE));
        if (!(definition.get(PATTERNS) instanceof List<?> list) || list.isEmpty()) {
            throw definition.containsKey(PATTERNS)
                    ? new PatternRuleException(List.of(PATTERNS), "must be a non-empty list of {regex, message} entries")
                    : new PatternRuleException(List.of(), "a pattern rule needs 'patterns', a non-empty list of"
                            + " {regex, message} entries");
        }
        List<PatternRule.Entry> entries = new ArrayList<>();
        for (int index = 0; index < list.size(); index++) {
            entries.add(entry(list.get(index), index, fileScopes));
        }
        return new PatternRule(descriptor.id(), entries);
    }

    private static PatternRule.Entry entry(Object value, int index, List<PatternScope> fileScopes) {
        List<Object> at = List.of(PATTERNS, index);
        if (!(value instanceof Map<?, ?> map)) {
            throw new PatternRuleException(at, "must be a mapping like {regex: '…', message: '…'}");
        }
        for (Object key : map.keySet()) {
            if (!ENTRY_KEYS.contains(String.valueOf(key))) {
                throw new PatternRuleException(path(at, String.valueOf(key)), "is not a key of a pattern entry: write "
                        + String.join(", ", ENTRY_KEYS.stream().sorted().toList()));
            }
        }
        Pattern regex = regex(map.get(REGEX), path(at, REGEX));
        Pattern requires = map.containsKey(REQUIRES) ? regex(map.get(REQUIRES), path(at, REQUIRES)) : null;
        message(map.get(MESSAGE), path(at, MESSAGE), regex, true);
        message(map.get(MESSAGE_JA), path(at, MESSAGE_JA), regex, false);
        List<PatternScope> scopes = map.containsKey(SCOPE) ? scopes(map.get(SCOPE), path(at, SCOPE)) : fileScopes;
        return new PatternRule.Entry(index, regex, RequiredLiteral.of(regex.pattern()), scopes, requires,
                requires == null ? "" : RequiredLiteral.of(requires.pattern()));
    }

    private static Pattern regex(Object value, List<Object> at) {
        if (!(value instanceof String text) || text.isEmpty()) {
            throw new PatternRuleException(at, (value == null ? "is missing" : "must be text")
                    + ": write a regular expression in quotes, in " + SYNTAX_HELP);
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new PatternRuleException(at, "does not compile: " + e.getDescription() + " in `"
                    + e.getPattern() + "`; write " + SYNTAX_HELP);
        }
        if (pattern.matcher("").find()) {
            throw new PatternRuleException(at, "`" + text + "` matches empty text, so it would report every"
                    + " line: make it require at least one character");
        }
        return pattern;
    }

    private static void message(Object value, List<Object> at, Pattern regex, boolean required) {
        if (value == null && !required) {
            return;
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw new PatternRuleException(at, "is missing: say what is wrong and what to write instead;"
                    + " {0} quotes the match");
        }
        int groups = regex.groupCount();
        for (int i = 0; i < text.length(); i++) {
            int group = PatternMessages.placeholderAt(text, i);
            if (group > groups) {
                throw new PatternRuleException(at, "quotes {" + group + "} but the regex has "
                        + (groups == 0 ? "no groups" : groups == 1 ? "1 group" : groups + " groups")
                        + ": use {0} for the whole match");
            }
        }
    }

    private static List<PatternScope> scopes(Object value, List<Object> at) {
        List<?> names = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        if (names.isEmpty()) {
            throw new PatternRuleException(at, "must name one or more of " + PatternScope.names());
        }
        List<PatternScope> scopes = new ArrayList<>();
        for (Object name : names) {
            try {
                scopes.add(PatternScope.parse(String.valueOf(name)));
            } catch (IllegalArgumentException e) {
                throw new PatternRuleException(at, "has '" + name + "', which is not a scope: write one of "
                        + PatternScope.names());
            }
        }
        return scopes;
    }

    private static List<Object> path(List<Object> base, Object step) {
        List<Object> longer = new ArrayList<>(base);
        longer.add(step);
        return longer;
    }
}
