package org.govgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Finds the boards, teams and services, partner agencies and leadership posts that a piece of report text names,
 * with their aliases and abbreviations, from a vocabulary in YAML: the bundled {@code govgraph/gazetteer.yaml}
 * (which documents the format and the rules against false positives) and any user files in the same format.
 *
 * <p>Names are matched case-insensitively and abbreviations case-sensitively, both as whole words, by walking two
 * word tries from every word of the text (so the cost does not grow with the size of the vocabulary); proper-name
 * patterns are regular expressions run over the text. Of overlapping matches the longest wins, then the leftmost.
 * An instance is immutable and safe to share between threads.
 */
public final class Gazetteer {

    /** The bundled vocabulary on the class path. */
    public static final String RESOURCE = "govgraph/gazetteer.yaml";

    private static final Map<String, String> GROUPS = Map.of("boards", "board", "teams", "team", "partners", "partner",
            "roles", "role", "authorities", "authority");
    private static final List<String> GLOBAL_GROUPS = List.of("boards", "teams", "partners", "roles");
    private static final List<String> LOCAL_GROUPS = List.of("boards", "teams", "partners", "roles", "authorities");
    private static final Set<String> FIELDS = Set.of("key", "name", "sector", "scope", "kind", "names", "abbreviations",
            "patterns", "exclude");
    private static final List<String> SECTORS = List.of("police", "health", "camhs", "education", "housing",
            "youth_justice", "third_sector", "advocacy", "audit", "courts", "other");
    private static final List<String> SCOPES = List.of("local", "regional", "national");
    private static final List<String> BOARD_KINDS = List.of("safeguarding_board", "safeguarding_group",
            "corporate_parenting", "improvement_board", "regional_partnership_board", "scrutiny_committee",
            "childrens_trust_board", "panel", "other");
    private static final List<String> TEAM_KINDS = List.of("front_door", "early_help", "assessment", "child_protection",
            "looked_after", "leaving_care", "fostering", "out_of_hours", "reviewing", "quality_assurance", "disability",
            "edge_of_care", "multi_agency", "other");
    private static final List<String> ROLE_KINDS = List.of("director_of_social_services",
            "director_of_childrens_services", "head_of_childrens_services", "chief_executive", "corporate_director",
            "strategic_director", "lead_member", "council_leader", "senior_manager", "other");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Words a proper-name pattern may have picked up at the start of a sentence or clause ("The Dyfed-Powys Police"). */
    private static final Set<String> LEADING_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those", "both",
            "and", "or", "of", "in", "on", "at", "by", "for", "from", "to", "with", "within", "where", "when", "while",
            "whilst", "although", "however", "its", "their", "our", "his", "her", "each", "all", "new", "newly",
            "recent", "recently", "current", "currently", "former", "previous", "interim", "acting", "since", "as",
            "if", "through", "under", "following", "during", "after", "before", "between", "despite", "unlike",
            "summary", "introduction", "recommendations", "findings", "contents", "background");
    /** Leading words that may also be inside a name written with capitals ("Isle Of Wight", "Commissioner For ..."). */
    private static final Set<String> INNER_WORDS = Set.of("and", "of", "or", "for", "new", "in", "on", "the", "a");
    /** How far either side of a mention its entry's exclusions look. */
    private static final int WINDOW = 60;
    /** How far either side of its required words a proper-name pattern is run. */
    private static final int NEAR = 200;

    private final List<GazetteerEntry> entries;
    private final Vocabulary global;
    private final List<Vocabulary> locals;
    private final Map<String, List<Compiled>> byKindAndKey;
    private final Map<String, List<Vocabulary>> localsByAuthority = new ConcurrentHashMap<>();

    private Gazetteer(List<GazetteerEntry> entries, Vocabulary global, List<Vocabulary> locals,
                      Map<String, List<Compiled>> byKindAndKey) {
        this.entries = List.copyOf(entries);
        this.global = global;
        this.locals = List.copyOf(locals);
        this.byKindAndKey = Map.copyOf(byKindAndKey);
    }

    /** The bundled vocabulary alone. */
    public static Gazetteer bundled() {
        return load(List.of());
    }

    /**
     * The bundled vocabulary extended by user files in the same format: an entry with a new key is added; one with an
     * existing key adds its names, abbreviations, patterns and exclusions, and replaces the name, sector, scope or kind
     * it gives.
     *
     * @throws IllegalArgumentException naming the file, the entry and the field, when a file cannot be read or is wrong
     */
    public static Gazetteer load(List<Path> extra) {
        Merger merger = new Merger();
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + RESOURCE);
            }
            merger.read("classpath:" + RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : extra == null ? List.<Path>of() : extra) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalArgumentException("gazetteer " + file + ": cannot be read: " + e, e);
            }
            merger.read(file.toString(), text);
        }
        return merger.build();
    }

    /** Every entry, the bundled and user ones merged, those of the {@code local:} section last. */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** The entry of that kind ({@code board}, {@code team}, {@code partner}, {@code role}) and key that applies everywhere. */
    public Optional<GazetteerEntry> entry(String kind, String key) {
        return byKindAndKey.getOrDefault(kind + ":" + key, List.of()).stream().filter(c -> !c.local)
                .map(c -> c.entry).findFirst();
    }

    /**
     * The mentions in a text, not overlapping, in the order of the text: of overlapping matches the longest wins,
     * then the leftmost; for the same words a name or abbreviation wins over a pattern, and the {@code local:} entries
     * of the report's authority over the general ones.
     *
     * @param text          any text, a sentence or a whole report
     * @param authorityName the name of the authority the report is about ("Powys County Council"), which switches on
     *                      the {@code local:} entries whose authority words it contains; may be {@code null}
     */
    public List<Mention> find(String text, String authorityName) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Normalized normalized = Normalized.of(text);
        String s = normalized.text;
        Tokens tokens = Tokens.of(s);
        List<Candidate> candidates = new ArrayList<>();
        List<Vocabulary> vocabularies = new ArrayList<>();
        vocabularies.add(global);
        vocabularies.addAll(localsFor(authorityName));
        for (Vocabulary v : vocabularies) {
            v.collectWords(tokens, candidates);
            v.collectPatterns(s, candidates);
        }
        candidates.removeIf(c -> c.entry.excluded(s, c.start, c.end));
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.start - c.end)
                .thenComparingInt(c -> c.start)
                .thenComparing(c -> !c.entry.local)
                .thenComparingInt(c -> c.source)
                .thenComparingInt(c -> c.entry.order));
        boolean[] taken = new boolean[s.length()];
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean free = true;
            for (int i = c.start; i < c.end && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = c.start; i < c.end; i++) {
                    taken[i] = true;
                }
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.start));
        List<Mention> mentions = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            GazetteerEntry e = c.entry.entry;
            mentions.add(new Mention(e.kind(), e.key(), e.name(), e.sector(), s.substring(c.start, c.end),
                    normalized.offsets[c.start], normalized.offsets[c.end - 1] + 1));
        }
        return mentions;
    }

    /**
     * Whether a mention names one particular body ("Dyfed-Powys Police", "Cumbria Safeguarding Children Board") rather
     * than a kind of body ("the police", "Local Safeguarding Children Board", "LSCB"): its words match one of its
     * entry's proper-name patterns, are more than one word and are not one of the entry's names.
     */
    public boolean isProperName(Mention mention) {
        List<Compiled> compiled = byKindAndKey.get(mention.kind() + ":" + mention.key());
        if (compiled == null) {
            return false;
        }
        String surface = Normalized.of(mention.surface()).text.strip();
        if (surface.indexOf(' ') < 0) {
            return false;
        }
        String key = Tokens.of(surface).joinedKeys();
        if (compiled.stream().anyMatch(c -> c.nameKeys.contains(key))) {
            return false;
        }
        return compiled.stream().flatMap(c -> java.util.Arrays.stream(c.patterns)).anyMatch(p -> p.matcher(surface).matches());
    }

    /**
     * Words that every match of a regular expression contains, as written (case-sensitive), found outside its groups,
     * classes and optional parts: "Police" for {@code (?:[A-Z][a-z]+[- ])+Police}; {@code null} when there are none
     * of at least two characters, or the expression has a top-level alternative or a case-insensitive flag.
     */
    static String requiredLiteral(String regex) {
        if (regex.contains("(?i") || regex.contains("(?x") || regex.contains("\\Q")) {
            return null;
        }
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean literal = depth == 0 && (Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '&' || c == ',');
            if (literal) {
                run.append(c);
                continue;
            }
            if (depth == 0 && (c == '?' || c == '*' || c == '{') && !run.isEmpty()) {
                run.setLength(run.length() - 1);
            }
            if (run.toString().strip().length() > best.length()) {
                best = run.toString().strip();
            }
            run.setLength(0);
            switch (c) {
                case '\\' -> i++;
                case '(' -> depth++;
                case ')' -> depth--;
                case '[' -> {
                    for (i++; i < regex.length() && regex.charAt(i) != ']'; i++) {
                        if (regex.charAt(i) == '\\') {
                            i++;
                        }
                    }
                }
                case '{' -> {
                    while (i < regex.length() && regex.charAt(i) != '}') {
                        i++;
                    }
                }
                case '|' -> {
                    if (depth == 0) {
                        return null;
                    }
                }
                default -> {
                }
            }
        }
        if (run.toString().strip().length() > best.length()) {
            best = run.toString().strip();
        }
        return best.length() >= 2 ? best : null;
    }

    private List<Vocabulary> localsFor(String authorityName) {
        if (authorityName == null || authorityName.isBlank() || locals.isEmpty()) {
            return List.of();
        }
        return localsByAuthority.computeIfAbsent(authorityName, name -> locals.stream()
                .filter(v -> v.authority.matcher(name).find()).toList());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Matching

    /** A possible mention: offsets in the normalized text, its entry and how it was found (0 name, 1 abbreviation, 2 pattern). */
    private record Candidate(int start, int end, Compiled entry, int source) {
    }

    /** An entry ready for matching. */
    private static final class Compiled {
        final GazetteerEntry entry;
        final Pattern[] patterns;
        final String[] literals;
        final Pattern[] exclude;
        final Set<String> nameKeys = new java.util.HashSet<>();
        final int order;
        final boolean local;

        Compiled(GazetteerEntry entry, int order) {
            this.entry = entry;
            this.order = order;
            this.local = entry.authority() != null;
            this.patterns = entry.patterns().stream().map(Pattern::compile).toArray(Pattern[]::new);
            this.literals = entry.patterns().stream().map(Gazetteer::requiredLiteral).toArray(String[]::new);
            this.exclude = entry.exclude().stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                    .toArray(Pattern[]::new);
        }

        /** Whether one of the exclusions matches a stretch of text near the mention that overlaps it. */
        boolean excluded(String s, int start, int end) {
            for (Pattern p : exclude) {
                Matcher m = p.matcher(s);
                m.useTransparentBounds(true).useAnchoringBounds(false);
                m.region(Math.max(0, start - WINDOW), Math.min(s.length(), end + WINDOW));
                while (m.find()) {
                    if (m.start() < end && m.end() > start) {
                        return true;
                    }
                    if (m.start() >= end) {
                        break;
                    }
                }
            }
            return false;
        }
    }

    /** A node of a word trie: the entries whose phrase ends here and the next words. */
    private static final class Node {
        Map<String, Node> next;
        List<Compiled> ends;

        Node child(String word) {
            if (next == null) {
                next = new HashMap<>();
            }
            return next.computeIfAbsent(word, w -> new Node());
        }

        Node get(String word) {
            return next == null ? null : next.get(word);
        }

        void end(Compiled c) {
            if (ends == null) {
                ends = new ArrayList<>(1);
            }
            if (!ends.contains(c)) {
                ends.add(c);
            }
        }
    }

    /** The compiled entries that apply everywhere, or those of one authority. */
    private static final class Vocabulary {
        final Pattern authority;
        final Node names = new Node();
        final Node abbreviations = new Node();
        final List<Compiled> patterned = new ArrayList<>();

        Vocabulary(Pattern authority) {
            this.authority = authority;
        }

        void add(Compiled c) {
            for (String name : c.entry.names()) {
                addName(c, name);
                if (name.indexOf('-') >= 0) {
                    addName(c, name.replace("-", ""));
                }
            }
            for (String abbreviation : c.entry.abbreviations()) {
                Node node = abbreviations;
                for (String raw : Tokens.of(Normalized.of(abbreviation).text).raws()) {
                    node = node.child(raw);
                }
                node.end(c);
            }
            if (c.patterns.length > 0) {
                patterned.add(c);
            }
        }

        private void addName(Compiled c, String name) {
            Tokens t = Tokens.of(Normalized.of(name).text);
            Node node = names;
            for (int i = 0; i < t.size; i++) {
                node = node.child(t.keys[i]);
            }
            node.end(c);
            c.nameKeys.add(t.joinedKeys());
        }

        void collectWords(Tokens t, List<Candidate> out) {
            for (int i = 0; i < t.size; i++) {
                Node node = names;
                for (int j = i; j < t.size && (node = node.get(t.keys[j])) != null; j++) {
                    if (node.ends != null) {
                        for (Compiled c : node.ends) {
                            out.add(new Candidate(t.starts[i], t.ends[j], c, 0));
                        }
                    }
                }
                node = abbreviations;
                for (int j = i; j < t.size && node != null; j++) {
                    Node exact = node.get(t.raws[j]);
                    Node found = exact != null && exact.ends != null ? exact : node.get(Tokens.singular(t.raws[j]));
                    if (found != null && found.ends != null) {
                        for (Compiled c : found.ends) {
                            out.add(new Candidate(t.starts[i], t.ends[j], c, 1));
                        }
                    }
                    node = exact;
                }
            }
        }

        void collectPatterns(String s, List<Candidate> out) {
            for (Compiled c : patterned) {
                for (int k = 0; k < c.patterns.length; k++) {
                    Pattern p = c.patterns[k];
                    String literal = c.literals[k];
                    Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                    Matcher again = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                    if (literal == null) {
                        collect(c, s, m, again, 0, s.length(), out);
                        continue;
                    }
                    // only near the words every match must contain ("Police", "Health Board"): far faster than a scan
                    int done = 0;
                    for (int at = s.indexOf(literal); at >= 0; at = s.indexOf(literal, Math.max(at + 1, done))) {
                        int from = Math.max(done, at - NEAR);
                        if (from > at) {
                            continue;
                        }
                        done = collect(c, s, m, again, from, Math.min(s.length(), at + literal.length() + NEAR), out);
                    }
                }
            }
        }

        /** The matches of a pattern between two offsets; returns where the last one ended. */
        private static int collect(Compiled c, String s, Matcher m, Matcher again, int from, int to, List<Candidate> out) {
            m.region(from, to);
            int last = from;
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                last = Math.max(last, end);
                if (end == start) {
                    if (end >= to) {
                        break;
                    }
                    m.region(end + 1, to);
                    continue;
                }
                // drop words before the name: "The" at the start, or a heading or sentence joined on by the
                // collapsed line breaks ("Summary Doncaster Safeguarding Children Board", "... Board The Local ...")
                boolean keep = true;
                boolean cut = true;
                while (keep && cut) {
                    cut = false;
                    for (int word = start, space; (space = s.indexOf(' ', word)) > 0 && space < end; word = space + 1) {
                        String w = s.substring(word, space);
                        String lower = w.toLowerCase(Locale.ROOT);
                        cut = LEADING_WORDS.contains(lower) && (word == start
                                || Character.isUpperCase(w.charAt(0)) && !INNER_WORDS.contains(lower));
                        if (cut) {
                            again.region(space + 1, to);
                            keep = again.lookingAt();
                            if (keep) {
                                start = again.start();
                                end = again.end();
                            }
                            break;
                        }
                    }
                }
                while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
                    end--;
                }
                if (keep && end > start) {
                    out.add(new Candidate(start, end, c, 2));
                }
            }
            return last;
        }
    }

    /** The text with each run of white space made one space and curly apostrophes straight, with the original offsets. */
    private record Normalized(String text, int[] offsets) {

        static Normalized of(String original) {
            StringBuilder sb = new StringBuilder(original.length());
            int[] offsets = new int[original.length() + 1];
            boolean space = false;
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                    if (!space) {
                        offsets[sb.length()] = i;
                        sb.append(' ');
                        space = true;
                    }
                    continue;
                }
                space = false;
                offsets[sb.length()] = i;
                sb.append(switch (c) {
                    case '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> '\'';
                    case '\u2010', '\u2011' -> '-';
                    default -> c;
                });
            }
            offsets[sb.length()] = original.length();
            return new Normalized(sb.toString(), offsets);
        }
    }

    /**
     * The words of a normalized text: runs of letters and digits (an apostrophe between letters belongs to the word),
     * and every other character but spaces, hyphens and apostrophes as a word of its own. Hyphens and spaces separate
     * words, so "out-of-hours" and "out of hours" are the same words.
     */
    private static final class Tokens {
        final int[] starts;
        final int[] ends;
        final String[] keys;
        final String[] raws;
        final int size;

        private Tokens(int[] starts, int[] ends, String[] keys, String[] raws, int size) {
            this.starts = starts;
            this.ends = ends;
            this.keys = keys;
            this.raws = raws;
            this.size = size;
        }

        static Tokens of(String s) {
            int n = s.length();
            int capacity = Math.max(4, n / 3);
            int[] starts = new int[capacity];
            int[] ends = new int[capacity];
            String[] keys = new String[capacity];
            String[] raws = new String[capacity];
            int size = 0;
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == ' ' || c == '-' || c == '\'') {
                    i++;
                    continue;
                }
                int j = i + 1;
                String raw;
                String key;
                if (Character.isLetterOrDigit(c)) {
                    boolean apostrophe = false;
                    while (j < n) {
                        char d = s.charAt(j);
                        if (Character.isLetterOrDigit(d)) {
                            j++;
                        } else if (d == '\'' && j + 1 < n && Character.isLetter(s.charAt(j + 1)) && Character.isLetter(s.charAt(j - 1))) {
                            apostrophe = true;
                            j++;
                        } else {
                            break;
                        }
                    }
                    raw = s.substring(i, j);
                    String lower = raw.toLowerCase(Locale.ROOT);
                    key = apostrophe ? lower.replace("'", "") : lower;
                } else {
                    raw = String.valueOf(c);
                    key = raw;
                }
                if (size == starts.length) {
                    int grown = size * 2;
                    starts = java.util.Arrays.copyOf(starts, grown);
                    ends = java.util.Arrays.copyOf(ends, grown);
                    keys = java.util.Arrays.copyOf(keys, grown);
                    raws = java.util.Arrays.copyOf(raws, grown);
                }
                starts[size] = i;
                ends[size] = j;
                keys[size] = key;
                raws[size] = raw;
                size++;
                i = j;
            }
            return new Tokens(starts, ends, keys, raws, size);
        }

        String[] raws() {
            return java.util.Arrays.copyOf(raws, size);
        }

        String joinedKeys() {
            return String.join(" ", java.util.Arrays.copyOf(keys, size));
        }

        /** An abbreviation without its plural or possessive "s": "IROs" and "IRO's" are "IRO"; "" when there is none. */
        static String singular(String raw) {
            int n = raw.length();
            if (n >= 4 && raw.endsWith("'s")) {
                return raw.substring(0, n - 2);
            }
            if (n >= 3 && raw.charAt(n - 1) == 's' && Character.isUpperCase(raw.charAt(n - 2))) {
                return raw.substring(0, n - 1);
            }
            return "";
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading and merging the YAML

    /** An entry while files are read and merged. */
    private static final class Draft {
        final String kind;
        final String key;
        final String authority;
        String name;
        String sector;
        String scope;
        String type;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> abbreviations = new LinkedHashSet<>();
        final Set<String> patterns = new LinkedHashSet<>();
        final Set<String> exclude = new LinkedHashSet<>();

        Draft(String kind, String key, String authority) {
            this.kind = kind;
            this.key = key;
            this.authority = authority;
        }

        GazetteerEntry entry() {
            return new GazetteerEntry(kind, key, name, sector, scope, type, List.copyOf(names), List.copyOf(abbreviations),
                    List.copyOf(patterns), List.copyOf(exclude), authority);
        }
    }

    /** Reads the files in turn, checking each, and merges their entries. */
    private static final class Merger {
        private static final YAMLMapper MAPPER = YAMLMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

        /** Drafts by authority words ("" for the general entries), then by kind and key. */
        private final Map<String, Map<String, Draft>> drafts = new LinkedHashMap<>();
        private final Map<String, String> authorityWords = new LinkedHashMap<>();

        void read(String file, String yaml) {
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
                if (Tokens.of(Normalized.of(names.get(i)).text).size == 0) {
                    throw bad(file, where, "names[" + i + "] has no words");
                }
            }
            for (int i = 0; i < abbreviations.size(); i++) {
                if (Tokens.of(Normalized.of(abbreviations.get(i)).text).size == 0) {
                    throw bad(file, where, "abbreviations[" + i + "] has no letters");
                }
            }
            compiles(file, where, "patterns", patterns, 0);
            compiles(file, where, "exclude", exclude, Pattern.CASE_INSENSITIVE);

            Map<String, Draft> scopeDrafts = drafts.computeIfAbsent(hint, h -> new LinkedHashMap<>());
            Draft draft = scopeDrafts.get(id);
            if (draft == null) {
                if (name == null) {
                    throw bad(file, where, "'name' is required for a new key");
                }
                if (kind.equals("partner") && sector == null) {
                    throw bad(file, where, "'sector' is required for a new partner (one of " + String.join(", ", SECTORS) + ")");
                }
                draft = new Draft(kind, key, hint.isEmpty() ? null : authorityWords.get(hint));
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

        Gazetteer build() {
            List<GazetteerEntry> entries = new ArrayList<>();
            Vocabulary global = new Vocabulary(null);
            List<Vocabulary> locals = new ArrayList<>();
            Map<String, List<Compiled>> byKindAndKey = new HashMap<>();
            int order = 0;
            for (Map.Entry<String, Map<String, Draft>> scope : drafts.entrySet()) {
                Vocabulary vocabulary = global;
                if (!scope.getKey().isEmpty()) {
                    String words = authorityWords.get(scope.getKey());
                    String regex = "(?<![\\p{L}\\p{N}])" + String.join("[\\s-]+",
                            java.util.Arrays.stream(words.split("[\\s-]+")).map(Pattern::quote).toList()) + "(?![\\p{L}\\p{N}])";
                    vocabulary = new Vocabulary(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                    locals.add(vocabulary);
                }
                for (Draft draft : scope.getValue().values()) {
                    GazetteerEntry entry = draft.entry();
                    Compiled compiled = new Compiled(entry, order++);
                    vocabulary.add(compiled);
                    entries.add(entry);
                    byKindAndKey.computeIfAbsent(entry.kind() + ":" + entry.key(), k -> new ArrayList<>()).add(compiled);
                }
            }
            return new Gazetteer(entries, global, locals, byKindAndKey);
        }

        private static String text(String file, String where, JsonNode node, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString() || value.stringValue().isBlank()) {
                throw bad(file, where, "'" + field + "' must be a non-empty text");
            }
            return value.stringValue().strip();
        }

        private static List<String> list(String file, String where, JsonNode node, String field) {
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

        private static void oneOf(String file, String where, String field, String value, List<String> allowed) {
            if (value != null && !allowed.contains(value)) {
                throw bad(file, where, "'" + field + "' must be one of " + String.join(", ", allowed) + " (found '" + value + "')");
            }
        }

        private static void compiles(String file, String where, String field, List<String> regexes, int flags) {
            for (int i = 0; i < regexes.size(); i++) {
                try {
                    Pattern.compile(regexes.get(i), flags);
                } catch (PatternSyntaxException e) {
                    throw bad(file, where, field + "[" + i + "] is not a valid Java regular expression: "
                            + e.getDescription() + " near index " + e.getIndex() + " of " + regexes.get(i));
                }
            }
        }

        private static IllegalArgumentException bad(String file, String where, String message) {
            return new IllegalArgumentException("gazetteer " + file + ": " + (where == null ? "" : where + ": ") + message);
        }
    }
}
