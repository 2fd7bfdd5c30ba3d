package io.github.contentlint.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The type of a rule option, as declared in {@code rules/<id>.yml}. */
public enum OptionType {
    STRING("a string"),
    INTEGER("a whole number"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    LIST("a list of strings, like [a, b]"),
    MAP("a mapping of keys to values"),
    ANY("any value");

    private final String description;

    OptionType(String description) {
        this.description = description;
    }

    /** What a value of this type looks like, for error messages. */
    public String description() {
        return description;
    }

    public boolean accepts(Object value) {
        return switch (this) {
            case STRING -> value instanceof String;
            case INTEGER -> value instanceof Integer || value instanceof Long;
            case NUMBER -> value instanceof Number;
            case BOOLEAN -> value instanceof Boolean;
            case LIST -> value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String
                    || v instanceof Number || v instanceof Boolean);
            case MAP -> value instanceof Map<?, ?>;
            case ANY -> true;
        };
    }

    public static OptionType parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
