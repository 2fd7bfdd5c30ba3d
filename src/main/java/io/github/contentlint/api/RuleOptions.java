package io.github.contentlint.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's options after configuration: the defaults from {@code rules/<id>.yml} with the
 * user's values over them. Values were type-checked when the configuration was loaded.
 */
public final class RuleOptions {

    private final Map<String, Object> values;

    public RuleOptions(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static RuleOptions empty() {
        return new RuleOptions(Map.of());
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    public Object raw(String name) {
        return require(name);
    }

    public String string(String name) {
        return String.valueOf(require(name));
    }

    public int integer(String name) {
        return ((Number) require(name)).intValue();
    }

    public double number(String name) {
        return ((Number) require(name)).doubleValue();
    }

    public boolean bool(String name) {
        return (Boolean) require(name);
    }

    public List<String> stringList(String name) {
        Object value = require(name);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String name) {
        return (Map<String, Object>) require(name);
    }

    private Object require(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("option '" + name + "' has no value and no default in the rule catalog");
        }
        return values.get(name);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
