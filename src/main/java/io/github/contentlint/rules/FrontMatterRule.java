package io.github.contentlint.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.github.contentlint.api.Finding;
import io.github.contentlint.api.FrontMatterKeys;
import io.github.contentlint.api.Rule;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.api.RuleOptions;
import io.github.contentlint.post.FrontMatter;
import io.github.contentlint.post.FrontMatterEntry;
import io.github.contentlint.post.FrontMatterProblem;
import io.github.contentlint.post.FrontMatterValues;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code front-matter}: the front matter is there, closed, well-formed, carries the required
 * keys with values, and its values have the types the site and the other rules expect.
 */
public final class FrontMatterRule implements Rule {

    public static final String ID = "front-matter";
    private static final Set<String> SCHEMA_KEYS = Set.of("type", "pattern", "enum", "minLength", "maxLength", "min", "max");
    private static final Set<String> SCHEMA_TYPES = Set.of("string", "number", "integer", "boolean", "date", "list");
    private static final List<String> LIST_OR_STRING_KEYS = List.of("tags", "categories");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void validate(RuleOptions options) {
        for (Map.Entry<String, Object> entry : options.map("schema").entrySet()) {
            String key = entry.getKey();
            if (!(entry.getValue() instanceof Map<?, ?> spec)) {
                throw new IllegalArgumentException("schema." + key + " must be a mapping like {type: string, maxLength: 70}");
            }
            for (Map.Entry<?, ?> field : spec.entrySet()) {
                String name = String.valueOf(field.getKey());
                Object value = field.getValue();
                if (!SCHEMA_KEYS.contains(name)) {
                    throw new IllegalArgumentException("schema." + key + " has an unknown field '" + name
                            + "': write type, pattern, enum, minLength, maxLength, min or max");
                }
                switch (name) {
                    case "type" -> {
                        if (!SCHEMA_TYPES.contains(String.valueOf(value))) {
                            throw new IllegalArgumentException("schema." + key + ".type '" + value
                                    + "' is not one of " + String.join(", ", SCHEMA_TYPES.stream().sorted().toList()));
                        }
                    }
                    case "pattern" -> {
                        try {
                            Pattern.compile(String.valueOf(value));
                        } catch (PatternSyntaxException e) {
                            throw new IllegalArgumentException("schema." + key + ".pattern does not compile: "
                                    + e.getMessage());
                        }
                    }
                    case "enum" -> {
                        if (!(value instanceof List<?>)) {
                            throw new IllegalArgumentException("schema." + key + ".enum must be a list of allowed values");
                        }
                    }
                    default -> {
                        if (!(value instanceof Number)) {
                            throw new IllegalArgumentException("schema." + key + "." + name + " must be a number");
                        }
                    }
                }
            }
        }
    }

    @Override
    public List<Finding> check(Post post, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        FrontMatter frontMatter = post.frontMatter();
        if (frontMatter == null) {
            String key = post.text().isBlank() ? "empty-file" : "missing";
            List<String> required = requiredKeys(post, context);
            // with nothing required (a configuration init wrote for untitled posts), still name what a post starts with
            findings.add(context.atLine(post, 1, key, required.isEmpty() ? context.keys().title()
                    : String.join(", ", required)));
            return findings;
        }
        for (FrontMatterProblem problem : frontMatter.problems()) {
            findings.add(problemFinding(post, frontMatter, problem, context));
        }
        if (!frontMatter.isWellFormed()) {
            return findings; // keys cannot be trusted in a mapping that did not parse
        }
        checkRequired(post, frontMatter, context, findings);
        checkTypes(post, frontMatter, context, findings);
        checkSchema(post, frontMatter, context, findings);
        return findings;
    }

