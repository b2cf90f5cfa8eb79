package org.govgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.govgraph.store.CypherLibrary;
import org.govgraph.store.Graph;

/**
 * Comparison over inspections: one authority's themes inspection by inspection; what an earlier inspection asked
 * for matched to what the later one found; the difference between two inspections; several authorities side by
 * side on the same themes.
 *
 * <p>Matching is by subject: a later finding answers an earlier ask when their words are alike (TF-IDF cosine
 * over both inspections' statements) and, more so, when they share themes and the boards, teams, roles or
 * partners they are about. The best answer above {@link #MATCH_THRESHOLD} decides the status from its polarity:
 * improvement or strength: improved; concern or area for development: not improved; context: mentioned; none:
 * not mentioned. Both quotes are returned side by side so a reader can judge.
 */
public final class Comparisons {

    /** The least score at which a later finding is taken to speak to an earlier statement. */
    public static final double MATCH_THRESHOLD = 0.2;

    /** A finding or recommendation of one inspection, as comparisons need it. */
    public record Statement(String id, String ref, String section, String polarity, String text, Integer number,
                            String priority, String timescale, String group, Integer ord, List<String> themes,
                            List<String> about) {
        public Statement {
            themes = themes == null ? List.of() : themes;
            about = about == null ? List.of() : about;
        }
    }

    record InspectionView(String id, String authority, String inspectorate, String kind, String fieldworkStart,
                          String fieldworkEnd) {
    }

    record NamedEntity(String id, String name, String label, String ref, String quote) {
    }

    record SpellView(String id, String holder, String tenure, String start, String end, String ref, String quote,
                     String role, String roleTitle) {
    }

    record Statements(InspectionView inspection, List<Statement> findings, List<Statement> recommendations,
                      List<NamedEntity> entities, List<SpellView> spells) {
    }

    /** Counts of one theme at one inspection, with the findings counted. */
    public record ThemeCell(int strengths, int concerns, int development, int context, List<String> findings) {
    }

    /** One theme across the inspections. */
    public record ThemeRow(String theme, String name, Map<String, ThemeCell> byInspection) {
    }

    /** A finding counted in a table, with its provenance. */
    public record CountedFinding(String id, String inspection, String ref, String polarity, String text) {
    }

    /** One authority's themes by inspection, with the inspections' judgements and every finding counted. */
    public record ThemeTable(String authority, String authorityName, List<Authorities.Inspection> inspections,
                             List<ThemeRow> themes, Map<String, CountedFinding> findings) {
    }

    /** A later finding that speaks to an earlier statement. */
    public record Match(String id, String ref, String polarity, String text, double score) {
    }

    /** One earlier ask and what the later inspection said of it. */
    public record FollowUpItem(Statement ask, String kind, String status, Match answer, List<Match> alternatives) {
    }

    /** What one inspection asked for, followed into a later one. */
    public record FollowUp(String authority, String from, String to, Map<String, Integer> byStatus,
                           List<FollowUpItem> items) {
    }

    /** A board, team, partner or post holder present at one inspection and not the other. */
    public record Presence(String id, String name, String label, String ref, String quote) {
    }

    /** A concern of the earlier inspection and what became of it. */
    public record ConcernOutcome(Statement concern, String outcome, Match later) {
    }

    /** The difference between two inspections of one authority. */
    public record Diff(String authority, String from, String to, List<Presence> appeared, List<Presence> gone,
                       List<Presence> postHoldersAppeared, List<Presence> postHoldersGone,
                       List<ConcernOutcome> recurring, List<ConcernOutcome> resolved, List<ConcernOutcome> notMentioned) {
    }

    /** One authority's counts on one theme, at its latest inspection (or all of them). */
    public record SideBySideCell(int strengths, int concerns, int development, List<String> findings) {
    }

    /** Several authorities side by side on the same themes. */
    public record SideBySide(List<String> themes, List<String> inspections, Map<String, Map<String, SideBySideCell>> byAuthority,
                             Map<String, List<Authorities.Judgement>> judgements, Map<String, CountedFinding> findings) {
    }

    record ThemeCountRow(String authority, String inspection, String date, String theme, String themeName,
                         String polarity, long count, List<CountedFinding> findings) {
        List<String> ids() {
            return findings.stream().map(CountedFinding::id).toList();
        }
    }

