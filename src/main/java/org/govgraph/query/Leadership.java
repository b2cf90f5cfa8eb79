package org.govgraph.query;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govgraph.store.CypherLibrary;
import org.govgraph.store.Graph;

/**
 * Leadership turnover: per authority and post, the post-holding spells in order, with what can be worked out
 * from them (an open spell ends when the next holder of the post arrives), changes per year, months under
 * interim or acting leadership, and the longest gap between one holder leaving and the next arriving; and a
 * ranking of authorities by turnover over a period.
 *
 * <p>Definitions: a <em>change</em> is a month in which a holder of the post arrived or left (an arrival and a
 * departure in the same month count once); <em>interim months</em> run from the start of an interim or acting
 * spell to its end, or to the next holder's arrival, or, when neither is known, to the inspection that last
 * saw it in post; a spell that starts after the inspection that reports it is <em>planned</em> and not counted.
 */
public final class Leadership {

    /** Where a report states a spell. */
    public record Source(String inspection, String ref, String quote) {
    }

    /** One spell in a post, merged across the reports that state it. */
    public record Spell(String role, String holder, String tenure, String start, String end, String endInferred,
                        boolean open, boolean planned, String startText, String endText, Boolean startDerived,
                        String duration, String lastSeen, List<Source> sources) {
    }

    /** A period without a known holder, between a departure and the next arrival. */
    public record Gap(String role, String from, String to, long months) {
    }

    /** One post of an authority with its spells and figures over the period. */
    public record RoleTimeline(String role, String title, String kind, List<Spell> spells, int changes,
                               Map<Integer, Integer> changesPerYear, long interimMonths, Gap longestGap) {
    }

    /** A finding about leadership or workforce stability, beside the timeline. */
    public record StabilityFinding(String id, String inspection, String date, String ref, String section,
                                   String polarity, String text) {
    }

    /** The leadership of one authority over a period. */
    public record Timeline(String authority, String authorityName, String from, String to, List<RoleTimeline> roles,
                           int changes, Map<Integer, Integer> changesPerYear, long interimMonths, Gap longestGap,
                           List<String> inspectionDates, List<StabilityFinding> findings) {
    }

    /** One authority's place in the turnover ranking. */
    public record Rank(int rank, String authority, String authorityName, int changes, long interimMonths,
                       long longestGapMonths, int posts) {
    }

    /** Authorities ranked by turnover over a period: most changes first, then most interim months. */
    public record Ranking(String from, String to, List<Rank> authorities) {
    }

    record RoleRow(String authority, String authorityName, String role, String title, String kind, List<SpellRow> spells) {
    }

    record SpellRow(String id, String holder, String tenure, String start, String end, String startText, String endText,
                    Boolean startDerived, Boolean endDerived, String duration, String ref, String quote,
                    String report, String inspection, String inspectionDate) {
    }

    private final Graph graph;
    private final Authorities authorities;
    private final String spellsQuery;
    private final String findingsQuery;

    public Leadership(Graph graph, CypherLibrary library, Authorities authorities) {
        this.graph = graph;
        this.authorities = authorities;
        this.spellsQuery = library.get("leadership-spells").statement();
        this.findingsQuery = library.get("leadership-findings").statement();
    }

    /** The leadership timeline of one authority; {@code from} and {@code to} (partial dates) bound the figures. */
    public Timeline timeline(String authorityId, String from, String to) {
        var overview = authorities.one(authorityId);
        var period = new Period(PartialDate.ofNullable(from), PartialDate.ofNullable(to));
        List<RoleTimeline> roles = roles(List.of(authorityId)).getOrDefault(authorityId, List.of()).stream()
                .map(r -> roleTimeline(r, period)).toList();
        var findings = graph.readAll(findingsQuery, Map.of("authority", authorityId)).stream()
                .map(r -> Rows.as(r, StabilityFinding.class))
                .filter(f -> f.date() == null || period.containsYear(new PartialDate(f.date()).year())).toList();
        return new Timeline(authorityId, overview.authority().name(), from, to, roles, roles.stream().mapToInt(RoleTimeline::changes).sum(),
                sumPerYear(roles), roles.stream().mapToLong(RoleTimeline::interimMonths).sum(), longest(roles),
                overview.inspections().stream().map(Authorities.Inspection::date).filter(Objects::nonNull).toList(), findings);
    }

