package io.github.contentlint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.rules.RuleCatalog;
import io.github.contentlint.rules.RuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's rule table is checked against the catalog, and it opens with the two commands. */
class ReadmeTest {

    private static final Path README = Path.of("README.md");

    @Test
    void everyRuleIsInTheTableWithItsDefaultSeverity() throws Exception {
        String readme = Files.readString(README);
        for (RuleDescriptor descriptor : RuleCatalog.builtIn().all()) {
            assertThat(readme).as("README row for %s", descriptor.id())
                    .contains("| `" + descriptor.id() + "` | " + descriptor.severity().label() + " |");
        }
    }

    @Test
    void opensWithTheTwoCommands() throws Exception {
        String opening = Files.readString(README).substring(0, 1200);
        assertThat(opening).contains("./mvnw -B verify", "./mvnw -B -f src/example/pom.xml verify");
        assertThat(Files.readString(Path.of(".ci/run"))).contains("./mvnw -B -ntp verify");
    }
}
