package io.github.contentlint.engine;

import io.github.contentlint.api.Rule;
import io.github.contentlint.api.RuleContext;

/** A rule switched on for this run, with its context (severity, options, messages). */
public record ActiveRule(Rule rule, RuleContext context) {
}
