package org.govgraph.ingest.synthetic;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govgraph.ingest.Dataset;

/**
 * The shape of the curated seed datasets, measured when a generation starts (never copied into code): how many
 * findings, recommendations, boards, teams, partners, posts and spells an inspection names, how often each polarity,
 * theme, partner sector and tenure occurs, how many themes a finding has, how many findings and recommendations are
 * about an entity and what kind of entity, how long a spell in post lasts and how far apart an authority's
 * inspections are.
 *
 * <p>Spell lengths come from the spells whose start and end months are both given. The seeds give few, so when there
 * are fewer than {@value #FEW_SPELLS} the profile adds the spells that have a start month and no end, measured to the
 * next start of a spell in the same post; and if there are still none it uses the months between inspections.
 *
 * @param inspections                  how many seed datasets were measured
 * @param findingsAboutShare           share of findings with an {@code about} list
 * @param recommendationsAboutShare    share of recommendations with an {@code about} list
 * @param aboutPerItem                 how many ids an {@code about} list holds, where there is one
 * @param aboutKinds                   what an {@code about} id names: authority, board, team, partner or role
 * @param spellMonths                  months from a spell's start to its end
 * @param inspectionGapMonths          months between the fieldwork of an authority's consecutive inspections
 * @param latestFieldwork              the month of the latest fieldwork in the seeds: generated inspections end by then
 */
