package org.govgraph.ingest.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.govgraph.ingest.Dataset;

/**
 * The inspections of one synthetic authority, oldest first, one dataset each: fieldwork a year or more apart as the
 * seeds' gaps between inspections say, ending by the seeds' latest fieldwork; Ofsted's framework of the day with
 * grades that move a step at a time; each inspection following up the one before; the boards, teams, partners,
 * posts, spells, findings and recommendations it names in the seeds' numbers.
 */
final class AuthorityInspections {

    static final String PUBLISHER = "govgraph generate (synthetic data)";
    static final String LICENCE = "Synthetic data made by govgraph generate; the texts are sampled from inspection "
            + "reports published under the Open Government Licence";
    /** Ofsted's fieldwork of a local authority inspection lasts about two weeks. */
    private static final int FIELDWORK_DAYS = 9;

    private final SeedProfile profile;
    private final Paragraphs paragraphs;
    private final OfstedFrameworks frameworks;
    private final SeedTexts texts;
    private final Set<String> vocabulary;
    private final long seed;
    private final int inspectors;

    AuthorityInspections(SeedMaterial material, OfstedFrameworks frameworks, long seed, int inspectors) {
        this.profile = material.profile();
        this.texts = material.texts();
        this.paragraphs = new Paragraphs(profile, texts);
        this.frameworks = frameworks;
        this.vocabulary = new java.util.TreeSet<>(material.vocabulary().all().stream().map(Dataset.Theme::id).toList());
        this.seed = seed;
        this.inspectors = inspectors;
    }

    /** The authority's {@code count} inspections, oldest first. */
    List<Dataset> generate(AuthorityEntities entities, int count, SplittableRandom random) {
        List<YearMonth> months = months(count, random);
        List<LeadershipTimeline.Post> posts = entities.roles().stream()
                .map(r -> new LeadershipTimeline.Post(r.id(), entities.suffix(r), r.title())).toList();
        var timeline = LeadershipTimeline.of(posts, months.getFirst(), months.getLast(), profile, random);
        List<Dataset> datasets = new ArrayList<>(count);
        int rank = 0;
        Dataset previous = null;
        for (YearMonth month : months) {
            var framework = frameworks.at(month);
            int grades = framework.grades().size();
            rank = rank == 0 ? 1 + random.nextInt(grades) : step(rank, grades, random);
            YearMonth since = previous == null ? month.minusMonths(profile.inspectionGapMonths().pick(random))
                    : YearMonth.parse(previous.inspection().fieldwork().start().substring(0, 7));
            previous = inspection(entities, month, since, framework, rank, previous, timeline, random);
            datasets.add(previous);
        }
        return datasets;
    }

    /** Fieldwork months, the latest within a gap of the seeds' latest fieldwork, each earlier by a seeds' gap. */
    private List<YearMonth> months(int count, SplittableRandom random) {
        List<YearMonth> months = new ArrayList<>(count);
        YearMonth month = profile.latestFieldwork().minusMonths(random.nextInt(Math.max(1,
                (int) Math.round(profile.inspectionGapMonths().mean()))));
        months.add(month);
        for (int i = 1; i < count; i++) {
            month = month.minusMonths(Math.max(1, profile.inspectionGapMonths().around(random)));
            months.add(month);
        }
        return months.reversed();
    }

    private static int step(int rank, int grades, SplittableRandom random) {
        return Math.clamp(rank + random.nextInt(3) - 1, 1, grades);
    }

