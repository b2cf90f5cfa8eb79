package org.govgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.govgraph.ingest.Dataset;

/**
 * The boards, teams, partners and posts each finding and recommendation mentions, found with the {@link Gazetteer}
 * and declared once in the draft with the words of their first mention. A partner or board named as such ("Dyfed-Powys
 * Police", "Cumbria Safeguarding Children Board") gets the id of its name; one named only generically ("the police",
 * "health") gets {@code <authority>-<sector>}, as the dataset format asks.
 */
final class Mentions {

    record Result(List<Dataset.Board> boards, List<Dataset.Team> teams, List<Dataset.Partner> partners,
                  List<Dataset.Finding> findings, List<Dataset.Recommendation> recommendations) {
    }

    private final Gazetteer gazetteer;

    Mentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Result read(List<Dataset.Finding> findings, List<Dataset.Recommendation> recommendations, List<Outline.Placed> placed,
                String authorityId, String authorityName, Map<String, Provenance> provenance) {
        Map<String, Dataset.Board> boards = new LinkedHashMap<>();
        Map<String, Dataset.Team> teams = new LinkedHashMap<>();
        Map<String, Dataset.Partner> partners = new LinkedHashMap<>();
        List<Dataset.Finding> outFindings = new ArrayList<>();
        for (Dataset.Finding f : findings) {
            Set<String> about = about(f.text(), f.ref(), authorityId, authorityName, boards, teams, partners);
            outFindings.add(new Dataset.Finding(f.id(), f.ref(), f.section(), f.text(), f.polarity(), f.themes(), List.copyOf(about)));
        }
        List<Dataset.Recommendation> outRecommendations = new ArrayList<>();
        for (Dataset.Recommendation r : recommendations) {
            Set<String> about = about(r.text(), r.ref(), authorityId, authorityName, boards, teams, partners);
            outRecommendations.add(new Dataset.Recommendation(r.id(), r.number(), r.ref(), r.text(), r.priority(),
                    r.timescale(), r.group(), r.themes(), List.copyOf(about)));
        }
        return new Result(List.copyOf(boards.values()), List.copyOf(teams.values()), List.copyOf(partners.values()),
                outFindings, outRecommendations);
    }

    private Set<String> about(String text, String ref, String authorityId, String authorityName,
                              Map<String, Dataset.Board> boards, Map<String, Dataset.Team> teams,
                              Map<String, Dataset.Partner> partners) {
        Set<String> about = new LinkedHashSet<>();
        for (Mention m : gazetteer.find(text, authorityName)) {
            String quote = Sentences.around(text, m.start());
            Dataset.Source source = new Dataset.Source(ref, quote);
            boolean proper = gazetteer.isProperName(m);
            switch (m.kind()) {
                case "board" -> {
                    String id = proper ? ReportMetadata.slug(m.surface()) : authorityId + "-" + m.key();
                    String lower = (m.surface() + " " + m.name()).toLowerCase(Locale.ROOT);
                    String scope = lower.contains("regional") ? "regional" : lower.contains("national") ? "national" : "local";
                    boards.putIfAbsent(id, new Dataset.Board(id, proper ? m.surface() : m.name(), boardKind(m.key()), scope,
                            List.of(), source, List.of()));
                    about.add(id);
                }
                case "team" -> {
                    String id = authorityId + "-" + (proper ? ReportMetadata.slug(m.surface()) : m.key());
                    teams.putIfAbsent(id, new Dataset.Team(id, authorityId, proper ? m.surface() : m.name(), teamKind(m.key()),
                            List.of(), source));
                    about.add(id);
                }
                case "partner" -> {
                    String sector = m.sector() == null ? "other" : m.sector();
                    String id = proper ? ReportMetadata.slug(m.surface()) : authorityId + "-" + sector.replace('_', '-');
                    partners.putIfAbsent(id, new Dataset.Partner(id, proper ? m.surface() : m.name(), sector, List.of(), source));
                    about.add(id);
                }
                default -> {
                    // posts are declared by the leadership events; a mention alone declares nothing
                }
            }
        }
        return about;
    }

    /** The dataset format's kind of board for a gazetteer key. */
    static String boardKind(String key) {
        if (key.contains("safeguarding")) {
            return key.contains("group") ? "safeguarding_group" : "safeguarding_board";
        }
        if (key.contains("corporate-parenting")) {
            return "corporate_parenting";
        }
        if (key.contains("scrutiny")) {
            return "scrutiny_committee";
        }
        if (key.contains("improvement")) {
            return "improvement_board";
        }
        if (key.contains("regional-partnership")) {
            return "regional_partnership_board";
        }
        return key.contains("trust") ? "childrens_trust_board" : "other";
    }

    private static final Map<String, String> TEAM_KINDS = new LinkedHashMap<>();

    static {
        TEAM_KINDS.put("front-door|single-point|people-direct|contact|triage|mash|multi-agency-safeguarding-hub", "front_door");
        TEAM_KINDS.put("team-around-the-family|early-help|family-support|family-intervention", "early_help");
        TEAM_KINDS.put("emergency-duty|out-of-hours", "out_of_hours");
        TEAM_KINDS.put("reviewing|iro", "reviewing");
        TEAM_KINDS.put("leaving-care|care-leavers|16", "leaving_care");
        TEAM_KINDS.put("fostering|adoption|placement", "fostering");
        TEAM_KINDS.put("disabilit", "disability");
        TEAM_KINDS.put("edge-of-care", "edge_of_care");
        TEAM_KINDS.put("assessment|intake", "assessment");
        TEAM_KINDS.put("child-protection|safeguarding", "child_protection");
        TEAM_KINDS.put("looked-after|children-in-care", "looked_after");
        TEAM_KINDS.put("quality-assurance|audit", "quality_assurance");
    }

    /** The dataset format's kind of team for a gazetteer key. */
    static String teamKind(String key) {
        return TEAM_KINDS.entrySet().stream().filter(e -> java.util.regex.Pattern.compile(e.getKey()).matcher(key).find())
                .map(Map.Entry::getValue).findFirst().orElse("other");
    }
}
