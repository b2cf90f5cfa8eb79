package org.govgraph.extract;

import static org.govgraph.extract.GazetteerSchema.BOARD_KINDS;
import static org.govgraph.extract.GazetteerSchema.FIELDS;
import static org.govgraph.extract.GazetteerSchema.GLOBAL_GROUPS;
import static org.govgraph.extract.GazetteerSchema.GROUPS;
import static org.govgraph.extract.GazetteerSchema.KEY;
import static org.govgraph.extract.GazetteerSchema.LOCAL_GROUPS;
import static org.govgraph.extract.GazetteerSchema.ROLE_KINDS;
import static org.govgraph.extract.GazetteerSchema.SCOPES;
import static org.govgraph.extract.GazetteerSchema.SECTORS;
import static org.govgraph.extract.GazetteerSchema.TEAM_KINDS;
import static org.govgraph.extract.GazetteerSchema.bad;
import static org.govgraph.extract.GazetteerSchema.compiles;
import static org.govgraph.extract.GazetteerSchema.list;
import static org.govgraph.extract.GazetteerSchema.oneOf;
import static org.govgraph.extract.GazetteerSchema.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the YAML files of the {@link Gazetteer} in turn (the bundled resource, then the user's files), checks each
 * entry against the {@link GazetteerSchema} and merges the entries by kind and key into {@link GazetteerDraft}s: a
 * new key adds an entry, an existing one adds names, abbreviations, patterns and exclusions and replaces the fields
 * it gives.
 */
final class GazetteerFiles {
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** Drafts by authority words ("" for the general entries), then by kind and key. */
    private final Map<String, Map<String, GazetteerDraft>> drafts = new LinkedHashMap<>();
    private final Map<String, String> authorityWords = new LinkedHashMap<>();

    /** Drafts by authority words in lower case ("" for the general entries), then by kind and key. */
    Map<String, Map<String, GazetteerDraft>> drafts() {
        return drafts;
    }

    /** The authority words as first written, by their lower-case form. */
    Map<String, String> authorityWords() {
        return authorityWords;
    }

    /** Reads a vocabulary on the class path. */
    void readResource(String resource) {
        try (InputStream in = GazetteerFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + resource);
            }
            read("classpath:" + resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a user's file. */
    void readFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("gazetteer " + file + ": cannot be read: " + e, e);
        }
        read(file.toString(), text);
    }

    private void read(String file, String yaml) {
        JsonNode root;
        try {
            root = MAPPER.readTree(yaml);
        } catch (JacksonException e) {
            var where = e.getLocation();
            throw bad(file, null, "not valid YAML" + (where == null ? "" : " (line " + where.getLineNr() + ", column "
                    + where.getColumnNr() + ")") + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return;
        }
        if (!root.isObject()) {
            throw bad(file, null, "expected a mapping with the sections boards, teams, partners, roles and local");
        }
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, JsonNode> section : root.properties()) {
            String name = section.getKey();
            if (GLOBAL_GROUPS.contains(name)) {
                readGroup(file, "", name, "", section.getValue(), seen);
            } else if (name.equals("local")) {
                readLocal(file, section.getValue(), seen);
            } else {
                throw bad(file, null, "unknown section '" + name + "' (expected boards, teams, partners, roles or local)");
            }
        }
    }

    private void readLocal(String file, JsonNode node, Map<String, String> seen) {
        if (!node.isArray()) {
            throw bad(file, "local", "expected a list of entries each with 'authority' and groups of entries");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode block = node.get(i);
            String path = "local[" + i + "]";
            if (!block.isObject()) {
                throw bad(file, path, "expected a mapping with 'authority' and groups of entries");
            }
            JsonNode authority = block.get("authority");
            if (authority == null || !authority.isString() || authority.stringValue().isBlank()) {
                throw bad(file, path, "'authority' is required: the words of the authority's name these entries are for");
            }
            String words = authority.stringValue().strip();
            String hint = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            authorityWords.putIfAbsent(hint, words);
            path += " (authority '" + words + "')";
            for (Map.Entry<String, JsonNode> group : block.properties()) {
                if (group.getKey().equals("authority")) {
                    continue;
                }
                if (!LOCAL_GROUPS.contains(group.getKey())) {
                    throw bad(file, path, "unknown field '" + group.getKey()
                            + "' (expected authority, boards, teams, partners, roles or authorities)");
                }
                readGroup(file, hint, group.getKey(), path + ": ", group.getValue(), seen);
            }
        }
    }

    private void readGroup(String file, String hint, String group, String prefix, JsonNode node, Map<String, String> seen) {
        if (!node.isArray()) {
            throw bad(file, prefix + group, "expected a list of entries");
        }
        String kind = GROUPS.get(group);
        for (int i = 0; i < node.size(); i++) {
            String path = prefix + group + "[" + i + "]";
            JsonNode entry = node.get(i);
            if (!entry.isObject()) {
                throw bad(file, path, "expected a mapping with key, name, names, abbreviations, patterns ...");
            }
            readEntry(file, hint, kind, path, entry, seen);
        }
    }

    private void readEntry(String file, String hint, String kind, String path, JsonNode node, Map<String, String> seen) {
        for (String field : node.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw bad(file, path, "unknown field '" + field + "' (expected one of " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        String key = text(file, path, node, "key");
        if (key == null) {
            throw bad(file, path, "'key' is required");
        }
        if (!KEY.matcher(key).matches()) {
            throw bad(file, path, "'key' must be lower-case words joined by hyphens, like 'corporate-parenting' (found '" + key + "')");
        }
        String where = path + " (key '" + key + "')";
        String id = kind + ":" + key;
        String earlier = seen.put(hint + "|" + id, path);
        if (earlier != null) {
            throw bad(file, where, "the key appears twice in this file (also at " + earlier + ")");
        }
        String name = text(file, where, node, "name");
        String sector = text(file, where, node, "sector");
        String scope = text(file, where, node, "scope");
        String type = text(file, where, node, "kind");
        if (sector != null && !kind.equals("partner")) {
            throw bad(file, where, "'sector' is only for partners");
        }
        oneOf(file, where, "sector", sector, SECTORS);
        if (scope != null && !kind.equals("board")) {
            throw bad(file, where, "'scope' is only for boards");
        }
        oneOf(file, where, "scope", scope, SCOPES);
        switch (kind) {
            case "board" -> oneOf(file, where, "kind", type, BOARD_KINDS);
            case "team" -> oneOf(file, where, "kind", type, TEAM_KINDS);
            case "role" -> oneOf(file, where, "kind", type, ROLE_KINDS);
            default -> {
                if (type != null) {
                    throw bad(file, where, "'kind' is not used for " + kind + " entries");
                }
            }
        }
        List<String> names = list(file, where, node, "names");
        List<String> abbreviations = list(file, where, node, "abbreviations");
        List<String> patterns = list(file, where, node, "patterns");
        List<String> exclude = list(file, where, node, "exclude");
        for (int i = 0; i < names.size(); i++) {
            if (GazetteerTokens.of(GazetteerText.of(names.get(i)).text()).size == 0) {
                throw bad(file, where, "names[" + i + "] has no words");
            }
        }
        for (int i = 0; i < abbreviations.size(); i++) {
            if (GazetteerTokens.of(GazetteerText.of(abbreviations.get(i)).text()).size == 0) {
                throw bad(file, where, "abbreviations[" + i + "] has no letters");
            }
        }
        compiles(file, where, "patterns", patterns, 0);
        compiles(file, where, "exclude", exclude, Pattern.CASE_INSENSITIVE);

        Map<String, GazetteerDraft> scopeDrafts = drafts.computeIfAbsent(hint, h -> new LinkedHashMap<>());
        GazetteerDraft draft = scopeDrafts.get(id);
        if (draft == null) {
            if (name == null) {
                throw bad(file, where, "'name' is required for a new key");
            }
            if (kind.equals("partner") && sector == null) {
                throw bad(file, where, "'sector' is required for a new partner (one of " + String.join(", ", SECTORS) + ")");
            }
            draft = new GazetteerDraft(kind, key, hint.isEmpty() ? null : authorityWords.get(hint));
            draft.scope = kind.equals("board") ? "local" : null;
            draft.type = kind.equals("board") || kind.equals("team") ? "other" : null;
            scopeDrafts.put(id, draft);
        }
        if (name != null) {
            draft.name = name;
        }
        if (sector != null) {
            draft.sector = sector;
        }
        if (scope != null) {
            draft.scope = scope;
        }
        if (type != null) {
            draft.type = type;
        }
        draft.names.addAll(names);
        draft.abbreviations.addAll(abbreviations);
        draft.patterns.addAll(patterns);
        draft.exclude.addAll(exclude);
        if (draft.names.isEmpty() && draft.abbreviations.isEmpty() && draft.patterns.isEmpty()) {
            throw bad(file, where, "needs at least one of 'names', 'abbreviations' or 'patterns'");
        }
    }
}
