package io.github.contentlint.post;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Hugo's JSON and TOML front matter with Jackson, keeping each top-level key's position. */
final class JacksonFrontMatterParser {

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(20).maxStringLength(1024 * 1024).maxNumberLength(100).build();
    private static final ObjectMapper JSON = new ObjectMapper(
            JsonFactory.builder().streamReadConstraints(LIMITS).build());
    private static final TomlMapper TOML = new TomlMapper();
    /** A top-level {@code key = value} line; TOML tables ({@code [x]}) end the top level. */
    private static final Pattern TOML_KEY = Pattern.compile(
            "^[ \\t]*(?:\"([^\"]+)\"|'([^']+)'|([A-Za-z0-9_-]+))[ \\t]*=[ \\t]*(.*?)[ \\t]*$");

    private JacksonFrontMatterParser() {
    }

    /** Result of reading a JSON object at the top of a file: its entries and where it ends. */
    record JsonResult(YamlFrontMatterParser.ParsedEntries entries, int endOffset) {
    }

    /** Reads the JSON object that starts at offset 0; endOffset is -1 when it cannot be read to its end. */
    static JsonResult parseJson(SourceText source) {
        List<FrontMatterProblem> problems = new ArrayList<>();
        Map<String, FrontMatterEntry> entries = new LinkedHashMap<>();
        Map<String, Position> firstSeen = new HashMap<>();
        String text = source.text();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("front matter does not start with {");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation keyLocation = parser.currentTokenLocation();
                Position keyPosition = source.positionOf((int) keyLocation.getCharOffset());
                JsonToken valueToken = parser.nextToken();
                int valueStart = (int) parser.currentTokenLocation().getCharOffset();
                Object value;
                if (valueToken == JsonToken.START_OBJECT || valueToken == JsonToken.START_ARRAY) {
                    JsonNode tree = parser.readValueAsTree();
                    value = plain(JSON.convertValue(tree, Object.class));
                } else {
                    value = scalar(parser, valueToken);
                }
                int valueEnd = (int) parser.currentLocation().getCharOffset();
                Position first = firstSeen.putIfAbsent(key, keyPosition);
                if (first != null) {
                    problems.add(new FrontMatterProblem(FrontMatterProblem.Kind.DUPLICATE_KEY, keyPosition, key, first));
                } else {
                    entries.put(key, new FrontMatterEntry(key, value, keyPosition, valueStart, valueEnd));
                }
            }
            int end = (int) parser.currentLocation().getCharOffset();
            return new JsonResult(new YamlFrontMatterParser.ParsedEntries(entries, problems), end);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            Position position = location == null || location.getLineNr() < 1
                    ? Position.lineStart(1)
                    : new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
            problems.add(new FrontMatterProblem(FrontMatterProblem.Kind.MALFORMED, position,
                    e.getOriginalMessage(), null));
            return new JsonResult(new YamlFrontMatterParser.ParsedEntries(Map.of(), problems), -1);
        } catch (IOException | RuntimeException e) {
            problems.add(new FrontMatterProblem(FrontMatterProblem.Kind.MALFORMED, Position.lineStart(1),
                    String.valueOf(e.getMessage()), null));
            return new JsonResult(new YamlFrontMatterParser.ParsedEntries(Map.of(), problems), -1);
        }
    }

    /** The same value types as YAML front matter: whole numbers as Long, lists and maps unmodifiable. */
    private static Object plain(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(plain(item)));
            return java.util.Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return java.util.Collections.unmodifiableMap(copy);
        }
        return value;
    }

    private static Object scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Reads TOML between {@code +++} lines: values through Jackson, key positions from the lines. */
    static YamlFrontMatterParser.ParsedEntries parseToml(SourceText source, int startOffset, int endOffset) {
        String toml = source.text().substring(startOffset, endOffset);
        int firstLine = source.lineOf(startOffset);
        List<FrontMatterProblem> problems = new ArrayList<>();
        Map<String, Object> values;
        try {
            JsonNode tree = TOML.readTree(toml);
            if (tree == null || !tree.isObject()) {
                return new YamlFrontMatterParser.ParsedEntries(Map.of(), problems);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) plain(TOML.convertValue(tree, LinkedHashMap.class));
            values = map;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            Position position = location == null || location.getLineNr() < 1
                    ? Position.lineStart(firstLine)
                    : new Position(firstLine + location.getLineNr() - 1, Math.max(1, location.getColumnNr()));
            problems.add(new FrontMatterProblem(FrontMatterProblem.Kind.MALFORMED, position,
                    e.getOriginalMessage(), null));
            return new YamlFrontMatterParser.ParsedEntries(Map.of(), problems);
        } catch (IOException | RuntimeException e) {
            problems.add(new FrontMatterProblem(FrontMatterProblem.Kind.MALFORMED, Position.lineStart(firstLine),
                    String.valueOf(e.getMessage()), null));
            return new YamlFrontMatterParser.ParsedEntries(Map.of(), problems);
        }
        Map<String, FrontMatterEntry> entries = new LinkedHashMap<>();
        int lastLine = source.lineOf(endOffset);
        for (int line = firstLine; line <= lastLine && line <= source.lineCount(); line++) {
            String content = source.line(line);
            if (content.stripLeading().startsWith("[")) {
                break;
            }
            Matcher m = TOML_KEY.matcher(content);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (!values.containsKey(key) || entries.containsKey(key)) {
                continue;
            }
            int lineStart = source.lineStartOffset(line);
            int valueStart = lineStart + m.start(4);
            int valueEnd = lineStart + m.end(4);
            Position keyPosition = source.positionOf(lineStart + m.start(m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3)
                    - (m.group(3) != null ? 0 : 1));
            entries.put(key, new FrontMatterEntry(key, values.get(key), keyPosition, valueStart, valueEnd));
        }
        for (Map.Entry<String, Object> value : values.entrySet()) {
            // keys we could not place (tables, dotted keys) still count, at the opening line
            entries.computeIfAbsent(value.getKey(), k -> new FrontMatterEntry(
                    k, value.getValue(), Position.lineStart(Math.max(1, firstLine - 1)), -1, -1));
        }
        return new YamlFrontMatterParser.ParsedEntries(entries, problems);
    }
}