    private static Finding problemFinding(Post post, FrontMatter frontMatter, FrontMatterProblem problem,
            RuleContext context) {
        return switch (problem.kind()) {
            case UNCLOSED -> context.atLine(post, 1, "unclosed", problem.detail());
            case MALFORMED -> context.at(post, clamp(post, problem.position()), "malformed",
                    frontMatter.format().name(), problem.detail());
            case KEY_WITHOUT_SPACE -> context.atLine(post, problem.position().line(), "key-without-space",
                    problem.detail(), problem.detail().replaceFirst(":", ": "));
            case NOT_A_MAPPING -> context.atLine(post, problem.position().line(),
                    "list".equals(problem.detail()) ? "not-mapping-list" : "not-mapping-value");
            case DUPLICATE_KEY -> problem.firstPosition() == null
                    ? context.at(post, problem.position(), "duplicate-nested-key", problem.detail())
                    : context.at(post, problem.position(), "duplicate-key", problem.detail(),
                            problem.firstPosition().line());
            case UNSUPPORTED_TAG -> context.at(post, problem.position(), "unsupported-tag", problem.detail());
        };
    }

    /** A parser may point one line past the end of a short file; keep the finding on a real line. */
    private static Position clamp(Post post, Position position) {
        int lines = post.source().lineCount();
        if (position.line() <= lines) {
            String text = post.source().line(position.line());
            int columns = text.codePointCount(0, text.length()) + 1;
            return new Position(position.line(), Math.min(position.column(), columns));
        }
        return Position.lineStart(lines);
    }

    private static List<String> requiredKeys(Post post, RuleContext context) {
        List<String> required = new ArrayList<>();
        FrontMatterKeys keys = context.keys();
        for (String name : context.options().stringList("required")) {
            String key = FrontMatterKeys.FIELDS.contains(name) ? keys.keyFor(name) : mapDefaultName(name, keys);
            if (key.equals(keys.date()) && hasDateElsewhere(post, context)
                    || key.equals(keys.title()) && FrontMatterValues.isSectionPage(post)) {
                continue; // Hugo titles a section page after its folder
            }
            required.add(key);
        }
        return required;
    }

    /**
     * A post needs no date key when it is a draft or a Hugo section page ({@code _index.md}),
     * when its file name (or its bundle folder's name) gives it one, as Jekyll and Hugo's
     * {@code :filename} read it, or when it has a date under another common name ({@code pubDate}
     * in Astro, {@code created_at}, …: option {@code dateAliases}).
     */
    private static boolean hasDateElsewhere(Post post, RuleContext context) {
        if (FrontMatterValues.isDraft(post) || FrontMatterValues.isSectionPage(post)
                || FrontMatterValues.pathDate(post.path()).isPresent()) {
            return true;
        }
        return post.frontMatter() != null && context.options().stringList("dateAliases").stream()
                .anyMatch(alias -> post.frontMatter().entry(alias).filter(e -> !e.isEmpty()).isPresent());
    }

    /**
     * A post whose body opens with a level-1 heading has a title there: GitHub Pages' Jekyll
     * (jekyll-titles-from-headings, on by default) takes it for the page title when the front
     * matter names none, and a Hugo post written that way shows it as its headline.
     */
    private static boolean hasTitleHeading(Post post) {
        return !post.blocks().isEmpty() && post.blocks().get(0).headingLevel() == 1
                && !post.blocks().get(0).text().isBlank();
    }

    /** `required` may name the default key names (`reading_time`); the `keys` map renames them. */
    private static String mapDefaultName(String name, FrontMatterKeys keys) {
        for (String field : FrontMatterKeys.FIELDS) {
            if (FrontMatterKeys.DEFAULT.keyFor(field).equals(name)) {
                return keys.keyFor(field);
            }
        }
        return name;
    }

    private static void checkRequired(Post post, FrontMatter frontMatter, RuleContext context, List<Finding> findings) {
        for (String key : requiredKeys(post, context)) {
            FrontMatterEntry entry = frontMatter.entry(key).orElse(null);
            if (entry == null && key.equals(context.keys().title()) && hasTitleHeading(post)) {
                continue;
            }
            if (entry == null) {
                findings.add(context.atLine(post, frontMatter.startLine(), "required-missing", key));
            } else if (entry.isEmpty()) {
                findings.add(context.at(post, entry.keyPosition(), "required-empty", key));
            }
        }
    }