    /** A theme of the graph, for pickers: its id, name, and how many statements are on it. */
    public record ThemeName(String id, String name, long statements) {
    }

    private final Graph graph;
    private final Authorities authorities;
    private final String themeListQuery;
    private final String themeQuery;
    private final String statementsQuery;
    private final String themesQuery;

    public Comparisons(Graph graph, CypherLibrary library, Authorities authorities) {
        this.graph = graph;
        this.authorities = authorities;
        this.themeQuery = library.get("theme-table").statement();
        this.statementsQuery = library.get("inspection-statements").statement();
        this.themesQuery = library.get("known-themes").statement();
        this.themeListQuery = library.get("themes").statement();
    }

    /** Every theme the graph knows, by name. */
    public List<ThemeName> themes() {
        return graph.readAll(themeListQuery, Map.of()).stream().map(r -> Rows.as(r, ThemeName.class)).toList();
    }

    /** One authority's theme-by-inspection table. */
    public ThemeTable themeTable(String authorityId, List<String> themes) {
        var overview = authorities.one(authorityId);
        requireThemes(themes);
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("authorities", List.of(authorityId));
        params.put("themes", themes == null || themes.isEmpty() ? null : themes);
        Map<String, String> names = new TreeMap<>();
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        Map<String, Map<String, List<String>>> ids = new TreeMap<>();
        Map<String, CountedFinding> counted = new TreeMap<>();
        for (var record : graph.readAll(themeQuery, params)) {
            var row = Rows.as(record, ThemeCountRow.class);
            row.findings().forEach(f -> counted.put(f.id(), f));
            names.put(row.theme(), row.themeName());
            int[] c = counts.computeIfAbsent(row.theme(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.inspection(), k -> new int[4]);
            c[bucket(row.polarity())] += (int) row.count();
            ids.computeIfAbsent(row.theme(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.inspection(), k -> new ArrayList<>()).addAll(row.ids());
        }
        List<ThemeRow> rows = new ArrayList<>();
        names.forEach((theme, name) -> {
            Map<String, ThemeCell> cells = new LinkedHashMap<>();
            for (var i : overview.inspections()) {
                int[] c = counts.get(theme).get(i.id());
                cells.put(i.id(), c == null ? new ThemeCell(0, 0, 0, 0, List.of())
                        : new ThemeCell(c[0], c[1], c[2], c[3], ids.get(theme).get(i.id())));
            }
            rows.add(new ThemeRow(theme, name, cells));
        });
        return new ThemeTable(authorityId, overview.authority().name(), overview.inspections(), rows, counted);
    }

    /**
     * What inspection {@code from} asked for (its recommendations, or when it made none its areas for improvement:
     * findings of concern or for development) matched to the findings of the later inspection {@code to}.
     * With {@code to} null, the next inspection of the same authority.
     */
    public FollowUp followUp(String authorityId, String from, String to) {
        var overview = authorities.one(authorityId);
        var earlier = overview.inspection(from);
        Authorities.Inspection later;
        if (to != null) {
            later = overview.inspection(to);
        } else {
            int at = overview.inspections().indexOf(earlier);
            if (at + 1 >= overview.inspections().size()) {
                throw new NotFoundException("no inspection of " + overview.authority().name() + " after " + from);
            }
            later = overview.inspections().get(at + 1);
        }
        requireOrder(earlier, later);
        var a = statements(earlier.id());
        var b = statements(later.id());
        boolean recommendations = !a.recommendations().isEmpty();
        List<Statement> asks = recommendations ? a.recommendations()
                : a.findings().stream().filter(f -> "concern".equals(f.polarity()) || "area_for_development".equals(f.polarity())).toList();
        var similarity = similarity(a, b);
        List<FollowUpItem> items = new ArrayList<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        for (var ask : asks) {
            var matches = matches(ask, b.findings(), similarity);
            Match best = matches.isEmpty() ? null : matches.getFirst();
            String status = best == null ? "not_mentioned" : switch (best.polarity()) {
                case "improvement", "strength" -> "improved";
                case "concern", "area_for_development" -> "not_improved";
                default -> "mentioned";
            };
            byStatus.merge(status, 1, Integer::sum);
            items.add(new FollowUpItem(ask, recommendations ? "recommendation" : "area for improvement", status, best,
                    matches.stream().skip(1).limit(2).toList()));
        }
        return new FollowUp(authorityId, earlier.id(), later.id(), byStatus, items);
    }

    /** The difference between two inspections of one authority. */
    public Diff diff(String authorityId, String from, String to) {
        var overview = authorities.one(authorityId);
        var earlier = overview.inspection(from);
        var later = overview.inspection(to);
        requireOrder(earlier, later);
        var a = statements(earlier.id());
        var b = statements(later.id());
        Map<String, Presence> before = presences(a.entities());
        Map<String, Presence> after = presences(b.entities());
        Map<String, Presence> holdersBefore = holders(a.spells());
        Map<String, Presence> holdersAfter = holders(b.spells());
        var similarity = similarity(a, b);
        List<ConcernOutcome> recurring = new ArrayList<>();
        List<ConcernOutcome> resolved = new ArrayList<>();
        List<ConcernOutcome> notMentioned = new ArrayList<>();
        for (var concern : a.findings()) {
            if (!"concern".equals(concern.polarity())) {
                continue;
            }
            var matches = matches(concern, b.findings(), similarity);
            if (matches.isEmpty()) {
                notMentioned.add(new ConcernOutcome(concern, "not_mentioned", null));
                continue;
            }
            var best = matches.getFirst();
            switch (best.polarity()) {
                case "concern", "area_for_development" -> recurring.add(new ConcernOutcome(concern, "recurs", best));
                case "improvement", "strength" -> resolved.add(new ConcernOutcome(concern, "resolved", best));
                default -> notMentioned.add(new ConcernOutcome(concern, "mentioned_without_verdict", best));
            }
        }
        return new Diff(authorityId, earlier.id(), later.id(), missingFrom(after, before), missingFrom(before, after),
                missingFrom(holdersAfter, holdersBefore), missingFrom(holdersBefore, holdersAfter),
                recurring, resolved, notMentioned);
    }

    /** Several authorities on the same themes, each at its latest inspection, or at every inspection when {@code all}. */
    public SideBySide sideBySide(List<String> authorityIds, List<String> themes, boolean all) {
        if (authorityIds == null || authorityIds.isEmpty()) {
            throw new InvalidQueryException("name the authorities to compare: authorities=a,b");
        }
        requireThemes(themes);
        Map<String, List<Authorities.Judgement>> judgements = new LinkedHashMap<>();
        Set<String> inspections = new HashSet<>();
        for (String id : authorityIds) {
            var overview = authorities.one(id);
            var chosen = all ? overview.inspections() : overview.inspections().isEmpty() ? List.<Authorities.Inspection>of()
                    : List.of(overview.inspections().getLast());
            chosen.forEach(i -> inspections.add(i.id()));
            judgements.put(id, chosen.isEmpty() ? List.of() : chosen.getLast().judgements());
        }
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("authorities", authorityIds);
        params.put("themes", themes == null || themes.isEmpty() ? null : themes);
        Map<String, Map<String, int[]>> counts = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> ids = new LinkedHashMap<>();
        Set<String> seenThemes = new java.util.TreeSet<>();
        Map<String, CountedFinding> counted = new TreeMap<>();
        for (var record : graph.readAll(themeQuery, params)) {
            var row = Rows.as(record, ThemeCountRow.class);
            if (!inspections.contains(row.inspection())) {
                continue;
            }
            row.findings().forEach(f -> counted.put(f.id(), f));
            seenThemes.add(row.theme());
            int[] c = counts.computeIfAbsent(row.authority(), k -> new TreeMap<>()).computeIfAbsent(row.theme(), k -> new int[4]);
            c[bucket(row.polarity())] += (int) row.count();
            ids.computeIfAbsent(row.authority(), k -> new TreeMap<>()).computeIfAbsent(row.theme(), k -> new ArrayList<>())
                    .addAll(row.ids());
        }
        List<String> columns = themes == null || themes.isEmpty() ? List.copyOf(seenThemes) : themes;
        Map<String, Map<String, SideBySideCell>> byAuthority = new LinkedHashMap<>();
        for (String id : authorityIds) {
            Map<String, SideBySideCell> cells = new LinkedHashMap<>();
            for (String theme : columns) {
                int[] c = counts.getOrDefault(id, Map.of()).get(theme);
                cells.put(theme, c == null ? new SideBySideCell(0, 0, 0, List.of())
                        : new SideBySideCell(c[0], c[1], c[2], ids.get(id).get(theme)));
            }
            byAuthority.put(id, cells);
        }
        return new SideBySide(columns, inspections.stream().sorted().toList(), byAuthority, judgements, counted);
    }

    private void requireThemes(List<String> themes) {
        if (themes == null || themes.isEmpty()) {
            return;
        }
        var known = graph.readAll(themesQuery, Map.of("ids", themes)).stream()
                .map(r -> r.get("id").asString()).collect(java.util.stream.Collectors.toSet());
        for (String t : themes) {
            if (!known.contains(t)) {
                throw new InvalidQueryException("unknown theme '" + t + "'");
            }
        }
    }

    private Statements statements(String inspection) {
        var record = graph.readAll(statementsQuery, Map.of("inspection", inspection)).getFirst();
        var s = Rows.as(record, Statements.class);
        Comparator<Statement> byOrder = Comparator.comparing(Statement::ord, Comparator.nullsLast(Comparator.naturalOrder()));
        return new Statements(s.inspection(), s.findings().stream().sorted(byOrder).toList(),
                s.recommendations().stream().sorted(byOrder).toList(), s.entities(), s.spells());
    }

    private static TextSimilarity similarity(Statements a, Statements b) {
        return new TextSimilarity(Stream.of(a.findings(), a.recommendations(), b.findings(), b.recommendations())
                .flatMap(List::stream).map(Statement::text).toList());
    }

    /** Later findings that speak to {@code ask}, best first, above the threshold. */
    private static List<Match> matches(Statement ask, List<Statement> later, TextSimilarity similarity) {
        List<Match> out = new ArrayList<>();
        for (var f : later) {
            double score = 0.7 * similarity.similarity(ask.text(), f.text())
                    + 0.15 * overlap(ask.themes(), f.themes())
                    + 0.15 * overlap(ask.about(), f.about());
            if (score >= MATCH_THRESHOLD) {
                out.add(new Match(f.id(), f.ref(), f.polarity(), f.text(), Math.round(score * 1000) / 1000.0));
            }
        }
        out.sort(Comparator.comparingDouble(Match::score).reversed());
        return out;
    }

    private static double overlap(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) a.stream().filter(b::contains).count() / union.size();
    }

    private static void requireOrder(Authorities.Inspection earlier, Authorities.Inspection later) {
        if (earlier.id().equals(later.id())) {
            throw new InvalidQueryException("compare two different inspections");
        }
        if (earlier.date() != null && later.date() != null && earlier.date().compareTo(later.date()) > 0) {
            throw new InvalidQueryException("'" + earlier.id() + "' is later than '" + later.id() + "': give the earlier one first");
        }
    }

    private static Map<String, Presence> presences(List<NamedEntity> entities) {
        Map<String, Presence> out = new LinkedHashMap<>();
        entities.stream().sorted(Comparator.comparing(NamedEntity::label).thenComparing(NamedEntity::id))
                .forEach(e -> out.put(e.id(), new Presence(e.id(), e.name(), e.label(), e.ref(), e.quote())));
        return out;
    }

    /** Post holders by role and tenure: a new interim head is a different holder from the permanent one before. */
    private static Map<String, Presence> holders(List<SpellView> spells) {
        Map<String, Presence> out = new LinkedHashMap<>();
        for (var s : spells) {
            String key = s.role() + "|" + s.tenure() + "|" + Objects.toString(s.start(), "") + "|" + Objects.toString(s.holder(), "");
            String name = s.roleTitle() + " (" + s.tenure() + (s.start() != null ? ", from " + s.start() : "")
                    + (s.end() != null ? ", to " + s.end() : "") + ")";
            out.putIfAbsent(key, new Presence(s.role(), name, "PostHolding", s.ref(), s.quote()));
        }
        return out;
    }

    private static List<Presence> missingFrom(Map<String, Presence> present, Map<String, Presence> other) {
        return present.entrySet().stream().filter(e -> !other.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    }

    private static int bucket(String polarity) {
        return switch (polarity) {
            case "strength", "improvement" -> 0;
            case "concern" -> 1;
            case "area_for_development" -> 2;
            default -> 3;
        };
    }
}
