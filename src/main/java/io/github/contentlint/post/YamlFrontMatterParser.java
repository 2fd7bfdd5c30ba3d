package io.github.contentlint.post;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML front matter with SnakeYAML's composer, so that every key keeps its position.
 * {@code compose()} neither constructs objects nor honours {@code allowDuplicateKeys}, so this
 * class converts the node graph itself: it refuses non-standard tags, finds duplicate keys, and
 * memoises nodes by identity so that aliases cannot blow up the conversion.
 */
final class YamlFrontMatterParser {

    private static final Set<Tag> STANDARD_TAGS = Set.of(
            Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.BINARY,
            Tag.SEQ, Tag.MAP, Tag.SET, Tag.OMAP, Tag.PAIRS, Tag.MERGE);
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on", "y");

    private final SourceText source;
    /** {@code Key:value} at the start of a line: a letter key, a colon, then no space, slash or digit. */
    private static final java.util.regex.Pattern KEY_WITHOUT_SPACE =
            java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*:[^\\s/:\\d\"'\\[{].*\\r?");
    private final String yamlText;
    private final int yamlStartOffset;
    private final int yamlStartLine;
    private final List<FrontMatterProblem> problems = new ArrayList<>();
    private final Map<Node, Object> converted = new IdentityHashMap<>();

    private YamlFrontMatterParser(SourceText source, int yamlStartOffset, int yamlEndOffset) {
        this.source = source;
        this.yamlText = source.text().substring(yamlStartOffset, yamlEndOffset);
        this.yamlStartOffset = yamlStartOffset;
        this.yamlStartLine = source.lineOf(yamlStartOffset);
    }

