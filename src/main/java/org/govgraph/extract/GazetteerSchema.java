package org.govgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.govgraph.ingest.DatasetReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of the {@link Gazetteer}'s YAML format: the sections and groups, the fields of an entry, the values its
 * sector, scope and kind may take and the form of a key; and the reading of one field of an entry with its checks,
 * failing with a message that names the file, the entry and the field.
 */
final class GazetteerSchema {

    static final Map<String, String> GROUPS = Map.of("boards", "board", "teams", "team", "partners", "partner",
            "roles", "role", "authorities", "authority");
    static final List<String> GLOBAL_GROUPS = List.of("boards", "teams", "partners", "roles");
    static final List<String> LOCAL_GROUPS = List.of("boards", "teams", "partners", "roles", "authorities");
    static final Set<String> FIELDS = Set.of("key", "name", "sector", "scope", "kind", "names", "abbreviations",
            "patterns", "exclude");
    // the values a sector, scope or kind may take are the dataset format's own, read from its schema, so that an entry
    // the gazetteer accepts always gives a draft the loader accepts
    private static final JsonNode DATASET_TYPES = datasetTypes();
    static final List<String> SECTORS = values("partner", "sector");
    static final List<String> SCOPES = values("board", "scope");
    static final List<String> BOARD_KINDS = values("board", "kind");
    static final List<String> TEAM_KINDS = values("team", "kind");
    static final List<String> ROLE_KINDS = values("role", "kind");
    static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private GazetteerSchema() {
    }

    /** A text field, stripped; {@code null} when absent. */
    static String text(String file, String where, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            throw bad(file, where, "'" + field + "' must be a non-empty text");
        }
        return value.stringValue().strip();
    }

    /** A list-of-texts field, each stripped; empty when absent. */
    static List<String> list(String file, String where, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw bad(file, where, "'" + field + "' must be a list of texts, like [\"" + (value.isString() ? value.stringValue() : "...") + "\"]");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isString() || item.stringValue().isBlank()) {
                throw bad(file, where, field + "[" + i + "] must be a non-empty text");
            }
            out.add(item.stringValue().strip());
        }
        return out;
    }

    /** Checks that a field, when given, has one of the allowed values. */
    static void oneOf(String file, String where, String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw bad(file, where, "'" + field + "' must be one of " + String.join(", ", allowed) + " (found '" + value + "')");
        }
    }

    /** Checks that each regular expression of a field compiles with those flags. */
    static void compiles(String file, String where, String field, List<String> regexes, int flags) {
        for (int i = 0; i < regexes.size(); i++) {
            try {
                Pattern.compile(regexes.get(i), flags);
            } catch (PatternSyntaxException e) {
                throw bad(file, where, field + "[" + i + "] is not a valid Java regular expression: "
                        + e.getDescription() + " near index " + e.getIndex() + " of " + regexes.get(i));
            }
        }
    }

    /** The error for a file, and the entry or section ({@code where}, may be {@code null}) that is wrong. */
    static IllegalArgumentException bad(String file, String where, String message) {
        return new IllegalArgumentException("gazetteer " + file + ": " + (where == null ? "" : where + ": ") + message);
    }

    private static JsonNode datasetTypes() {
        try (InputStream in = GazetteerSchema.class.getClassLoader().getResourceAsStream(DatasetReader.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + DatasetReader.SCHEMA_RESOURCE);
            }
            return JsonMapper.builder().build().readTree(in).path("$defs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> values(String type, String field) {
        List<String> values = DATASET_TYPES.path(type).path("properties").path(field).path("enum").valueStream()
                .map(JsonNode::asString).toList();
        if (values.isEmpty()) {
            throw new IllegalStateException(DatasetReader.SCHEMA_RESOURCE + " gives no values for " + type + "." + field);
        }
        return values;
    }
}
