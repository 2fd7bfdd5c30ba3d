package io.github.contentlint.init;

import io.github.contentlint.api.FrontMatterKeys;
import io.github.contentlint.engine.DecodedFile;
import io.github.contentlint.engine.FileDiscovery;
import io.github.contentlint.post.FrontMatter;
import io.github.contentlint.post.FrontMatterEntry;
import io.github.contentlint.post.FrontMatterValues;
import io.github.contentlint.post.Post;
import io.github.contentlint.post.PostParser;
import io.github.contentlint.rules.FrontMatterRule;
import io.github.contentlint.rules.RuleCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the posts under a base directory and infers the configuration that fits them: the
 * site kind, where the posts are, the key names in use, the keys nearly every post carries and
 * the rules the site has nothing for. Reads, never writes; knows nothing of Maven.
 */
public final class SiteSurvey {

    /** Keys people use for each field of the {@code keys} map, the default first (it wins a tie). */
    static final Map<String, List<String>> CANDIDATES = candidates();
    /** Keys whose type {@code front-matter} checks by itself: no schema type for them. */
    private static final Set<String> TYPED_BY_RULE = Set.of("tags", "categories");
    /** Keys that steer the linter or the generator rather than describe the post. */
    private static final Set<String> NEVER_REQUIRED = Set.of("contentlint");
    /** Names of repository documents that are Markdown but no post. */
    private static final Set<String> NOT_POSTS = Set.of("readme", "changelog", "license", "licence", "contributing",
            "code_of_conduct", "security", "authors", "history", "notice", "support");
    /** Most posts carry it, but not all or not enough to require it: worth a line saying why it is not required. */
    private static final double NEAR_MISS_SHARE = 0.5;
    /** Markdown parsing recurses: survey on a thread with a stack as large as the linter's workers. */
    private static final long STACK_BYTES = 256L * 1024 * 1024;

    private final PostParser parser = new PostParser();

