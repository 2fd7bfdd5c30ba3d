package io.github.contentlint.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders an {@link Inference} as {@code .contentlint.yml}, each line with a comment that says
 * what in the posts it comes from. The text is the same for the same posts: no dates, no paths
 * outside the base directory.
 */
public final class ConfigWriter {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    /** Words YAML 1.1 reads as booleans or null: quoted when they are key names. */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

    private ConfigWriter() {
    }

    public static String render(Inference inference) {
        List<String> out = new ArrayList<>();
        out.add("# contentlint configuration, written by init from " + InitReport.count(inference.posts(), "post") + ".");
        out.add("# Site: " + inference.kind().label() + " (" + String.join("; ", inference.evidence()) + ").");
        out.add("# Each line says what in the posts it comes from; change what does not fit your site.");
        out.add("");
        if (inference.includes() != null) {
            out.add(inference.includesGiven() ? "# The posts to lint, as given to init."
                    : "# The folders that hold Markdown with front matter: the default includes (_posts/, content/,"
                            + " src/content/) find none.");
            out.add("includes:");
            for (String include : inference.includes()) {
                out.add("  - " + quoted(include));
            }
        } else {
            out.add("# No includes: the defaults (_posts/, _drafts/, content/, src/content/) find this site's posts.");
        }
        if (inference.excludes() != null) {
            out.add("# The files to leave out, as given to init.");
            out.add("excludes:");
            for (String exclude : inference.excludes()) {
                out.add("  - " + quoted(exclude));
            }
        }
        out.add("");
        out.add("# The front matter key names of this site: every rule reads the title, excerpt, date and reading");
        out.add("# time through this map.");
        out.add("keys:");
        List<String[]> keyLines = new ArrayList<>();
        for (FieldChoice choice : inference.fields()) {
            String key = inference.keys().keyFor(choice.field());
            String comment = choice.found() ? InitReport.presence(choice.usage())
                    : "no post has one" + offBecause(choice.field(), inference);
            keyLines.add(new String[] {"  " + choice.field() + ": " + plain(key), comment});
        }
        aligned(keyLines, out);
        out.add("");
        out.add("rules:");
        out.add("  front-matter:");
        out.add("    options:");
        out.add("      # The keys posts carry with a value (title, excerpt, date and reading time in at least "
                + InitReport.percent(inference.requiredShare()) + " of the posts,");
        out.add("      # any other key in all of them): a post without one is reported.");
        if (inference.required().isEmpty()) {
            out.add("      required: []");
        } else {
            out.add("      required:");
            List<String[]> requiredLines = new ArrayList<>();
            for (KeyUsage key : inference.required()) {
                requiredLines.add(new String[] {"        - " + plain(key.key()), InitReport.presence(key)});
            }
            aligned(requiredLines, out);
        }
        for (KeyUsage key : inference.nearMisses()) {
            out.add("        # not required: " + key.key() + ", " + InitReport.presence(key));
        }
        List<KeyUsage> typed = inference.required().stream().filter(k -> k.type() != null).toList();
        if (!typed.isEmpty()) {
            out.add("      # The type every post gives each required key: a value of another type is reported.");
            out.add("      # (front-matter checks dates, reading times, tags and categories by itself.)");
            out.add("      schema:");
            for (KeyUsage key : typed) {
                out.add("        " + plain(key.key()) + ": {type: " + key.type() + "}");
            }
        }
        List<String[]> offLines = new ArrayList<>();
        for (Map.Entry<String, String> rule : inference.rulesOff().entrySet()) {
            offLines.add(new String[] {"  " + rule.getKey() + ": off", rule.getValue()});
        }
        aligned(offLines, out);
        if (!inference.sectionPagesMissing().isEmpty()) {
            out.add("");
            out.add("overrides:");
            out.add("  # Hugo section pages (_index.md) list posts: " + InitReport.sectionPagesLack(inference) + ".");
            out.add("  - files: [\"**/_index.md\"]");
            // only the keys section pages need: front-matter still checks their syntax and types
            List<String> sectionRequired = inference.required().stream().map(KeyUsage::key)
                    .filter(key -> !inference.sectionPagesMissing().contains(key)).map(ConfigWriter::plain).toList();
            out.add("    rules: {front-matter: {options: {required: [" + String.join(", ", sectionRequired) + "]}}}");
        }
        return String.join("\n", out) + "\n";
    }

    private static String offBecause(String field, Inference inference) {
        for (Map.Entry<String, String> rule : inference.rulesOff().entrySet()) {
            boolean depends = switch (field) {
                case "readingTime" -> rule.getKey().equals("reading-time");
                case "excerpt", "title" -> rule.getKey().equals("title-matches-excerpt")
                        || rule.getKey().equals("title-format");
                default -> false;
            };
            if (depends) {
                return ": " + rule.getKey() + " is off below";
            }
        }
        return "";
    }

    /** Lines with their comments lined up, as a person would write them. */
    private static void aligned(List<String[]> lines, List<String> out) {
        int width = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0);
        for (String[] line : lines) {
            out.add(line[0] + " ".repeat(width - line[0].length()) + "  # " + line[1]);
        }
    }

    /** A key name as YAML reads it back unchanged. */
    static String plain(String text) {
        return PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT)) ? text : quoted(text);
    }

    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