    private Dataset inspection(AuthorityEntities entities, YearMonth month, YearMonth since,
                               OfstedFrameworks.Framework framework, int rank, Dataset previous,
                               LeadershipTimeline timeline, SplittableRandom random) {
        var authority = entities.authority();
        String name = authority.name();
        String id = authority.id() + "-" + month;
        LocalDate start = month.atDay(1 + random.nextInt(20));
        LocalDate end = start.plusDays(FIELDWORK_DAYS);
        String dates = dates(start, end);
        String published = YearMonth.from(end).plusMonths(2).toString();

        var report = new Dataset.Report("syn-report-" + id.substring("syn-".length()),
                "Synthetic report (govgraph generate, seed " + seed + "): " + framework.kind() + ", " + name,
                PUBLISHER, null, published, null, LICENCE);
        List<Dataset.Judgement> judgements = new ArrayList<>();
        for (String area : framework.areas()) {
            int r = judgements.isEmpty() ? rank : step(rank, framework.grades().size(), random);
            String grade = framework.grades().get(r - 1);
            judgements.add(new Dataset.Judgement(area, grade, framework.scale(), r, "Judgements", area + " " + grade));
        }
        String inspector = String.format(Locale.ROOT, "Synthetic Inspector %02d", 1 + random.nextInt(inspectors));
        var followsUp = previous == null ? null : new Dataset.FollowsUp(previous.inspection().id(), "Introduction",
                "This inspection follows up the inspection of " + monthText(YearMonth.parse(
                        previous.inspection().fieldwork().start().substring(0, 7))) + ".");
        var inspection = new Dataset.Inspection(id, authority.id(), "Ofsted", framework.kind(), framework.framework(),
                "Synthetic inspection: " + framework.kind(), new Dataset.Fieldwork(start.toString(), end.toString(), dates),
                published, followsUp, judgements,
                List.of(new Dataset.TeamMember(inspector, "lead inspector", "HMI", "Title page",
                        "Lead inspector " + inspector + " HMI")),
                new Dataset.Source("Title page", framework.kind() + " [...] " + name + " [...] Inspection dates: " + dates));

        var spells = spells(timeline.seenAt(since, month, profile.spellsPerInspection().around(random)), month);
        var roles = roles(entities, spells, profile.rolesPerInspection().around(random), random);
        var partners = partners(entities, profile.partnersPerInspection().around(random), random);
        var boards = boards(entities, partners, profile.boardsPerInspection().around(random), random);
        var teams = pick(entities.teams(), profile.teamsPerInspection().around(random), random);

        Map<String, List<String>> declared = new LinkedHashMap<>();
        declared.put("authority", List.of(authority.id()));
        declared.put("board", boards.stream().map(Dataset.Board::id).toList());
        declared.put("team", teams.stream().map(Dataset.Team::id).toList());
        declared.put("partner", partners.stream().map(Dataset.Partner::id).toList());
        declared.put("role", roles.stream().map(Dataset.Role::id).toList());
        var findings = paragraphs.findings(profile.findingsPerInspection().around(random), authority, declared, random);
        var recommendations = paragraphs.recommendations(profile.recommendationsPerInspection().around(random), authority,
                declared, random);
        return new Dataset(1, report, inspection, List.of(entities.declared()), declaredThemes(findings, recommendations),
                boards, teams, partners, roles, spells, findings, recommendations);
    }

    /** The spells as an inspection in {@code month} states them: the end only when it has come. */
    private static List<Dataset.Spell> spells(List<Stint> stints, YearMonth month) {
        List<Dataset.Spell> spells = new ArrayList<>(stints.size());
        int n = 0;
        for (Stint s : stints) {
            boolean ended = !s.end().isAfter(month);
            String holder = "unknown".equals(s.tenure()) ? s.title() : s.tenure() + " " + s.title();
            var start = new Dataset.When(s.start().toString(), monthText(s.start()), null);
            var end = ended ? new Dataset.When(s.end().toString(), monthText(s.end()), null) : null;
            String how = "unknown".equals(s.tenure()) ? "by one person"
                    : "on " + article(s.tenure()) + " " + s.tenure() + " basis";
            String quote = ended
                    ? "The post of " + s.title() + " was held " + how + " from " + monthText(s.start()) + " to "
                            + monthText(s.end()) + ", " + s.months() + " months."
                    : "The post of " + s.title() + " has been held " + how + " since " + monthText(s.start()) + ".";
            spells.add(new Dataset.Spell(s.roleSuffix() + "-" + s.start(), s.roleId(), holder, s.tenure(), start, end,
                    ended ? s.months() + " months" : null, "Leadership, paragraph " + ++n, quote));
        }
        return spells;
    }

