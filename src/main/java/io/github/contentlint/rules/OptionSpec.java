package io.github.contentlint.rules;

/**
 * One option a rule takes: its type, default and a sentence of documentation.
 *
 * @param name the option name as written in configuration
 * @param type the value's type
 * @param defaultValue the default, the single source of it (Java rules read it from here)
 * @param description one sentence for the docs and for {@code contentlint:rules}
 */
public record OptionSpec(String name, OptionType type, Object defaultValue, String description) {
}
