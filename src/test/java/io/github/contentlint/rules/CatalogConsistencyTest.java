package io.github.contentlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.api.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the catalog honest: every rule id has its {@code rules/<id>.yml}, an implementation, its
 * messages, good and bad fixtures and an invoker IT; and every YAML file in {@code rules/} is
 * listed in the index. Fails naming everything that is missing.
 */
class CatalogConsistencyTest {

    private static final Path RULES = Path.of("rules");
    private static final Path FIXTURES = Path.of("src/test/resources/rules");
    private static final Path ITS = Path.of("src/it");

    @Test
    void everyRuleHasItsPieces() throws IOException {
        RuleCatalog catalog = RuleCatalog.builtIn();
        Map<String, Rule> implementations = BuiltInRules.forCatalog(catalog, getClass().getClassLoader());
        List<String> missing = new ArrayList<>();
        for (RuleDescriptor descriptor : catalog.all()) {
            String id = descriptor.id();
            if (!Files.isRegularFile(RULES.resolve(id + ".yml"))) {
                missing.add(id + ": rules/" + id + ".yml");
            }
            if (descriptor.kind() == RuleDescriptor.Kind.ENGINE) {
                continue;
            }
            if (!implementations.containsKey(id)) {
                missing.add(id + ": an implementation");
            }
            if (descriptor.kind() == RuleDescriptor.Kind.JAVA && BundleMessages.class.getClassLoader()
                    .getResource("io/github/contentlint/messages/" + id + ".properties") == null) {
                missing.add(id + ": messages in src/main/resources/io/github/contentlint/messages/" + id + ".properties");
            }
            for (String kind : List.of("good", "bad")) {
                if (!hasPosts(FIXTURES.resolve(id).resolve(kind))) {
                    missing.add(id + ": " + kind + " fixtures in src/test/resources/rules/" + id + "/" + kind);
                }
            }
            if (!Files.isDirectory(ITS.resolve(id))) {
                missing.add(id + ": an invoker IT in src/it/" + id);
            }
            if (descriptor.summary().isBlank() || descriptor.description().isBlank()) {
                missing.add(id + ": summary and description in rules/" + id + ".yml");
            }
        }
        assertThat(missing).as("missing pieces of the rule catalog").isEmpty();
    }

    @Test
    void everyRuleFileIsInTheIndex() throws IOException {
        List<String> ids = RuleCatalog.builtIn().ids();
        try (Stream<Path> files = Files.list(RULES)) {
            List<String> unlisted = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".yml"))
                    .map(name -> name.substring(0, name.length() - 4))
                    .filter(id -> !ids.contains(id))
                    .toList();
            assertThat(unlisted).as("rule files missing from rules/index.txt").isEmpty();
        }
    }

    @Test
    void optionDefaultsAreDocumented() {
        for (RuleDescriptor descriptor : RuleCatalog.builtIn().all()) {
            descriptor.options().values().forEach(option -> assertThat(option.description())
                    .as("description of option %s of %s", option.name(), descriptor.id())
                    .isNotBlank()
                    .isNotEqualTo("null"));
        }
    }

    @Test
    void severitiesAreLowerCaseWords() {
        for (RuleDescriptor descriptor : RuleCatalog.builtIn().all()) {
            assertThat(descriptor.definition().get("severity").toString())
                    .isEqualTo(descriptor.severity().name().toLowerCase(Locale.ROOT));
        }
    }

    private static boolean hasPosts(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.toString().endsWith(".md") || p.toString().endsWith(".markdown"));
        }
    }
}