    /** The posts of the spells, then others up to {@code count}, in the authority's order. */
    private static List<Dataset.Role> roles(AuthorityEntities entities, List<Dataset.Spell> spells, int count,
                                            SplittableRandom random) {
        Set<String> wanted = new LinkedHashSet<>();
        spells.forEach(s -> wanted.add(s.role()));
        List<Dataset.Role> all = entities.roles();
        for (var r : pick(all, count, random)) {
            if (wanted.size() >= count) {
                break;
            }
            wanted.add(r.id());
        }
        return all.stream().filter(r -> wanted.contains(r.id())).toList();
    }

    /** {@code count} partners, each of a sector drawn as often as the seeds name it, none twice. */
    private List<Dataset.Partner> partners(AuthorityEntities entities, int count, SplittableRandom random) {
        Map<String, Dataset.Partner> chosen = new TreeMap<>();
        int wanted = Math.min(count, entities.partnerCount());
        for (int tries = 0; chosen.size() < wanted && tries < 20 * wanted; tries++) {
            for (var p : entities.partners(profile.sectors().draw(random))) {
                if (chosen.putIfAbsent(p.id(), p) == null) {
                    break;
                }
            }
        }
        return List.copyOf(chosen.values());
    }

    /**
     * {@code count} boards: the region's most named board first whenever any is named (so the region's authorities
     * interlock on it), the rest drawn from the authority's; a regional board lists the region's police and health
     * board among its members when the file names them.
     */
    private static List<Dataset.Board> boards(AuthorityEntities entities, List<Dataset.Partner> partners, int count,
                                              SplittableRandom random) {
        if (count == 0) {
            return List.of();
        }
        List<Dataset.Board> all = entities.boards();
        List<Dataset.Board> chosen = new ArrayList<>();
        chosen.add(all.getFirst());
        chosen.addAll(pick(all.subList(1, all.size()), count - 1, random));
        String region = "syn-" + entities.authority().region().slug() + "-";
        List<Dataset.Partner> regional = partners.stream().filter(p -> p.id().startsWith(region)).toList();
        return chosen.stream().map(b -> !"regional".equals(b.scope()) || regional.isEmpty() ? b : withMembers(b, regional))
                .toList();
    }

    private static Dataset.Board withMembers(Dataset.Board board, List<Dataset.Partner> partners) {
        List<Dataset.Member> members = new ArrayList<>(board.members());
        partners.forEach(p -> members.add(new Dataset.Member(p.id(), board.members().getFirst().ref(),
                p.name() + " sits on the " + board.name() + ".")));
        return new Dataset.Board(board.id(), board.name(), board.kind(), board.scope(), board.aliases(), board.source(),
                members);
    }

    /** {@code count} of {@code items} (all when fewer), drawn without repeats, in the items' order. */
    private static <T> List<T> pick(List<T> items, int count, SplittableRandom random) {
        if (count >= items.size()) {
            return items;
        }
        int[] order = new int[items.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] taken = java.util.Arrays.copyOf(order, count);
        java.util.Arrays.sort(taken);
        List<T> picked = new ArrayList<>(count);
        for (int i : taken) {
            picked.add(items.get(i));
        }
        return picked;
    }

    /** The themes outside the shared vocabulary that the items use, as the seed that used them declared them. */
    private List<Dataset.Theme> declaredThemes(List<Dataset.Finding> findings, List<Dataset.Recommendation> recommendations) {
        Set<String> used = new java.util.TreeSet<>();
        findings.forEach(f -> used.addAll(f.themes()));
        recommendations.forEach(r -> used.addAll(r.themes()));
        return used.stream().filter(t -> !vocabulary.contains(t)).map(texts::declaredTheme).toList();
    }

    private static String dates(LocalDate start, LocalDate end) {
        if (start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + "-" + end.getDayOfMonth() + " " + monthText(YearMonth.from(end));
        }
        String from = start.getDayOfMonth() + " " + start.getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
                + (start.getYear() == end.getYear() ? "" : " " + start.getYear());
        return from + " - " + end.getDayOfMonth() + " " + monthText(YearMonth.from(end));
    }

    static String monthText(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }

    private static String article(String word) {
        return "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
