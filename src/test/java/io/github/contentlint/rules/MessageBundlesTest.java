package io.github.contentlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every message bundle in {@code src/main/resources/io/github/contentlint/messages} (any rule's,
 * merged from any branch, and the reports' own) comes in English and Japanese with the same keys
 * and the same placeholders, parses as a {@link MessageFormat}, and has no stray single quote
 * (which MessageFormat would swallow with the text after it). Built-in pattern rules carry a
 * {@code message_ja} beside each {@code message}. Fails naming every problem at once.
 */
class MessageBundlesTest {

    static final Path BUNDLES = Path.of("src/main/resources/io/github/contentlint/messages");
    static final List<String> TRANSLATIONS = List.of("ja");

    @Test
    void everyBundleHasEveryTranslationWithTheSameKeysAndPlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> english;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            english = files.filter(f -> f.getFileName().toString().matches("[a-z0-9-]+\\.properties")).sorted().toList();
        }
        assertThat(english).as("bundles in %s", BUNDLES).isNotEmpty();
        for (Path base : english) {
            String name = base.getFileName().toString().replace(".properties", "");
            Properties en = load(base);
            check(name, "en", en, Locale.ENGLISH, problems);
            for (String language : TRANSLATIONS) {
                Path file = BUNDLES.resolve(name + "_" + language + ".properties");
                if (!Files.isRegularFile(file)) {
                    problems.add(name + ": no " + file.getFileName() + " (translate every key of " + name
                            + ".properties)");
                    continue;
                }
                Properties translated = load(file);
                check(name, language, translated, Locale.forLanguageTag(language), problems);
                for (String key : new TreeSet<>(en.stringPropertyNames())) {
                    if (!translated.containsKey(key)) {
                        problems.add(name + "_" + language + ": key " + key + " is missing");
                    } else if (!placeholders(en.getProperty(key)).equals(placeholders(translated.getProperty(key)))) {
                        problems.add(name + "_" + language + ": key " + key + " has placeholders "
                                + placeholders(translated.getProperty(key)) + ", English has "
                                + placeholders(en.getProperty(key)));
                    }
                }
                for (String key : new TreeSet<>(translated.stringPropertyNames())) {
                    if (!en.containsKey(key)) {
                        problems.add(name + "_" + language + ": key " + key + " is not in " + name + ".properties");
                    }
                }
            }
        }
        assertThat(problems).as("problems in the message bundles").isEmpty();
    }

    @Test
    void everyJavaAndEngineRuleHasABundleThatLoadsInEveryLanguage() {
        for (RuleDescriptor descriptor : RuleCatalog.builtIn().all()) {
            if (descriptor.kind() == RuleDescriptor.Kind.PATTERN) {
                continue;
            }
            for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE, Locale.JAPAN)) {
                BundleMessages messages = new BundleMessages(descriptor.id(), locale);
                assertThat(messages).as("bundle of %s in %s", descriptor.id(), locale).isNotNull();
            }
        }
    }

    @Test
    void builtInPatternRulesCarryJapaneseMessages() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
                if (yaml instanceof Map<?, ?> rule && "pattern".equals(rule.get("type"))) {
                    findMessages(yaml, file.getFileName().toString(), problems);
                }
            }
        }
        assertThat(problems).as("pattern rule messages without message_ja").isEmpty();
    }

    private static void findMessages(Object node, String where, List<String> problems) {
        // a walk with an explicit stack: rule files are small, but the project writes no recursion over input
        List<Object> stack = new ArrayList<>(List.of(node));
        while (!stack.isEmpty()) {
            Object current = stack.remove(stack.size() - 1);
            if (current instanceof Map<?, ?> map) {
                if (map.containsKey("message") && !map.containsKey("message_ja")) {
                    problems.add(where + ": message \"" + map.get("message") + "\" has no message_ja");
                }
                // pattern messages are plain text with {0}…{9} for the match and its groups, not MessageFormat
                if (map.containsKey("message") && map.containsKey("message_ja")
                        && !patternPlaceholders(String.valueOf(map.get("message")))
                                .equals(patternPlaceholders(String.valueOf(map.get("message_ja"))))) {
                    problems.add(where + ": message and message_ja of \"" + map.get("message")
                            + "\" have different placeholders");
                }
                stack.addAll(map.values());
            } else if (current instanceof List<?> list) {
                stack.addAll(list);
            }
        }
    }

    private static java.util.Set<String> patternPlaceholders(String message) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{[0-9]}").matcher(message);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void theCheckCatchesWhatItShould() {
        assertThat(placeholders("{0} of {1,number,integer} in {0,choice,1#one|1<{0,number,integer} posts}"))
                .containsExactly(0, 1);
        assertThat(placeholders("quoted '{'0'}' is text, {2} is not")).containsExactly(2);
        List<String> problems = new ArrayList<>();
        Properties bad = new Properties();
        bad.setProperty("k", "don't {0}");
        check("x", "en", bad, Locale.ENGLISH, problems);
        assertThat(problems).singleElement().asString().contains("single quote");
    }

    private static void check(String name, String language, Properties bundle, Locale locale, List<String> problems) {
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            String pattern = bundle.getProperty(key);
            String where = name + (language.equals("en") ? "" : "_" + language) + ": key " + key;
            try {
                new MessageFormat(pattern, locale);
            } catch (IllegalArgumentException e) {
                problems.add(where + " is not a MessageFormat pattern: " + e.getMessage());
                continue;
            }
            String stray = strayQuote(pattern);
            if (stray != null) {
                problems.add(where + ": single quote before \"" + stray + "\" quotes text, not braces: write ''");
            }
        }
    }

    /** Argument indices used anywhere in a pattern, outside quoted text. */
    static Set<Integer> placeholders(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int j = i + 1;
                while (j < pattern.length() && Character.isDigit(pattern.charAt(j))) {
                    j++;
                }
                if (j > i + 1) {
                    indices.add(Integer.parseInt(pattern.substring(i + 1, j)));
                }
            }
        }
        return indices;
    }

    /** The text a single quote swallows when it quotes something other than a brace, or null. */
    static String strayQuote(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) != '\'') {
                continue;
            }
            if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                i++;
                continue;
            }
            int end = pattern.indexOf('\'', i + 1);
            String inside = end < 0 ? pattern.substring(i + 1) : pattern.substring(i + 1, end);
            // the one use of quoting in a message: a literal brace, '{' or '}'
            if (end < 0 || !inside.matches("[{}]+")) {
                return inside;
            }
            i = end;
        }
        return null;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
