package no.kobling.company.importing.parse;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.kobling.company.importing.domain.ImportFileException;
import no.kobling.company.importing.domain.Rejections;
import no.kobling.company.importing.domain.SourceRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams the records of a JSON file with Jackson's streaming parser, one object at a time: a top-level array (bulk
 * download), an object holding the array under one of {@code arrayFields} (also inside {@code _embedded}: API
 * pages), or a single record object. Record number = 1-based index in the array. A JSON syntax error or a string
 * value over {@link #MAX_RECORD_LENGTH} ends the run (the streaming parser cannot find the next record after it).
 */
final class JsonRecordSource implements RecordSource {

    private static final int MAX_CACHED_PATHS = 10_000;
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_RECORD_LENGTH)
                    .maxNestingDepth(100).build())
            .build()).build();

    private final InputStream in;
    private JsonParser parser;
    private final Set<String> arrayFields;
    private final String identifyingField;
    private final Function<JsonNode, SourceRecord> mapper;
    /** Maps a record flattened straight from the parser's tokens (no tree); null: build a tree for {@link #mapper}. */
    private final Function<Map<String, String>, SourceRecord> flatMapper;
    /**
     * Dotted lower-case paths by parent path and field name, made once per distinct field instead of once per record
     * (hashing, lower-casing and joining every record's field names was about a tenth of the parser's samples). Bounded:
     * a file with ever new field names just stops being cached.
     */
    private final Map<String, Map<String, String>> paths = new HashMap<>();
    private int cachedPaths;
    private boolean started;
    private boolean inArray;
    private ObjectNode single;
    private long index;

    private final Set<String> foreignArrays;
    private final String foreignField;
    private final String foreignFormat;

    private JsonRecordSource(InputStream in, Set<String> arrayFields, String identifyingField,
            Function<JsonNode, SourceRecord> mapper, Function<Map<String, String>, SourceRecord> flatMapper,
            Set<String> foreignArrays, String foreignField, String foreignFormat) {
        this.in = in;
        this.arrayFields = arrayFields;
        this.identifyingField = identifyingField;
        this.mapper = mapper;
        this.flatMapper = flatMapper;
        this.foreignArrays = foreignArrays;
        this.foreignField = foreignField;
        this.foreignFormat = foreignFormat;
    }

    /**
     * Enhetsregisteret: bulk array, API page ({@code _embedded.enheter}) or one unit. The records of an array are
     * flattened straight from the parser's tokens (issue 18.3, second round: no tree per record that is only flattened
     * and thrown away); the result is the one {@link #flatten} gives for the record's tree.
     */
    static JsonRecordSource brreg(InputStream in) {
        Function<Map<String, String>, SourceRecord> fromFlat = flat -> new SourceRecord.Parsed(0,
                BrregMapping.map(flat::get, flat::containsKey));
        return new JsonRecordSource(in, Set.of("enheter", "underenheter"), "organisasjonsnummer", node -> {
            Map<String, String> flat = new HashMap<>();
            flatten("", node, flat);
            return fromFlat.apply(flat);
        }, fromFlat, Set.of("companies", "results"), "businessId", "prh-json");
    }

    /** PRH/YTJ: v3 {@code {"companies":[...]}} and the legacy BIS v1 {@code {"results":[...]}}. */
    static JsonRecordSource prh(InputStream in) {
        return new JsonRecordSource(in, Set.of("companies", "results"), "businessId", PrhMapping::map, null,
                Set.of("enheter", "underenheter"), "organisasjonsnummer", "brreg-json");
    }

    @Override
    public SourceRecord next() {
        try {
            if (!started) {
                start();
            }
            if (single != null) {
                ObjectNode node = single;
                single = null;
                return record(1, node);
            }
            if (!inArray) {
                return null;
            }
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new ImportFileException("companyimport.failure.truncated", index + 1, "end of JSON inside array");
            }
            if (token == JsonToken.END_ARRAY) {
                inArray = false;
                return null;
            }
            index++;
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return new SourceRecord.Rejected(index, null, Rejections.MALFORMED_RECORD, "not an object: " + token);
            }
            long start = parser.currentLocation().getByteOffset();
            if (flatMapper != null) {
                return flatRecord(start);
            }
            JsonNode node = parser.readValueAsTree();
            long length = parser.currentLocation().getByteOffset() - start;
            if (length > MAX_RECORD_LENGTH) {
                return new SourceRecord.Rejected(index, null, Rejections.RECORD_TOO_LONG, length + " bytes");
            }
            if (index == 1) {
                checkShape(node);
            }
            return record(index, node);
        } catch (StreamConstraintsException e) {
            throw new ImportFileException("companyimport.failure.record-too-long", index, e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            throw failure(e);
        }
    }

    private ImportFileException failure(JacksonException e) {
        Throwable cause = e.getCause();
        if (cause != null && !(cause instanceof JacksonException)) {
            return RecordSources.failure(cause, index);
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return new ImportFileException("companyimport.failure.truncated", Math.max(index, 1),
                    e.getOriginalMessage(), e);
        }
        if (String.valueOf(e.getOriginalMessage()).contains("Invalid UTF-8")) {
            return new ImportFileException("companyimport.failure.wrong-encoding", Math.max(index, 1),
                    e.getOriginalMessage() + "; the file is not UTF-8", e);
        }
        String key = index == 0 ? "companyimport.failure.wrong-format" : "companyimport.failure.syntax";
        return new ImportFileException(key, Math.max(index, 1), e.getOriginalMessage(), e);
    }

    /** The first record must carry this format's identifier; a record of the other JSON format ends the run. */
    private void checkShape(JsonNode node) {
        if (node.has(identifyingField)) {
            return;
        }
        String looksLike = node.has(foreignField) ? foreignFormat : null;
        throw new ImportFileException("companyimport.failure.wrong-format", 1, (looksLike == null ? ""
                : "looks like " + looksLike + ": ") + "the first record has no " + identifyingField);
    }

    /** The record at the parser's START_OBJECT, flattened from its tokens (same checks as the tree way). */
    private SourceRecord flatRecord(long start) {
        Map<String, String> flat = new HashMap<>(64); // an Enhetsregisteret record flattens to 20-40 fields
        Set<String> topFields = index == 1 ? new java.util.HashSet<>() : null;
        flattenTokens("", flat, topFields);
        long length = parser.currentLocation().getByteOffset() - start;
        if (length > MAX_RECORD_LENGTH) {
            return new SourceRecord.Rejected(index, null, Rejections.RECORD_TOO_LONG, length + " bytes");
        }
        if (topFields != null && !topFields.contains(identifyingField)) {
            String looksLike = topFields.contains(foreignField) ? foreignFormat : null;
            throw new ImportFileException("companyimport.failure.wrong-format", 1, (looksLike == null ? ""
                    : "looks like " + looksLike + ": ") + "the first record has no " + identifyingField);
        }
        return record(index, () -> flatMapper.apply(flat));
    }

    /**
     * {@link #flatten} without the tree: reads the object whose START_OBJECT the parser is at, up to its END_OBJECT.
     * {@code topFields} (if not null) collects the object's own field names, as they are.
     */
    private void flattenTokens(String prefix, Map<String, String> out, Set<String> topFields) {
        for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            if (topFields != null) {
                topFields.add(name);
            }
            String path = path(prefix, name);
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                flattenTokens(path, out, null);
            } else if (value == JsonToken.START_ARRAY) {
                StringBuilder sb = new StringBuilder();
                for (JsonToken item = parser.nextToken(); item != null && item != JsonToken.END_ARRAY;
                        item = parser.nextToken()) {
                    if (item == JsonToken.START_OBJECT || item == JsonToken.START_ARRAY) {
                        parser.skipChildren();
                    } else if (item != JsonToken.VALUE_NULL) {
                        if (!sb.isEmpty()) {
                            sb.append('\n');
                        }
                        sb.append(scalar(item));
                    }
                }
                if (!sb.isEmpty()) {
                    out.put(path, sb.toString());
                }
            } else if (value != JsonToken.VALUE_NULL) {
                String text = scalar(value);
                if (!text.isBlank()) {
                    out.put(path, text);
                }
            }
        }
    }

    /** The dotted lower-case path of field {@code name} under {@code prefix}, as {@link #flatten} makes it. */
    private String path(String prefix, String name) {
        Map<String, String> children = paths.get(prefix);
        String path = children == null ? null : children.get(name);
        if (path != null) {
            return path;
        }
        String key = name.toLowerCase(Locale.ROOT);
        path = prefix.isEmpty() ? key : prefix + "." + key;
        if (cachedPaths < MAX_CACHED_PATHS) {
            cachedPaths++;
            paths.computeIfAbsent(prefix, p -> new HashMap<>()).put(name, path);
        }
        return path;
    }

    /**
     * A scalar's text as its tree node gives it ({@code asString}): strings as they are, booleans and integers as
     * their value's text ({@code -0} is {@code 0}), other numbers through the node (rare; reading a tree costs a
     * deserializer look-up).
     */
    private String scalar(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> parser.getString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? parser.getBigIntegerValue().toString() : Long.toString(parser.getLongValue());
            default -> ((JsonNode) parser.readValueAsTree()).asString();
        };
    }

    private SourceRecord record(long number, JsonNode node) {
        return record(number, () -> mapper.apply(node));
    }

    private SourceRecord record(long number, java.util.function.Supplier<SourceRecord> mapping) {
        try {
            SourceRecord r = mapping.get();
            if (r instanceof SourceRecord.Parsed p) {
                return new SourceRecord.Parsed(number, p.company());
            }
            SourceRecord.Rejected j = (SourceRecord.Rejected) r;
            return new SourceRecord.Rejected(number, j.orgNumber(), j.reason(), j.detail());
        } catch (RuntimeException e) {
            return new SourceRecord.Rejected(number, null, Rejections.MALFORMED_RECORD, String.valueOf(e.getMessage()));
        }
    }

    private void start() {
        started = true;
        parser = MAPPER.createParser(in);
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_ARRAY) {
            inArray = true;
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            throw new ImportFileException("companyimport.failure.wrong-format", 0, "not a JSON array or object");
        }
        ObjectNode collected = MAPPER.createObjectNode();
        if (findArray(collected, true)) {
            return;
        }
        if (collected.has(identifyingField)) {
            single = collected;
            return;
        }
        throw new ImportFileException("companyimport.failure.wrong-format", 0,
                (collected.has(foreignField) ? "looks like " + foreignFormat + ": " : "")
                + "no " + String.join("/", arrayFields) + " array and no " + identifyingField);
    }

    /** Reads the fields of the current object until an array of records starts; collects the other fields. */
    private boolean findArray(ObjectNode collected, boolean top) {
        for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (arrayFields.contains(name) && value == JsonToken.START_ARRAY) {
                inArray = true;
                return true;
            }
            if (foreignArrays.contains(name) && value == JsonToken.START_ARRAY) {
                throw new ImportFileException("companyimport.failure.wrong-format", 0,
                        "looks like " + foreignFormat + ": it holds a \"" + name + "\" array");
            }
            if (top && "_embedded".equals(name) && value == JsonToken.START_OBJECT) {
                if (findArray(MAPPER.createObjectNode(), false)) {
                    return true;
                }
                continue;
            }
            if (top) {
                collected.set(name, parser.readValueAsTree());
            } else {
                parser.skipChildren();
            }
        }
        return false;
    }

    static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(prefix.isEmpty() ? e.getKey().toLowerCase(Locale.ROOT)
                        : prefix + "." + e.getKey().toLowerCase(Locale.ROOT), e.getValue(), out);
            }
        } else if (node.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode item : node) {
                if (item.isValueNode() && !item.isNull()) {
                    if (!sb.isEmpty()) {
                        sb.append('\n');
                    }
                    sb.append(item.asString());
                }
            }
            if (!sb.isEmpty()) {
                out.put(prefix, sb.toString());
            }
        } else if (!node.isNull()) {
            String text = node.asString();
            if (!text.isBlank()) {
                out.put(prefix, text);
            }
        }
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
            in.close();
        } catch (JacksonException | java.io.IOException e) {
            // closing a read stream: nothing to lose
        }
    }
}
