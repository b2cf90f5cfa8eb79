package org.govgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The checks a JSON Schema cannot express, run on a file that passed the schema: ids declared once,
 * every reference to a declared id of the right kind, themes known, dates in order.
 */
final class DatasetRules {

    private final String file;
    private final ThemeVocabulary vocabulary;
    private final List<DatasetProblem> problems = new ArrayList<>();
    /** Declared global ids and what they are (authority, board, team, partner, role). */
    private final Map<String, String> declared = new HashMap<>();

    DatasetRules(String file, ThemeVocabulary vocabulary) {
        this.file = file;
        this.vocabulary = vocabulary;
    }

    List<DatasetProblem> check(JsonNode root) {
        declare(root, "authorities", "authority");
        declare(root, "boards", "board");
        declare(root, "teams", "team");
        declare(root, "partners", "partner");
        declare(root, "roles", "role");
        Set<String> themes = new HashSet<>();
        each(root, "themes", (theme, path) -> {
            String id = theme.path("id").asString();
            if (vocabulary.contains(id)) {
                add(theme.path("id"), path + "/id", "theme '" + id + "' is in the shared vocabulary already: use it, do not redefine it");
            }
            themes.add(id);
        });

        JsonNode inspection = root.path("inspection");
        refer(inspection.path("authority"), "inspection/authority", Set.of("authority"));
        if (inspection.path("follows_up").path("inspection").asString().equals(inspection.path("id").asString())) {
            add(inspection.path("follows_up"), "inspection/follows_up/inspection", "an inspection cannot follow up itself");
        }
        ordered(inspection.path("fieldwork").path("start"), inspection.path("fieldwork").path("end"), "inspection/fieldwork");
        uniqueSlugs(inspection.path("judgements"), "area", "inspection/judgements", "judgement area");
        uniqueSlugs(inspection.path("team"), "name", "inspection/team", "inspector");
        each(root, "teams", (node, path) -> refer(node.path("authority"), path + "/authority", Set.of("authority")));
        each(root, "roles", (node, path) -> refer(node.path("authority"), path + "/authority", Set.of("authority")));
        each(root, "authorities", (node, path) -> {
            int i = 0;
            for (JsonNode successor : node.path("successors")) {
                refer(successor, path + "/successors/" + i++, Set.of("authority"));
            }
        });
        each(root, "boards", (node, path) -> {
            int i = 0;
            for (JsonNode member : node.path("members")) {
                refer(member.path("member"), path + "/members/" + i++ + "/member", Set.of("authority", "partner"));
            }
        });
        unique(root, "spells");
        unique(root, "findings");
        unique(root, "recommendations");
        each(root, "spells", (node, path) -> {
            refer(node.path("role"), path + "/role", Set.of("role"));
            ordered(node.path("start").path("date"), node.path("end").path("date"), path);
        });
        for (String kind : List.of("findings", "recommendations")) {
            each(root, kind, (node, path) -> {
                int i = 0;
                for (JsonNode theme : node.path("themes")) {
                    String id = theme.asString();
                    if (!vocabulary.contains(id) && !themes.contains(id)) {
                        add(theme, path + "/themes/" + i, "unknown theme '" + id
                                + "': use one of govgraph/themes.yaml or declare it under themes");
                    }
                    i++;
                }
                i = 0;
                for (JsonNode about : node.path("about")) {
                    refer(about, path + "/about/" + i++, Set.of("authority", "board", "team", "partner", "role"));
                }
            });
        }
        return problems;
    }

    private void declare(JsonNode root, String list, String kind) {
        each(root, list, (node, path) -> {
            String id = node.path("id").asString();
            String before = declared.putIfAbsent(id, kind);
            if (before != null) {
                add(node.path("id"), path + "/id", "duplicate id '" + id + "' (already declared as " + before + ")");
            }
        });
    }

    private void unique(JsonNode root, String list) {
        Set<String> seen = new HashSet<>();
        each(root, list, (node, path) -> {
            String id = node.path("id").asString();
            if (!seen.add(id)) {
                add(node.path("id"), path + "/id", "duplicate id '" + id + "' in " + list);
            }
        });
    }

    /** Judgements and inspectors are keyed by a slug of their area or name, which must differ within the file. */
    private void uniqueSlugs(JsonNode list, String field, String path, String what) {
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (JsonNode node : list) {
            String slug = DatasetParameters.slug(node.path(field).asString());
            if (!seen.add(slug)) {
                add(node.path(field), path + "/" + i + "/" + field, "another " + what + " here reads the same ('"
                        + node.path(field).asString() + "'): each must differ in more than case and punctuation");
            }
            i++;
        }
    }

    private void refer(JsonNode ref, String path, Set<String> kinds) {
        if (ref.isMissingNode()) {
            return;
        }
        String id = ref.asString();
        String kind = declared.get(id);
        if (kind == null) {
            add(ref, path, "unknown id '" + id + "': declare it in this file (expected " + String.join(" or ", sorted(kinds)) + ")");
        } else if (!kinds.contains(kind)) {
            add(ref, path, "'" + id + "' is a " + kind + ", expected " + String.join(" or ", sorted(kinds)));
        }
    }

    private void ordered(JsonNode start, JsonNode end, String path) {
        if (start.isString() && end.isString()) {
            String from = start.asString();
            String to = end.asString();
            // partial ISO dates compare as text on their common precision
            int n = Math.min(from.length(), to.length());
            if (from.substring(0, n).compareTo(to.substring(0, n)) > 0) {
                add(end, path + "/end", "ends (" + to + ") before it starts (" + from + ")");
            }
        }
    }

    private void each(JsonNode root, String list, java.util.function.BiConsumer<JsonNode, String> check) {
        int i = 0;
        for (JsonNode node : root.path(list)) {
            check.accept(node, list + "/" + i++);
        }
    }

    private void add(JsonNode node, String path, String message) {
        problems.add(new DatasetProblem(file, Locations.line(node), path, message));
    }

    private static List<String> sorted(Set<String> kinds) {
        return kinds.stream().sorted().toList();
    }
}