    /** Every authority with leadership posts, ranked by turnover between {@code from} and {@code to}. */
    public Ranking ranking(String from, String to) {
        var period = new Period(PartialDate.ofNullable(from), PartialDate.ofNullable(to));
        List<Rank> unranked = new ArrayList<>();
        roles(null).forEach((authority, rows) -> {
            var timelines = rows.stream().map(r -> roleTimeline(r, period)).toList();
            var gap = longest(timelines);
            unranked.add(new Rank(0, authority, rows.getFirst().authorityName(),
                    timelines.stream().mapToInt(RoleTimeline::changes).sum(),
                    timelines.stream().mapToLong(RoleTimeline::interimMonths).sum(),
                    gap == null ? 0 : gap.months(), rows.size()));
        });
        unranked.sort(Comparator.comparingInt(Rank::changes).reversed()
                .thenComparing(Comparator.comparingLong(Rank::interimMonths).reversed())
                .thenComparing(Rank::authorityName));
        List<Rank> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            var r = unranked.get(i);
            boolean tie = i > 0 && r.changes() == unranked.get(i - 1).changes()
                    && r.interimMonths() == unranked.get(i - 1).interimMonths();
            ranked.add(new Rank(tie ? ranked.get(i - 1).rank() : i + 1, r.authority(), r.authorityName(), r.changes(),
                    r.interimMonths(), r.longestGapMonths(), r.posts()));
        }
        return new Ranking(from, to, ranked);
    }

    private Map<String, List<RoleRow>> roles(List<String> authorityIds) {
        Map<String, Object> params = new HashMap<>();
        params.put("authorities", authorityIds);
        Map<String, List<RoleRow>> byAuthority = new LinkedHashMap<>();
        for (var record : graph.readAll(spellsQuery, params)) {
            var row = Rows.as(record, RoleRow.class);
            byAuthority.computeIfAbsent(row.authority(), k -> new ArrayList<>()).add(row);
        }
        return byAuthority;
    }

    /** Spells of one post merged, ordered and completed, with the post's figures over the period. */
    static RoleTimeline roleTimeline(RoleRow row, Period period) {
        List<Spell> spells = completed(merged(row.role(), row.spells()));
        // a change is a month with an arrival or a departure; a date known only by its year is a change of that year
        TreeSet<String> changes = new TreeSet<>();
        long interim = 0;
        Gap longest = null;
        Spell previous = null;
        for (var s : spells) {
            if (!s.planned()) {
                if (s.start() != null) {
                    changes.add(changeKey(new PartialDate(s.start())));
                }
                if (s.end() != null && (s.lastSeen() == null || s.end().compareTo(s.lastSeen()) <= 0)) {
                    changes.add(changeKey(new PartialDate(s.end())));
                }
                if (("interim".equals(s.tenure()) || "acting".equals(s.tenure())) && s.start() != null) {
                    String until = s.end() != null ? s.end() : s.endInferred() != null ? s.endInferred() : s.lastSeen();
                    if (until != null) {
                        interim += period.overlapMonths(latestPossibleStart(s), new PartialDate(until));
                    }
                }
            }
            if (previous != null && previous.end() != null && s.start() != null && !s.planned()) {
                long months = new PartialDate(previous.end()).monthsUntil(new PartialDate(s.start()));
                if (months > 0 && period.contains(new PartialDate(s.start()).month())
                        && (longest == null || months > longest.months())) {
                    longest = new Gap(row.role(), previous.end(), s.start(), months);
                }
            }
            if (s.start() != null || s.end() != null) {
                previous = s;
            }
        }
        Map<Integer, Integer> perYear = new TreeMap<>();
        int count = 0;
        for (String key : changes) {
            boolean inPeriod = key.length() == 4 ? period.containsYear(Integer.parseInt(key))
                    : period.contains(YearMonth.parse(key));
            if (inPeriod) {
                count++;
                perYear.merge(Integer.parseInt(key.substring(0, 4)), 1, Integer::sum);
            }
        }
        return new RoleTimeline(row.role(), row.title(), row.kind(), spells, count, perYear, interim, longest);
    }

    private static String changeKey(PartialDate date) {
        return date.yearOnly() ? date.text() : date.month().toString();
    }

    /**
     * The start an interim spell's months are counted from: its month, or, when only its year is known, the last
     * month it could have started (the inspection that saw it, or December), so that months are never invented.
     */
    private static PartialDate latestPossibleStart(Spell s) {
        var start = new PartialDate(s.start());
        if (!start.yearOnly()) {
            return start;
        }
        if (s.lastSeen() != null && new PartialDate(s.lastSeen()).year() == start.year()) {
            return new PartialDate(new PartialDate(s.lastSeen()).month().toString());
        }
        return new PartialDate(start.year() + "-12");
    }

    /** The same spell stated by several reports (same tenure, start and end) becomes one, with every source. */
    private static List<Spell> merged(String role, List<SpellRow> rows) {
        Map<String, Spell> byKey = new LinkedHashMap<>();
        for (var r : rows) {
            String key = r.tenure() + "|" + r.start() + "|" + r.end() + "|" + (r.start() == null && r.end() == null ? r.id() : "");
            var source = new Source(r.inspection(), r.ref(), r.quote());
            boolean planned = r.start() != null && r.inspectionDate() != null
                    && new PartialDate(r.start()).compareTo(new PartialDate(r.inspectionDate())) > 0;
            byKey.merge(key, new Spell(role, r.holder(), r.tenure(), r.start(), r.end(), null, false, planned,
                    r.startText(), r.endText(), r.startDerived(), r.duration(), r.inspectionDate(), List.of(source)),
                    (a, b) -> new Spell(role, a.holder() != null ? a.holder() : b.holder(), a.tenure(), a.start(), a.end(),
                            null, false, a.planned() && b.planned(), a.startText(), a.endText(), a.startDerived(),
                            a.duration() != null ? a.duration() : b.duration(), later(a.lastSeen(), b.lastSeen()),
                            concat(a.sources(), b.sources())));
        }
        List<Spell> spells = new ArrayList<>(byKey.values());
        spells.sort(Comparator.comparing((Spell s) -> s.start() != null ? s.start() : s.end() != null ? s.end() : "9999",
                Comparator.nullsLast(Comparator.naturalOrder())));
        return spells;
    }

    /** An open spell ends when the next spell of the post starts; one with no successor stays open. */
    private static List<Spell> completed(List<Spell> spells) {
        List<Spell> out = new ArrayList<>();
        for (int i = 0; i < spells.size(); i++) {
            var s = spells.get(i);
            String inferred = null;
            if (s.end() == null && s.start() != null) {
                for (int j = i + 1; j < spells.size(); j++) {
                    var next = spells.get(j);
                    if (next.start() != null && next.start().compareTo(s.start()) > 0) {
                        inferred = next.start();
                        break;
                    }
                }
            }
            out.add(new Spell(s.role(), s.holder(), s.tenure(), s.start(), s.end(), inferred,
                    s.end() == null && inferred == null, s.planned(), s.startText(), s.endText(), s.startDerived(),
                    s.duration(), s.lastSeen(), s.sources()));
        }
        return out;
    }

    private static Map<Integer, Integer> sumPerYear(List<RoleTimeline> roles) {
        Map<Integer, Integer> sum = new TreeMap<>();
        roles.forEach(r -> r.changesPerYear().forEach((y, n) -> sum.merge(y, n, Integer::sum)));
        return sum;
    }

    private static Gap longest(List<RoleTimeline> roles) {
        return roles.stream().map(RoleTimeline::longestGap).filter(Objects::nonNull)
                .max(Comparator.comparingLong(Gap::months)).orElse(null);
    }

    private static String later(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The months the figures count: from the first month of {@code from} to the last month of {@code to}. */
    record Period(PartialDate from, PartialDate to) {
        Period {
            if (from != null && to != null && last(to).isBefore(from.month())) {
                throw new InvalidQueryException("the period ends (" + to + ") before it starts (" + from + ")");
            }
        }

        boolean containsYear(int year) {
            return (from == null || year >= from.year()) && (to == null || year <= to.year());
        }

        boolean contains(YearMonth m) {
            return (from == null || !m.isBefore(from.month())) && (to == null || !m.isAfter(last(to)));
        }

        long overlapMonths(PartialDate start, PartialDate end) {
            YearMonth a = start.month();
            YearMonth b = end.month();
            if (from != null && a.isBefore(from.month())) {
                a = from.month();
            }
            if (to != null && b.isAfter(last(to).plusMonths(1))) {
                b = last(to).plusMonths(1);
            }
            return Math.max(0, java.time.temporal.ChronoUnit.MONTHS.between(a, b));
        }

        private static YearMonth last(PartialDate d) {
            return d.yearOnly() ? YearMonth.of(d.year(), 12) : d.month();
        }
    }
}
