package io.github.contentlint.init;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code init} tells the user: what it inferred and the counts that show why, one line a
 * fact ({@code excerpt: present in 1,238 of 1,251 posts}). Lines only; the caller prints them.
 */
public final class InitReport {

    private InitReport() {
    }

    /** The inference as console lines. */
    public static List<String> lines(Inference inference) {
        List<String> lines = new ArrayList<>();
        lines.add("Site: " + inference.kind().label() + " (" + String.join("; ", inference.evidence()) + ")");
        lines.add("Posts: " + posts(inference));
        if (inference.includes() != null) {
            lines.add("  includes: " + String.join(", ", inference.includes())
                    + (inference.includesGiven() ? " (as given)" : " (the folders holding Markdown with front matter;"
                            + " the default includes find none)"));
        } else {
            lines.add("  includes: the defaults (_posts/, _drafts/, content/, src/content/) find them");
        }
        if (inference.unreadable() > 0) {
            lines.add("  " + count(inference.unreadable(), "file") + " could not be read as a post and"
                    + " were not counted: check reports them");
        }
        lines.add("Keys (the keys map):");
        for (FieldChoice choice : inference.fields()) {
            lines.add("  " + field(choice, inference));
        }
        lines.add("Required (title, excerpt, date and reading time in at least " + percent(inference.requiredShare())
                + " of the posts, other keys in all):" + (inference.required().isEmpty() ? " none" : ""));
        for (KeyUsage key : inference.required()) {
            lines.add("  " + key.key() + ": " + presence(key) + (key.type() == null ? "" : ", always " + article(key.type())));
        }
        if (!inference.nearMisses().isEmpty()) {
            lines.add("Not required (in too few posts):");
            for (KeyUsage key : inference.nearMisses()) {
                lines.add("  " + key.key() + ": " + presence(key));
            }
        }
        if (!inference.rulesOff().isEmpty()) {
            lines.add("Rules switched off:");
            for (Map.Entry<String, String> rule : inference.rulesOff().entrySet()) {
                lines.add("  " + rule.getKey() + ": " + rule.getValue());
            }
        }
        if (!inference.sectionPagesMissing().isEmpty()) {
            lines.add("Section pages: _index.md need only the keys they all carry: " + sectionPagesLack(inference));
        }
        return lines;
    }

    /** {@code 2 section pages lack summary, draft, which posts carry}. */
    static String sectionPagesLack(Inference inference) {
        boolean one = inference.sectionPages() == 1;
        return (one ? "the section page lacks " : "some of the " + number(inference.sectionPages())
                + " section pages lack ") + String.join(", ", inference.sectionPagesMissing()) + ", which posts carry";
    }

    /** The hint a Jekyll site needs: Jekyll publishes every folder it is not told to exclude. */
    public static String jekyllHint() {
        return "Jekyll would publish the reports in target/contentlint/*.html with the site: add target to the"
                + " exclude list of _config.yml (exclude: [target])";
    }

    private static String posts(Inference inference) {
        List<String> parts = new ArrayList<>();
        if (inference.drafts() > 0) {
            parts.add(count(inference.drafts(), "draft"));
        }
        if (inference.fileNameDated() > 0) {
            parts.add(number(inference.fileNameDated()) + " dated by their file names");
        }
        if (inference.bundles() > 0) {
            parts.add(count(inference.bundles(), "page bundle"));
        }
        if (inference.sectionPages() > 0) {
            parts.add(count(inference.sectionPages(), "section page") + " (_index.md) not counted as posts");
        }
        return number(inference.posts()) + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    private static String field(FieldChoice choice, Inference inference) {
        String field = choice.field();
        if (!choice.found()) {
            return field + ": no post has one (" + String.join(", ", SiteSurvey.CANDIDATES.get(field)) + ")";
        }
        KeyUsage usage = choice.usage();
        StringBuilder line = new StringBuilder(field).append(" = ").append(usage.key()).append(": ").append(presence(usage));
        if (!choice.alternatives().isEmpty()) {
            List<String> others = new ArrayList<>();
            choice.alternatives().forEach((key, posts) -> others.add(key + " in " + number(posts)));
            line.append(" (also ").append(String.join(", ", others)).append(")");
        }
        return line.toString();
    }

    /** {@code present in 1,238 of 1,251 posts}, with the posts dated otherwise for the date. */
    static String presence(KeyUsage key) {
        String text = "present in " + number(key.carriers() - key.datedOtherwise()) + " of " + number(key.total())
                + " posts";
        if (key.datedOtherwise() > 0) {
            text += "; the other " + number(key.datedOtherwise()) + " need none: " + key.datedNote();
        }
        return text;
    }

    private static String article(String type) {
        return switch (type) {
            case "integer" -> "an integer";
            case "list" -> "a list";
            case "boolean" -> "a boolean";
            case "number" -> "a number";
            case "date" -> "a date";
            default -> "a " + type;
        };
    }

    static String percent(double share) {
        double percent = share * 100;
        return (percent == Math.rint(percent) ? String.valueOf((long) percent)
                : String.format(Locale.ROOT, "%.1f", percent)) + " %";
    }

    static String count(int n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** A count with English digit grouping, 1,251. */
    static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }
}
