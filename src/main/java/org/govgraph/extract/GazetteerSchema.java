package org.govgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

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
    static final List<String> SECTORS = List.of("police", "health", "camhs", "education", "housing",
            "youth_justice", "third_sector", "advocacy", "audit", "courts", "other");
    static final List<String> SCOPES = List.of("local", "regional", "national");
    static final List<String> BOARD_KINDS = List.of("safeguarding_board", "safeguarding_group",
            "corporate_parenting", "improvement_board", "regional_partnership_board", "scrutiny_committee",
            "childrens_trust_board", "panel", "other");
    static final List<String> TEAM_KINDS = List.of("front_door", "early_help", "assessment", "child_protection",
            "looked_after", "leaving_care", "fostering", "out_of_hours", "reviewing", "quality_assurance", "disability",
            "edge_of_care", "multi_agency", "other");
    static final List<String> ROLE_KINDS = List.of("director_of_social_services",
            "director_of_childrens_services", "head_of_childrens_services", "chief_executive", "corporate_director",
            "strategic_director", "lead_member", "council_leader", "senior_manager", "other");
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
}
