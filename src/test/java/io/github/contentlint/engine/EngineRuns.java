package io.github.contentlint.engine;

import io.github.contentlint.config.ConfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Check and fix runs over the posts under {@code _posts/} of a test folder, with the default configuration. */
final class EngineRuns {

    private EngineRuns() {
    }

    static FixResult fix(Path base, boolean dryRun, FileSource files) throws IOException, ConfigException {
        Contentlint.Prepared prepared = Contentlint.prepare(options(base));
        return new FixEngine(prepared.settings(), prepared.rules(), files).run(dryRun);
    }

    static LintResult check(Path base) throws IOException, ConfigException {
        Contentlint.Prepared prepared = Contentlint.prepare(options(base));
        return new Linter(prepared.settings(), prepared.rules()).run();
    }

    private static CheckOptions options(Path base) {
        return CheckOptions.builder(base, base.resolve("target")).includes(List.of("_posts/**/*.md")).build();
    }
}
