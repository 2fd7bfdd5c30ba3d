package io.github.contentlint.init;

import io.github.contentlint.api.FrontMatterKeys;
import java.util.List;
import java.util.Map;

/**
 * What {@code init} learnt from the posts: everything the configuration it writes says, with
 * the counts behind each line. Immutable.
 *
 * @param kind the site generator
 * @param evidence what showed the kind ({@code _config.yml}, {@code _posts/ (20 posts)})
 * @param includes the include patterns to write, or null when the defaults find the posts
 * @param includesGiven whether {@code includes} came from the user rather than a survey of the folders
 * @param excludes the exclude patterns to write (the user's), or null for the defaults
 * @param posts the posts counted: every file read, section pages aside
 * @param sectionPages Hugo section pages ({@code _index.md}), not counted as posts
 * @param drafts drafts among the posts ({@code _drafts/} or {@code draft: true})
 * @param bundles Hugo page bundles among the posts ({@code index.md} inside a post's folder)
 * @param fileNameDated posts whose Jekyll file name carries a date
 * @param unreadable files that could not be read as text or parsed (check reports them)
 * @param keys the key names to write under {@code keys:}
 * @param fields the choice behind each field of {@code keys}, in {@link FrontMatterKeys#FIELDS} order
 * @param required the keys the rules read (title, excerpt, date, reading time) that at least
 *     {@code requiredShare} of the posts carry, then the other keys every post carries, in the order written
 * @param nearMisses keys most posts carry, but not enough to be required
 * @param rulesOff rules to switch off, each with the reason, in the order written
 * @param sectionPagesMissing required keys some section page lacks (section pages are then
 *     required to carry only the others)
 * @param requiredShare the share a key needs to be required
 * @param jekyllTargetHint whether Jekyll would publish {@code target/}: a Jekyll site whose
 *     {@code _config.yml} does not exclude it
 */
public record Inference(
        SiteKind kind,
        List<String> evidence,
        List<String> includes,
        boolean includesGiven,
        List<String> excludes,
        int posts,
        int sectionPages,
        int drafts,
        int bundles,
        int fileNameDated,
        int unreadable,
        FrontMatterKeys keys,
        List<FieldChoice> fields,
        List<KeyUsage> required,
        List<KeyUsage> nearMisses,
        Map<String, String> rulesOff,
        List<String> sectionPagesMissing,
        double requiredShare,
        boolean jekyllTargetHint) {

    public Inference {
        evidence = List.copyOf(evidence);
        includes = includes == null ? null : List.copyOf(includes);
        excludes = excludes == null ? null : List.copyOf(excludes);
        fields = List.copyOf(fields);
        required = List.copyOf(required);
        nearMisses = List.copyOf(nearMisses);
        rulesOff = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rulesOff));
        sectionPagesMissing = List.copyOf(sectionPagesMissing);
    }

    /** The choice for one field of {@link FrontMatterKeys#FIELDS}. */
    public FieldChoice field(String field) {
        return fields.stream().filter(f -> f.field().equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown field " + field));
    }
}