public record SeedProfile(int inspections, Sample findingsPerInspection, Sample recommendationsPerInspection,
                          Sample boardsPerInspection, Sample teamsPerInspection, Sample partnersPerInspection,
                          Sample rolesPerInspection, Sample spellsPerInspection, Frequencies polarities,
                          Frequencies themes, Sample themesPerFinding, double findingsAboutShare,
                          double recommendationsAboutShare, Sample aboutPerItem, Frequencies aboutKinds,
                          Frequencies sectors, Frequencies tenures, Sample spellMonths, Sample inspectionGapMonths,
                          YearMonth latestFieldwork) {

    /** Below this many spells with both dates, spell lengths are completed from the next spell in the same post. */
    static final int FEW_SPELLS = 3;

    public SeedProfile {
        if (inspections < 1) {
            throw new IllegalArgumentException("a profile measures at least one seed dataset");
        }
        if (findingsPerInspection.isEmpty() || polarities.isEmpty() || themesPerFinding.isEmpty()
                || spellMonths.isEmpty() || inspectionGapMonths.isEmpty() || tenures.isEmpty() || sectors.isEmpty()) {
            throw new IllegalArgumentException("the seeds are too few to measure: they need findings, themes, "
                    + "partners, spells with dates and an authority inspected twice");
        }
        if (findingsAboutShare < 0 || findingsAboutShare > 1 || recommendationsAboutShare < 0 || recommendationsAboutShare > 1) {
            throw new IllegalArgumentException("shares lie between 0 and 1");
        }
        if (latestFieldwork == null) {
            throw new IllegalArgumentException("the seeds give no fieldwork date");
        }
    }

    /** Measures the seed datasets. */
    public static SeedProfile measure(List<Dataset> seeds) {
        List<Integer> findings = new ArrayList<>();
        List<Integer> recommendations = new ArrayList<>();
        List<Integer> boards = new ArrayList<>();
        List<Integer> teams = new ArrayList<>();
        List<Integer> partners = new ArrayList<>();
        List<Integer> roles = new ArrayList<>();
        List<Integer> spells = new ArrayList<>();
        Map<String, Integer> polarities = new TreeMap<>();
        Map<String, Integer> themes = new TreeMap<>();
        List<Integer> themesPerFinding = new ArrayList<>();
        Map<String, Integer> sectors = new TreeMap<>();
        Map<String, Integer> tenures = new TreeMap<>();
        Map<String, Integer> aboutKinds = new TreeMap<>();
        List<Integer> aboutPerItem = new ArrayList<>();
        int findingsAbout = 0;
        int recommendationsAbout = 0;
        YearMonth latest = null;
        for (Dataset seed : seeds) {
            findings.add(seed.findings().size());
            recommendations.add(seed.recommendations().size());
            boards.add(seed.boards().size());
            teams.add(seed.teams().size());
            partners.add(seed.partners().size());
            roles.add(seed.roles().size());
            spells.add(seed.spells().size());
            Map<String, String> kinds = kindsOf(seed);
            for (var f : seed.findings()) {
                polarities.merge(f.polarity(), 1, Integer::sum);
                f.themes().forEach(t -> themes.merge(t, 1, Integer::sum));
                themesPerFinding.add(f.themes().size());
                if (!f.about().isEmpty()) {
                    findingsAbout++;
                    aboutPerItem.add(f.about().size());
                    f.about().forEach(id -> aboutKinds.merge(kinds.get(id), 1, Integer::sum));
                }
            }
            for (var r : seed.recommendations()) {
                if (!r.about().isEmpty()) {
                    recommendationsAbout++;
                    aboutPerItem.add(r.about().size());
                    r.about().forEach(id -> aboutKinds.merge(kinds.get(id), 1, Integer::sum));
                }
            }
            seed.partners().forEach(p -> sectors.merge(p.sector(), 1, Integer::sum));
            seed.spells().forEach(s -> tenures.merge(s.tenure(), 1, Integer::sum));
            YearMonth fieldwork = fieldwork(seed);
            if (fieldwork != null && (latest == null || fieldwork.isAfter(latest))) {
                latest = fieldwork;
            }
        }
        int findingCount = findings.stream().mapToInt(Integer::intValue).sum();
        int recommendationCount = recommendations.stream().mapToInt(Integer::intValue).sum();
        Sample gaps = Sample.of(inspectionGaps(seeds));
        return new SeedProfile(seeds.size(), Sample.of(findings), Sample.of(recommendations), Sample.of(boards),
                Sample.of(teams), Sample.of(partners), Sample.of(roles), Sample.of(spells), Frequencies.of(polarities),
                Frequencies.of(themes), Sample.of(themesPerFinding),
                findingCount == 0 ? 0 : (double) findingsAbout / findingCount,
                recommendationCount == 0 ? 0 : (double) recommendationsAbout / recommendationCount,
                Sample.of(aboutPerItem), Frequencies.of(aboutKinds), Frequencies.of(sectors), Frequencies.of(tenures),
                spellLengths(seeds, gaps), gaps, latest);
    }

    /** What each id declared in a dataset is. */
    private static Map<String, String> kindsOf(Dataset d) {
        Map<String, String> kinds = new TreeMap<>();
        d.authorities().forEach(a -> kinds.put(a.id(), "authority"));
        d.boards().forEach(b -> kinds.put(b.id(), "board"));
        d.teams().forEach(t -> kinds.put(t.id(), "team"));
        d.partners().forEach(p -> kinds.put(p.id(), "partner"));
        d.roles().forEach(r -> kinds.put(r.id(), "role"));
        return kinds;
    }

    /** Months between the fieldwork of each authority's consecutive seed inspections. */
    private static List<Integer> inspectionGaps(List<Dataset> seeds) {
        Map<String, List<YearMonth>> byAuthority = new TreeMap<>();
        for (Dataset seed : seeds) {
            YearMonth fieldwork = fieldwork(seed);
            if (fieldwork != null) {
                byAuthority.computeIfAbsent(seed.inspection().authority(), a -> new ArrayList<>()).add(fieldwork);
            }
        }
        List<Integer> gaps = new ArrayList<>();
        for (var months : byAuthority.values()) {
            months.sort(null);
            for (int i = 1; i < months.size(); i++) {
                gaps.add((int) ChronoUnit.MONTHS.between(months.get(i - 1), months.get(i)));
            }
        }
        return gaps;
    }

    /** Spell lengths in months, completed as the class comment says when the seeds give few. */
    private static Sample spellLengths(List<Dataset> seeds, Sample gaps) {
        List<Integer> lengths = new ArrayList<>();
        Map<String, List<YearMonth>> startsByRole = new TreeMap<>();
        List<Dataset.Spell> open = new ArrayList<>();
        for (Dataset seed : seeds) {
            for (var spell : seed.spells()) {
                YearMonth start = month(spell.start());
                YearMonth end = month(spell.end());
                if (start != null) {
                    startsByRole.computeIfAbsent(spell.role(), r -> new ArrayList<>()).add(start);
                }
                if (start != null && end != null) {
                    lengths.add((int) ChronoUnit.MONTHS.between(start, end));
                } else if (start != null && spell.end() == null) {
                    open.add(spell);
                }
            }
        }
        if (lengths.size() < FEW_SPELLS) {
            for (var spell : open) {
                YearMonth start = month(spell.start());
                startsByRole.get(spell.role()).stream().filter(s -> s.isAfter(start)).min(java.util.Comparator.naturalOrder())
                        .ifPresent(next -> lengths.add((int) ChronoUnit.MONTHS.between(start, next)));
            }
        }
        return lengths.isEmpty() ? gaps : Sample.of(lengths);
    }

    private static YearMonth fieldwork(Dataset seed) {
        var fieldwork = seed.inspection().fieldwork();
        return fieldwork == null ? null : month(fieldwork.start());
    }

    private static YearMonth month(Dataset.When when) {
        return when == null ? null : month(when.date());
    }

    /** The month of a partial date, or null when it gives only a year (or nothing). */
    static YearMonth month(String date) {
        return date == null || date.length() < 7 ? null : YearMonth.parse(date.substring(0, 7));
    }
}