    /** Surveys the posts; runs on its own thread so that deeply nested Markdown cannot overflow the caller's stack. */
    public Inference survey(InitRequest request) throws IOException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(surveyHere(request));
            } catch (IOException e) {
                result.set(e);
            } catch (RuntimeException | Error e) {
                result.set(e);
            }
        }, "contentlint-init", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the posts", e);
        }
        Object outcome = result.get();
        if (outcome instanceof IOException e) {
            throw e;
        }
        if (outcome instanceof RuntimeException e) {
            throw e;
        }
        if (outcome instanceof Error e) {
            throw e;
        }
        return (Inference) outcome;
    }

    private Inference surveyHere(InitRequest request) throws IOException {
        Path base = request.baseDirectory();
        List<String> excludes = request.excludes() != null ? request.excludes() : FileDiscovery.DEFAULT_EXCLUDES;
        List<String> includes = request.includes();
        List<String> includesToWrite = includes;
        List<String> paths;
        Map<String, Post> posts = new LinkedHashMap<>();
        int unreadable = 0;
        if (includes != null) {
            paths = new FileDiscovery(includes, excludes).find(base);
        } else {
            paths = new FileDiscovery(FileDiscovery.DEFAULT_INCLUDES, excludes).find(base);
            if (paths.isEmpty()) {
                PlainFolders plain = plainFolders(request, excludes);
                paths = plain.paths();
                includesToWrite = plain.includes().isEmpty() ? null : plain.includes();
            }
        }
        for (String path : paths) {
            Post post = read(request, path);
            if (post == null) {
                unreadable++;
            } else {
                posts.put(path, post);
            }
        }
        List<String> evidence = new ArrayList<>();
        SiteKind kind = kind(base, paths, evidence);
        return infer(request, kind, evidence, includesToWrite, posts, unreadable);
    }

    /** Reads and parses one file, or null when it is not text, too large or does not parse. */
    private Post read(InitRequest request, String path) {
        Path file = request.baseDirectory().resolve(path);
        try {
            if (Files.isSymbolicLink(file) || Files.size(file) > request.maxFileBytes()) {
                return null;
            }
            DecodedFile decoded = DecodedFile.decode(Files.readAllBytes(file), request.encoding());
            return decoded.isText() ? parser.parseFrontMatter(path, decoded.text(), decoded.charset(), decoded.bomLength()) : null;
        } catch (IOException | UncheckedIOException | OutOfMemoryError e) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return null; // check reports what it cannot parse; init only counts what it can
        }
    }

    private Inference infer(InitRequest request, SiteKind kind, List<String> evidence, List<String> includes,
            Map<String, Post> posts, int unreadable) {
        List<Post> regular = new ArrayList<>();
        List<Post> sections = new ArrayList<>();
        for (Post post : posts.values()) {
            (post.fileName().equals("_index.md") ? sections : regular).add(post);
        }
        if (regular.isEmpty()) {
            regular.addAll(sections); // a site of section pages only: count them as its posts
            sections.clear();
        }
        int total = regular.size();
        Map<String, KeyTally> tallies = tally(regular);
        List<String> dateAliases = dateAliases();

        List<FieldChoice> fields = new ArrayList<>();
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String field : FrontMatterKeys.FIELDS) {
            FieldChoice choice = choose(field, tallies, regular, dateAliases, total);
            fields.add(choice);
            chosen.put(field, choice.found() ? choice.usage().key() : FrontMatterKeys.DEFAULT.keyFor(field));
        }
        FrontMatterKeys keys = new FrontMatterKeys(chosen.get("title"), chosen.get("excerpt"), chosen.get("date"),
                chosen.get("readingTime"));

        List<KeyUsage> required = new ArrayList<>();
        List<KeyUsage> nearMisses = new ArrayList<>();
        Set<String> fieldKeys = new LinkedHashSet<>();
        for (FieldChoice choice : fields) {
            if (choice.found()) {
                fieldKeys.add(lower(choice.usage().key()));
                sort(choice.usage(), request.requiredShare(), required, nearMisses);
            }
        }
        List<KeyTally> others = tallies.values().stream()
                .filter(t -> !fieldKeys.contains(lower(t.key())) && !NEVER_REQUIRED.contains(lower(t.key())))
                .filter(t -> !renamedAway(t.key(), keys))
                .sorted(Comparator.comparingInt(KeyTally::carriers).reversed().thenComparing(KeyTally::key))
                .toList();
        for (KeyTally tally : others) {
            // A key no rule reads (image, tags, series) may be optional by design even when nearly
            // every post has one: it is required only when every post has it.
            sort(new KeyUsage(tally.key(), tally.carriers(), total, schemaType(tally), 0, null), 1.0, required,
                    nearMisses);
        }

        Map<String, String> rulesOff = new LinkedHashMap<>();
        if (!fieldOf(fields, "readingTime").found()) {
            rulesOff.put("reading-time", "no post has a reading time (" + String.join(", ",
                    CANDIDATES.get("readingTime")) + ")");
        }
        if (!fieldOf(fields, "excerpt").found()) {
            rulesOff.put("title-matches-excerpt", "no post has an excerpt (" + String.join(", ",
                    CANDIDATES.get("excerpt")) + ") to compare with its title");
        }
        if (!fieldOf(fields, "title").found()) {
            rulesOff.put("title-format", "no post has a title key: the generator takes titles from file names");
            rulesOff.putIfAbsent("title-matches-excerpt", "no post has a title key to compare an excerpt with");
        }

        List<String> sectionPagesMissing = new ArrayList<>();
        for (KeyUsage key : required) {
            if (key.key().equals(keys.date())) {
                continue; // front-matter asks no date of a section page
            }
            boolean missing = sections.stream().anyMatch(page -> !carries(page, key.key()));
            if (missing) {
                sectionPagesMissing.add(key.key());
            }
        }
        int drafts = (int) regular.stream().filter(FrontMatterValues::isDraft).count();
        int bundles = (int) regular.stream().filter(p -> p.fileName().equals("index.md") && p.path().contains("/")).count();
        int fileNameDated = (int) regular.stream()
                .filter(p -> FrontMatterValues.fileNameDate(p.fileName()).isPresent()).count();
        return new Inference(kind, evidence, includes, request.includes() != null, request.excludes(), total,
                sections.size(), drafts, bundles, fileNameDated, unreadable, keys, fields, required, nearMisses,
                rulesOff, sectionPagesMissing, request.requiredShare(),
                kind == SiteKind.JEKYLL && !jekyllExcludesTarget(request.baseDirectory()));
    }

    private static void sort(KeyUsage usage, double share, List<KeyUsage> required, List<KeyUsage> nearMisses) {
        // compared in whole posts, so that 0.95 of 20 posts asks for 19 whatever the rounding of doubles
        if (usage.carriers() > 0 && usage.carriers() >= Math.ceil(share * usage.total() - 1e-9)) {
            required.add(usage);
        } else if (usage.share() >= NEAR_MISS_SHARE) {
            nearMisses.add(usage);
        }
    }

    /**
     * Whether {@code required} cannot name this key: front-matter reads a field name ({@code excerpt})
     * or a default key name ({@code reading_time}) through the {@code keys} map, so when the map
     * renames that field, the literal key is out of reach.
     */
    private static boolean renamedAway(String key, FrontMatterKeys keys) {
        for (String field : FrontMatterKeys.FIELDS) {
            boolean named = key.equals(field) || key.equals(FrontMatterKeys.DEFAULT.keyFor(field));
            if (named && !keys.keyFor(field).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static FieldChoice fieldOf(List<FieldChoice> fields, String field) {
        return fields.stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow();
    }

    /**
     * The key of a field that most posts carry. For the date, only readable dates count, and a post
     * that needs no date key (dated by its Jekyll file name, a draft, another date key) counts as
     * dated, as {@code front-matter} sees it.
     */
    private static FieldChoice choose(String field, Map<String, KeyTally> tallies, List<Post> posts,
            List<String> dateAliases, int total) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String candidate : CANDIDATES.get(field)) {
            KeyTally tally = tallies.get(lower(candidate));
            if (tally == null) {
                continue;
            }
            int count = switch (field) {
                case "date" -> tally.readableDates();
                case "readingTime" -> tally.readableMinutes();
                default -> tally.strings();
            };
            if (count > 0) {
                counts.put(tally.key(), count);
            }
        }
        if (counts.isEmpty()) {
            if (field.equals("date")) {
                // Jekyll posts may all be dated by their file names, with no date key anywhere
                DatedOtherwise otherwise = datedOtherwise(posts, FrontMatterKeys.DEFAULT.date(), dateAliases);
                if (otherwise.total() > 0) {
                    return new FieldChoice(field, new KeyUsage(FrontMatterKeys.DEFAULT.date(), otherwise.total(), total,
                            null, otherwise.total(), otherwise.describe()), Map.of());
                }
            }
            return new FieldChoice(field, null, Map.of());
        }
        String best = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> -CANDIDATES.get(field).indexOf(e.getKey()))).orElseThrow().getKey();
        KeyTally tally = tallies.get(lower(best));
        Map<String, Integer> alternatives = new LinkedHashMap<>();
        counts.entrySet().stream().filter(e -> !e.getKey().equals(best))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> alternatives.put(e.getKey(), tallies.get(lower(e.getKey())).carriers()));
        KeyUsage usage;
        if (field.equals("date")) {
            DatedOtherwise otherwise = datedOtherwise(posts, best, dateAliases);
            usage = new KeyUsage(tally.key(), tally.carriers() + otherwise.total(), total, null, otherwise.total(),
                    otherwise.describe());
        } else if (field.equals("readingTime")) {
            usage = new KeyUsage(tally.key(), tally.carriers(), total, null, 0, null);
        } else {
            usage = new KeyUsage(tally.key(), tally.carriers(), total, schemaType(tally), 0, null);
        }
        return new FieldChoice(field, usage, alternatives);
    }

    /**
     * The posts without the date key that need none, as front-matter sees them: dated by a Jekyll
     * file name, drafts, or dated by another key ({@code dateAliases}).
     */
    private static DatedOtherwise datedOtherwise(List<Post> posts, String dateKey, List<String> dateAliases) {
        int fileNames = 0;
        int drafts = 0;
        int aliases = 0;
        for (Post post : posts) {
            if (carries(post, dateKey)) {
                continue;
            }
            if (FrontMatterValues.fileNameDate(post.fileName()).isPresent()) {
                fileNames++;
            } else if (FrontMatterValues.isDraft(post)) {
                drafts++;
            } else if (post.frontMatter() != null && dateAliases.stream().anyMatch(alias -> carries(post, alias))) {
                aliases++;
            }
        }
        return new DatedOtherwise(fileNames, drafts, aliases);
    }

    /** Posts that need no date key, by the reason front-matter accepts. */
    private record DatedOtherwise(int fileNames, int drafts, int aliases) {

        int total() {
            return fileNames + drafts + aliases;
        }

        /** {@code 10 dated by their file names, 1 draft}, or null when there are none. */
        String describe() {
            List<String> parts = new ArrayList<>();
            if (fileNames > 0) {
                parts.add(InitReport.number(fileNames) + " dated by " + (fileNames == 1 ? "its file name" : "their file names"));
            }
            if (drafts > 0) {
                parts.add(InitReport.count(drafts, "draft"));
            }
            if (aliases > 0) {
                parts.add(InitReport.number(aliases) + " dated by another date key");
            }
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
    }

    private static boolean carries(Post post, String key) {
        FrontMatter frontMatter = post.frontMatter();
        return frontMatter != null && frontMatter.isWellFormed()
                && frontMatter.entry(key).filter(e -> !e.isEmpty()).isPresent();
    }

    /** Counts, per key (case folded, as Hugo reads keys), the posts that give it a value and the values' types. */
    private static Map<String, KeyTally> tally(List<Post> posts) {
        Map<String, KeyTally> tallies = new TreeMap<>();
        for (Post post : posts) {
            FrontMatter frontMatter = post.frontMatter();
            if (frontMatter == null || !frontMatter.isWellFormed()) {
                continue;
            }
            Set<String> seen = new java.util.HashSet<>();
            for (FrontMatterEntry entry : frontMatter.entries().values()) {
                String folded = lower(entry.key());
                if (!seen.add(folded)) {
                    continue; // `title` and `Title` in one post: one key to Hugo
                }
                tallies.computeIfAbsent(folded, k -> new KeyTally()).add(entry);
            }
        }
        return tallies;
    }

    /**
     * The schema type every value of a key has, when the values agree and {@code front-matter}
     * does not check the key's type by itself; otherwise null.
     */
    private static String schemaType(KeyTally tally) {
        if (TYPED_BY_RULE.contains(lower(tally.key())) || tally.carriers() == 0) {
            return null;
        }
        Set<String> types = tally.types();
        if (types.size() == 1) {
            String only = types.iterator().next();
            return only.equals("map") ? null : only;
        }
        if (types.equals(Set.of("integer", "number"))) {
            return "number";
        }
        if (types.equals(Set.of("string", "date"))) {
            return "string";
        }
        return null;
    }

    private List<String> dateAliases() {
        Object aliases = RuleCatalog.builtIn().get(FrontMatterRule.ID).options().get("dateAliases").defaultValue();
        List<String> names = new ArrayList<>();
        if (aliases instanceof List<?> list) {
            list.forEach(a -> names.add(String.valueOf(a)));
        }
        return names;
    }

    /** The site kind: a generator's configuration file first, then the folders the posts are in. */
    static SiteKind kind(Path base, List<String> paths, List<String> evidence) {
        for (String name : List.of("astro.config.mjs", "astro.config.js", "astro.config.ts", "astro.config.mts",
                "astro.config.cjs")) {
            if (Files.isRegularFile(base.resolve(name))) {
                evidence.add(name);
                return withFolders(SiteKind.ASTRO, paths, "src/content/", evidence);
            }
        }
        for (String name : List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json")) {
            if (Files.isRegularFile(base.resolve(name))) {
                evidence.add(name);
                return withFolders(SiteKind.HUGO, paths, "content/", evidence);
            }
        }
        boolean hugoFolders = Files.isDirectory(base.resolve("content"))
                && (Files.isDirectory(base.resolve("archetypes")) || Files.isDirectory(base.resolve("layouts"))
                        || Files.isDirectory(base.resolve("themes")) || Files.isDirectory(base.resolve("config/_default")));
        for (String name : List.of("config.toml", "config.yaml", "config.yml")) {
            if (Files.isRegularFile(base.resolve(name)) && (hugoFolders || Files.isDirectory(base.resolve("content")))) {
                evidence.add(name + " beside content/");
                return withFolders(SiteKind.HUGO, paths, "content/", evidence);
            }
        }
        for (String name : List.of("_config.yml", "_config.yaml", "_config.toml")) {
            if (Files.isRegularFile(base.resolve(name))) {
                evidence.add(name);
                return withFolders(SiteKind.JEKYLL, paths, "_posts/", evidence);
            }
        }
        int jekyll = (int) paths.stream().filter(p -> ("/" + p).contains("/_posts/") || ("/" + p).contains("/_drafts/"))
                .count();
        int astro = (int) paths.stream().filter(p -> p.startsWith("src/content/")).count();
        int hugo = (int) paths.stream().filter(p -> p.startsWith("content/")).count();
        int most = Math.max(jekyll, Math.max(astro, hugo));
        if (most == 0) {
            evidence.add("no _posts/, content/ or src/content/ folder and no generator configuration");
            return SiteKind.PLAIN;
        }
        if (most == jekyll) {
            evidence.add("_posts/ or _drafts/ (" + files(jekyll) + ")");
            return SiteKind.JEKYLL;
        }
        if (most == astro) {
            evidence.add("src/content/ (" + files(astro) + ")");
            return SiteKind.ASTRO;
        }
        evidence.add("content/ (" + files(hugo) + ")");
        return SiteKind.HUGO;
    }

    private static SiteKind withFolders(SiteKind kind, List<String> paths, String folder, List<String> evidence) {
        int inFolder = (int) paths.stream().filter(p -> kind == SiteKind.JEKYLL
                ? ("/" + p).contains("/_posts/") || ("/" + p).contains("/_drafts/") : p.startsWith(folder)).count();
        if (inFolder > 0) {
            evidence.add((kind == SiteKind.JEKYLL ? "_posts/ or _drafts/" : folder) + " (" + files(inFolder) + ")");
        }
        return kind;
    }

    private static String files(int files) {
        return InitReport.count(files, "Markdown file");
    }

    /**
     * Without a generator's folders: the Markdown files with front matter, grouped by their top
     * folder, each group selected by its deepest common folder. Repository documents (README,
     * CHANGELOG, …) and hidden folders are no posts.
     */
    private PlainFolders plainFolders(InitRequest request, List<String> excludes) throws IOException {
        List<String> hiddenToo = new ArrayList<>(excludes);
        hiddenToo.add("**/.*/**");
        List<String> markdown = new FileDiscovery(List.of("**/*.md", "**/*.markdown"), hiddenToo)
                .find(request.baseDirectory());
        Map<String, List<String>> groups = new TreeMap<>();
        for (String path : markdown) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            String stem = name.substring(0, name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
            if (NOT_POSTS.contains(stem)) {
                continue;
            }
            Post post = read(request, path);
            if (post == null || post.frontMatter() == null || post.frontMatter().entries().isEmpty()) {
                continue;
            }
            int slash = path.indexOf('/');
            groups.computeIfAbsent(slash < 0 ? "" : path.substring(0, slash), k -> new ArrayList<>()).add(path);
        }
        if (groups.size() > 1) {
            groups.remove(""); // front matter at the top level beside post folders: a page, not a post
        }
        List<String> includes = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (List<String> group : groups.values()) {
            String folder = commonFolder(group);
            Set<String> extensions = new java.util.TreeSet<>();
            group.forEach(p -> extensions.add(p.substring(p.lastIndexOf('.') + 1)));
            for (String extension : extensions) {
                includes.add(folder.isEmpty() ? "*." + extension : folder + "/**/*." + extension);
            }
        }
        if (!includes.isEmpty()) {
            paths = new FileDiscovery(includes, excludes).find(request.baseDirectory());
        }
        return new PlainFolders(includes, paths);
    }

    private static String commonFolder(List<String> paths) {
        String common = null;
        for (String path : paths) {
            String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            if (common == null) {
                common = folder;
                continue;
            }
            while (!common.isEmpty() && !(folder.equals(common) || folder.startsWith(common + "/"))) {
                common = common.contains("/") ? common.substring(0, common.lastIndexOf('/')) : "";
            }
        }
        return common == null ? "" : common;
    }

    /**
     * Whether Jekyll's {@code _config.yml} lists {@code target} under {@code exclude}: otherwise
     * Jekyll copies {@code target/contentlint/*.html} into the published site.
     */
    static boolean jekyllExcludesTarget(Path base) {
        Path config = base.resolve("_config.yml");
        if (!Files.isRegularFile(config)) {
            return false;
        }
        try {
            org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
            options.setMaxAliasesForCollections(20);
            Object loaded = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(options))
                    .load(Files.readString(config));
            if (loaded instanceof Map<?, ?> map && map.get("exclude") instanceof List<?> exclude) {
                return exclude.stream().map(String::valueOf).map(String::strip)
                        .anyMatch(e -> e.equals("target") || e.equals("target/") || e.equals("/target")
                                || e.equals("/target/") || e.equals("target/**"));
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false; // a _config.yml we cannot read: the hint does no harm
        }
    }

    static String lower(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<String>> candidates() {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        candidates.put("title", List.of("title", "headline"));
        candidates.put("excerpt", List.of("excerpt", "description", "summary", "abstract", "subtitle"));
        candidates.put("date", List.of("date", "pubDate", "publishDate", "published", "publishedAt", "created",
                "createdAt", "created_at"));
        candidates.put("readingTime", List.of("reading_time", "readingTime", "read_time", "readTime", "reading-time",
                "readingMinutes"));
        return java.util.Collections.unmodifiableMap(candidates);
    }

    private record PlainFolders(List<String> includes, List<String> paths) {
    }

    /** The posts that give one key a value, and what their values are. Used on one thread only. */
    private static final class KeyTally {
        private final Map<String, Integer> spellings = new HashMap<>();
        private final Set<String> types = new java.util.TreeSet<>();
        private int carriers;
        private int strings;
        private int readableDates;
        private int readableMinutes;

        void add(FrontMatterEntry entry) {
            spellings.merge(entry.key(), 1, Integer::sum);
            if (entry.isEmpty()) {
                return;
            }
            carriers++;
            Object value = entry.value();
            if (value instanceof String s) {
                strings++;
                types.add(FrontMatterValues.date(s).isPresent() ? "date" : "string");
            } else if (value instanceof Boolean) {
                types.add("boolean");
            } else if (value instanceof Long || value instanceof Integer) {
                types.add("integer");
            } else if (value instanceof Number) {
                types.add("number");
            } else if (value instanceof List<?>) {
                types.add("list");
            } else {
                types.add("map");
            }
            if (FrontMatterValues.date(value).isPresent()) {
                readableDates++;
            }
            if (FrontMatterValues.readingTimeMinutes(value).isPresent()) {
                readableMinutes++;
            }
        }

        /** The spelling most posts use; the first in sort order on a tie. */
        String key() {
            return spellings.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
        }

        int carriers() {
            return carriers;
        }

        int strings() {
            return strings;
        }

        int readableDates() {
            return readableDates;
        }

        int readableMinutes() {
            return readableMinutes;
        }

        Set<String> types() {
            return types;
        }
    }
}