    private static void checkTypes(Post post, FrontMatter frontMatter, RuleContext context, List<Finding> findings) {
        FrontMatterKeys keys = context.keys();
        FrontMatterEntry date = frontMatter.entry(keys.date()).orElse(null);
        if (date != null && !date.isEmpty() && FrontMatterValues.date(date.value()).isEmpty()) {
            findings.add(context.at(post, date.keyPosition(), "bad-date", keys.date(), display(date.value())));
        }
        FrontMatterEntry readingTime = frontMatter.entry(keys.readingTime()).orElse(null);
        if (readingTime != null && !readingTime.isEmpty()
                && FrontMatterValues.readingTimeMinutes(readingTime.value()).isEmpty()) {
            findings.add(context.at(post, readingTime.keyPosition(), "bad-reading-time", keys.readingTime(),
                    display(readingTime.value())));
        }
        for (String key : LIST_OR_STRING_KEYS) {
            FrontMatterEntry entry = frontMatter.entry(key).orElse(null);
            if (entry != null && entry.value() != null && !(entry.value() instanceof List<?>)
                    && !(entry.value() instanceof String)) {
                findings.add(context.at(post, entry.keyPosition(), "bad-list", key, display(entry.value())));
            }
        }
    }

    private static void checkSchema(Post post, FrontMatter frontMatter, RuleContext context, List<Finding> findings) {
        for (Map.Entry<String, Object> schemaEntry : context.options().map("schema").entrySet()) {
            FrontMatterEntry entry = frontMatter.entry(schemaEntry.getKey()).orElse(null);
            if (entry == null || entry.value() == null) {
                continue; // absence is `required`'s business
            }
            Map<?, ?> spec = (Map<?, ?>) schemaEntry.getValue();
            SchemaProblem problem = SchemaCheck.firstProblem(entry.key(), entry.value(), spec, context);
            if (problem != null) {
                findings.add(context.at(post, entry.keyPosition(), problem.key(), problem.arguments()));
            }
        }
    }

    static String display(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    /** A schema violation as a message key of this rule's bundle and its arguments. */
    private record SchemaProblem(String key, Object... arguments) {
    }

    /**
     * One key's schema. Numbers go into the messages as text, so that the bundle's locale does not
     * group their digits.
     */
    private static final class SchemaCheck {

        static SchemaProblem firstProblem(String key, Object value, Map<?, ?> spec, RuleContext context) {
            Object type = spec.get("type");
            if (type != null && !hasType(value, String.valueOf(type))) {
                return new SchemaProblem("schema.type", key, context.message("type." + type), display(value));
            }
            String text = value instanceof List<?> || value instanceof Map<?, ?> ? null : value.toString();
            if (spec.get("pattern") != null && text != null
                    && !Pattern.compile(String.valueOf(spec.get("pattern"))).matches(text)) {
                return new SchemaProblem("schema.pattern", key, display(text), String.valueOf(spec.get("pattern")));
            }
            if (spec.get("enum") instanceof List<?> allowed && text != null
                    && allowed.stream().map(String::valueOf).noneMatch(text::equals)) {
                return new SchemaProblem("schema.enum", key, display(text), String.valueOf(allowed));
            }
            Integer length = text != null ? text.codePointCount(0, text.length())
                    : value instanceof List<?> list ? list.size() : null;
            if (length != null && spec.get("minLength") instanceof Number min && length < min.intValue()) {
                return new SchemaProblem("schema.min-length", key, String.valueOf(length), String.valueOf(min));
            }
            if (length != null && spec.get("maxLength") instanceof Number max && length > max.intValue()) {
                return new SchemaProblem("schema.max-length", key, String.valueOf(length), String.valueOf(max));
            }
            if (value instanceof Number number) {
                if (spec.get("min") instanceof Number min && number.doubleValue() < min.doubleValue()) {
                    return new SchemaProblem("schema.min", key, String.valueOf(number), String.valueOf(min));
                }
                if (spec.get("max") instanceof Number max && number.doubleValue() > max.doubleValue()) {
                    return new SchemaProblem("schema.max", key, String.valueOf(number), String.valueOf(max));
                }
            }
            return null;
        }

        private static boolean hasType(Object value, String type) {
            return switch (type) {
                case "string" -> value instanceof String;
                case "number" -> value instanceof Number;
                case "integer" -> value instanceof Long || value instanceof Integer;
                case "boolean" -> value instanceof Boolean;
                case "date" -> FrontMatterValues.date(value).isPresent();
                case "list" -> value instanceof List<?>;
                default -> true;
            };
        }
    }
}