    /** Loader limits: small, because front matter is a handful of keys. */
    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1024 * 1024);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    /**
     * A top-level line that writes a key and its value with no space after the colon
     * ({@code Title:My post}): YAML reads it as one plain scalar, and the parser then complains
     * about the next line, far from the real fault. URLs ({@code a://b}) and times ({@code 10:30})
     * do not count.
     */
    private java.util.Optional<FrontMatterProblem> keyWithoutSpace() {
        int offset = 0;
        for (String line : yamlText.split("\n", -1)) {
            if (KEY_WITHOUT_SPACE.matcher(line).matches()) {
                return java.util.Optional.of(new FrontMatterProblem(FrontMatterProblem.Kind.KEY_WITHOUT_SPACE,
                        source.positionOf(yamlStartOffset + offset), line.strip(), null));
            }
            offset += line.length() + 1;
        }
        return java.util.Optional.empty();
    }

    static ParsedEntries parse(SourceText source, int yamlStartOffset, int yamlEndOffset) {
        return new YamlFrontMatterParser(source, yamlStartOffset, yamlEndOffset).parse();
    }

    private ParsedEntries parse() {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(loaderOptions())).compose(new SurrogateSafeReader(yamlText));
        } catch (MarkedYAMLException e) {
            // "end of stream" points past the last key; the context (an open quote) is the place to fix
            boolean atEnd = String.valueOf(e.getProblem()).contains("end of stream");
            Mark mark = (atEnd && e.getContextMark() != null) || e.getProblemMark() == null
                    ? e.getContextMark() : e.getProblemMark();
            String problem = String.valueOf(e.getProblem());
            if (problem.startsWith("Global tag is not allowed:")) {
                // SnakeYAML refuses class tags (`!!java.net.URL`) while composing: say so plainly
                String tag = problem.substring(problem.indexOf(':') + 1).trim().replace("tag:yaml.org,2002:", "!!");
                problems.add(new FrontMatterProblem(FrontMatterProblem.Kind.UNSUPPORTED_TAG, position(mark), tag, null));
            } else {
                problems.add(keyWithoutSpace().orElseGet(() -> new FrontMatterProblem(
                        FrontMatterProblem.Kind.MALFORMED, position(mark), plainWords(e), null)));
            }
            return new ParsedEntries(Map.of(), problems);
        } catch (YAMLException e) {
            problems.add(new FrontMatterProblem(FrontMatterProblem.Kind.MALFORMED,
                    Position.lineStart(yamlStartLine), String.valueOf(e.getMessage()), null));
            return new ParsedEntries(Map.of(), problems);
        }
        if (root == null) {
            return new ParsedEntries(Map.of(), problems);
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new FrontMatterProblem(FrontMatterProblem.Kind.NOT_A_MAPPING,
                    position(root.getStartMark()), root instanceof SequenceNode ? "list" : "single value", null));
            return new ParsedEntries(Map.of(), problems);
        }
        Map<String, FrontMatterEntry> entries = new LinkedHashMap<>();
        Map<String, Position> firstSeen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Node valueNode = tuple.getValueNode();
            String key = keyText(keyNode);
            Position keyPosition = position(keyNode.getStartMark());
            Position first = firstSeen.putIfAbsent(key, keyPosition);
            Object value = convert(valueNode);
            if (first != null) {
                problems.add(new FrontMatterProblem(FrontMatterProblem.Kind.DUPLICATE_KEY, keyPosition, key, first));
                continue;
            }
            entries.put(key, new FrontMatterEntry(key, value, keyPosition,
                    offset(valueNode.getStartMark()), offset(valueNode.getEndMark())));
        }
        return new ParsedEntries(entries, problems);
    }

    private String keyText(Node keyNode) {
        Object key = convert(keyNode);
        return String.valueOf(key);
    }

    private Object convert(Node node) {
        if (converted.containsKey(node)) {
            return converted.get(node);
        }
        // Placeholder first: a recursive alias then sees null instead of looping.
        converted.put(node, null);
        Object value = convertFresh(node);
        converted.put(node, value);
        return value;
    }

    private Object convertFresh(Node node) {
        Tag tag = node.getTag();
        if (!STANDARD_TAGS.contains(tag)) {
            problems.add(new FrontMatterProblem(FrontMatterProblem.Kind.UNSUPPORTED_TAG,
                    position(node.getStartMark()), tag.getValue(), null));
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalarValue(tag, scalar.getValue());
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(convert(item));
            }
            return List.copyOf(nullSafe(list));
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyText(tuple.getKeyNode());
            Object value = convert(tuple.getValueNode());
            if (map.containsKey(key)) {
                problems.add(new FrontMatterProblem(FrontMatterProblem.Kind.DUPLICATE_KEY,
                        position(tuple.getKeyNode().getStartMark()), key, null));
            } else {
                map.put(key, value);
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static List<Object> nullSafe(List<Object> list) {
        // List.copyOf refuses nulls; a YAML list may hold them (`- ~`).
        list.replaceAll(item -> item == null ? "" : item);
        return list;
    }

    private static Object scalarValue(Tag tag, String text) {
        try {
            if (tag.equals(Tag.INT)) {
                return Long.parseLong(text.replace("_", ""));
            }
            if (tag.equals(Tag.FLOAT)) {
                return Double.parseDouble(text.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            return text; // hex, octal, sexagesimal and infinities stay as written
        }
        if (tag.equals(Tag.BOOL)) {
            return TRUE_WORDS.contains(text.toLowerCase(Locale.ROOT));
        }
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        return text;
    }

    /**
     * The file position of a mark, from its index: SnakeYAML also breaks lines at U+0085,
     * U+2028 and U+2029, so its line numbers can disagree with the file's.
     */
    private Position position(Mark mark) {
        int offset = offset(mark);
        if (offset < 0) {
            return Position.lineStart(yamlStartLine);
        }
        return source.positionOf(Math.min(offset, yamlStartOffset + yamlText.length()));
    }

    private int offset(Mark mark) {
        if (mark == null) {
            return -1;
        }
        // SnakeYAML counts code points; the rest of contentlint counts chars.
        int codePoints = yamlText.codePointCount(0, yamlText.length());
        return yamlStartOffset + yamlText.offsetByCodePoints(0, Math.min(Math.max(0, mark.getIndex()), codePoints));
    }

    private static String plainWords(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return "a quoted value is never closed: add the closing quote";
        }
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
            return "a tab indents this line: indent YAML with spaces";
        }
        if (problem.contains("mapping values are not allowed here")) {
            return "this value holds \": \" and reads as a key: put the whole value in quotes";
        }
        StringBuilder words = new StringBuilder();
        if (e.getContext() != null) {
            words.append(e.getContext()).append(": ");
        }
        words.append(e.getProblem() == null ? "cannot be read" : e.getProblem());
        return words.toString().replace('\n', ' ').replaceAll("\\s+", " ").trim();
    }

    /**
     * A reader of a string that never ends a read between the two halves of a surrogate pair:
     * SnakeYAML's StreamReader reads one char past its buffer when a read ends on a high
     * surrogate, and fails on front matter longer than its buffer with an emoji at the edge.
     */
    static final class SurrogateSafeReader extends Reader {

        private final String text;
        private int position;

        SurrogateSafeReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position >= text.length()) {
                return -1;
            }
            int count = Math.min(length, text.length() - position);
            if (count > 1 && Character.isHighSurrogate(text.charAt(position + count - 1))) {
                count--;
            }
            text.getChars(position, position + count, buffer, offset);
            position += count;
            return count;
        }

        @Override
        public void close() {
            position = text.length();
        }
    }

    /** What the format parsers return: entries in file order and problems. */
    record ParsedEntries(Map<String, FrontMatterEntry> entries, List<FrontMatterProblem> problems) {
    }
}
