package org.govgraph.extract.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.govgraph.ingest.Dataset;

/**
 * Compares an extracted dataset with the curated one of the same report, kind of item by kind of item. Findings and
 * recommendations pair by their words ({@link TextMatch}); polarity and themes are judged on the paired findings;
 * boards, teams, partners and posts pair by name; leadership events by post and date; judgements by area and grade;
 * the authority, inspectorate and dates by value.
 */
public final class Evaluation {

    /** The kinds of item measured, in the order of the table. */
    public static final List<String> KINDS = List.of("recommendations", "findings", "polarity", "themes", "boards",
            "teams", "roles", "partners", "leadership events", "judgements", "inspectors", "dates", "authority", "inspectorate");

    private static final JaroWinklerSimilarity NAMES = new JaroWinklerSimilarity();

    private Evaluation() {
    }

    public static Map<String, Score> compare(Dataset got, Dataset want) {
        Map<String, Score> scores = new LinkedHashMap<>();
        var recs = TextMatch.pairs(got.recommendations(), Dataset.Recommendation::text, want.recommendations(), Dataset.Recommendation::text);
        scores.put("recommendations", counts(recs.size(), got.recommendations().size(), want.recommendations().size()));
        var findings = TextMatch.pairs(got.findings(), Dataset.Finding::text, want.findings(), Dataset.Finding::text);
        scores.put("findings", counts(findings.size(), got.findings().size(), want.findings().size()));
        int right = (int) findings.stream().filter(p -> samePolarity(p.got().polarity(), p.want().polarity())).count();
        scores.put("polarity", new Score(right, findings.size() - right, findings.size() - right));
        Score themes = Score.NONE;
        for (var p : findings) {
            themes = themes.plus(sets(new HashSet<>(p.got().themes()), new HashSet<>(p.want().themes())));
        }
        scores.put("themes", themes);
        scores.put("boards", names(got.boards().stream().map(b -> names(b.name(), b.aliases())).toList(),
                want.boards().stream().map(b -> names(b.name(), b.aliases())).toList()));
        scores.put("teams", names(got.teams().stream().map(t -> names(t.name(), t.aliases())).toList(),
                want.teams().stream().map(t -> names(t.name(), t.aliases())).toList()));
        scores.put("roles", sets(roleKinds(got), roleKinds(want)));
        scores.put("partners", names(got.partners().stream().map(p -> partnerNames(p)).toList(),
                want.partners().stream().map(p -> partnerNames(p)).toList()));
        scores.put("leadership events", sets(events(got), events(want)));
        scores.put("judgements", sets(judgements(got), judgements(want)));
        scores.put("inspectors", sets(inspectors(got), inspectors(want)));
        scores.put("dates", dates(got.inspection(), want.inspection()));
        scores.put("authority", same(got.inspection().authority(), want.inspection().authority()));
        scores.put("inspectorate", same(got.inspection().inspectorate(), want.inspection().inspectorate()));
        return scores;
    }

    /** Strength and improvement are both good news; the measure counts them as one. */
    private static boolean samePolarity(String a, String b) {
        return Objects.equals(group(a), group(b));
    }

    private static String group(String polarity) {
        return "improvement".equals(polarity) ? "strength" : polarity;
    }

    private static Score counts(int matched, int got, int want) {
        return new Score(matched, got - matched, want - matched);
    }

    private static <T> Score sets(Set<T> got, Set<T> want) {
        Set<T> common = new HashSet<>(got);
        common.retainAll(want);
        return new Score(common.size(), got.size() - common.size(), want.size() - common.size());
    }

    private static Score same(String got, String want) {
        if (Objects.equals(got, want)) {
            return new Score(1, 0, 0);
        }
        return new Score(0, got == null ? 0 : 1, 1);
    }

    private static List<String> names(String name, List<String> aliases) {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    private static List<String> partnerNames(Dataset.Partner p) {
        List<String> all = names(p.name(), p.aliases());
        all.add(p.sector()); // "the police" curated as Powys police matches any police mention
        return all;
    }

    /** Entities pair when any of their names are close (Jaro-Winkler 0.9 on normalised words, or one contains the other). */
    private static Score names(List<List<String>> got, List<List<String>> want) {
        Set<Integer> used = new HashSet<>();
        int matched = 0;
        for (List<String> g : got) {
            for (int j = 0; j < want.size(); j++) {
                if (!used.contains(j) && close(g, want.get(j))) {
                    used.add(j);
                    matched++;
                    break;
                }
            }
        }
        return counts(matched, got.size(), want.size());
    }

    private static boolean close(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                String nx = normal(x);
                String ny = normal(y);
                if (nx.isEmpty() || ny.isEmpty()) {
                    continue;
                }
                if (nx.equals(ny) || nx.length() > 3 && ny.length() > 3 && (nx.contains(ny) || ny.contains(nx))
                        || NAMES.apply(nx, ny) >= 0.9) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String normal(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("^the ", "")
                .replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static Set<String> roleKinds(Dataset d) {
        Set<String> kinds = new HashSet<>();
        d.roles().forEach(r -> kinds.add(r.kind()));
        return kinds;
    }

    /** An arrival or a departure: the post's kind, which, and the month. */
    private static Set<String> events(Dataset d) {
        Map<String, String> kinds = new LinkedHashMap<>();
        d.roles().forEach(r -> kinds.put(r.id(), r.kind()));
        Set<String> events = new HashSet<>();
        for (Dataset.Spell s : d.spells()) {
            String kind = kinds.getOrDefault(s.role(), "?");
            if (s.start() != null && s.start().date() != null && !Boolean.TRUE.equals(s.start().derived())) {
                events.add(kind + " arrives " + month(s.start().date()));
            }
            if (s.end() != null && s.end().date() != null && !Boolean.TRUE.equals(s.end().derived())) {
                events.add(kind + " leaves " + month(s.end().date()));
            }
        }
        return events;
    }

    private static String month(String date) {
        return date.length() >= 7 ? date.substring(0, 7) : date;
    }

    private static Set<String> inspectors(Dataset d) {
        Set<String> out = new HashSet<>();
        d.inspection().team().forEach(t -> out.add(normal(t.name()) + " as " + ("lead inspector".equals(t.role()) ? "lead" : "member")));
        return out;
    }

    private static Set<String> judgements(Dataset d) {
        Set<String> out = new HashSet<>();
        d.inspection().judgements().forEach(j -> out.add(normal(j.area()) + " = " + j.grade().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** Fieldwork start and publication, each right when the year and month agree (or the year, if that is all given). */
    private static Score dates(Dataset.Inspection got, Dataset.Inspection want) {
        Score s = Score.NONE;
        String gotStart = got.fieldwork() == null ? null : got.fieldwork().start();
        String wantStart = want.fieldwork() == null ? null : want.fieldwork().start();
        s = s.plus(date(gotStart, wantStart));
        if (want.published() != null || got.published() != null) {
            s = s.plus(date(got.published(), want.published()));
        }
        return s;
    }

    private static Score date(String got, String want) {
        if (want == null) {
            return got == null ? Score.NONE : new Score(0, 1, 0);
        }
        if (got == null) {
            return new Score(0, 0, 1);
        }
        int n = Math.min(7, Math.min(got.length(), want.length()));
        return got.substring(0, n).equals(want.substring(0, n)) ? new Score(1, 0, 0) : new Score(0, 1, 1);
    }
}
