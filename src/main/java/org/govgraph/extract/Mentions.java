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

    /** One entity as the report names it: the first words used for it, and every other name as an alias. */
    private static final class Entity {
        final String id;
        final Mention first;
        final Dataset.Source source;
        String name;
        boolean named;
        final Set<String> aliases = new LinkedHashSet<>();

        Entity(String id, Mention first, String name, Dataset.Source source) {
            this.id = id;
            this.first = first;
            this.name = name;
            this.source = source;
        }
    }

    Result read(List<Dataset.Finding> findings, List<Dataset.Recommendation> recommendations, String authorityId,
                String authorityName) {
        // each passage is searched once; its mentions serve both passes
        Map<String, List<Mention>> found = new java.util.HashMap<>();
        findings.forEach(f -> found.computeIfAbsent(f.text(), t -> gazetteer.find(t, authorityName)));
        recommendations.forEach(r -> found.computeIfAbsent(r.text(), t -> gazetteer.find(t, authorityName)));
        // first pass: the names a report gives in full ("Cumbria Safeguarding Children Board"), by gazetteer key, so
        // that its abbreviations and generic mentions ("the CSCB", "the LSCB") are the same board
        Map<String, Set<String>> properByKey = new LinkedHashMap<>();
        for (List<Mention> mentions : found.values()) {
            for (Mention m : mentions) {
                if (gazetteer.isProperName(m) && !"partner".equals(m.kind())) {
                    properByKey.computeIfAbsent(m.kind() + "/" + m.key(), k -> new LinkedHashSet<>()).add(idOf(m, true, authorityId));
                }
            }
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Dataset.Finding> outFindings = new ArrayList<>();
        for (Dataset.Finding f : findings) {
            Set<String> about = about(f.text(), found.get(f.text()), f.ref(), authorityId, properByKey, entities);
            outFindings.add(new Dataset.Finding(f.id(), f.ref(), f.section(), f.text(), f.polarity(), f.themes(), List.copyOf(about)));
        }
        List<Dataset.Recommendation> outRecommendations = new ArrayList<>();
        for (Dataset.Recommendation r : recommendations) {
            Set<String> about = about(r.text(), found.get(r.text()), r.ref(), authorityId, properByKey, entities);
            outRecommendations.add(new Dataset.Recommendation(r.id(), r.number(), r.ref(), r.text(), r.priority(),
                    r.timescale(), r.group(), r.themes(), List.copyOf(about)));
        }
        List<Dataset.Board> boards = new ArrayList<>();
        List<Dataset.Team> teams = new ArrayList<>();
        List<Dataset.Partner> partners = new ArrayList<>();
        for (Entity e : entities.values()) {
            Mention m = e.first;
            e.aliases.remove(e.name);
            List<String> aliases = List.copyOf(e.aliases);
            // the gazetteer's entry says what kind of board or team it is, and a board's scope
            var entry = gazetteer.entry(m.kind(), m.key());
            String kind = entry.map(GazetteerEntry::type).orElse(null);
            switch (m.kind()) {
                case "board" -> boards.add(new Dataset.Board(e.id, e.name, kind == null ? "other" : kind,
                        entry.map(GazetteerEntry::scope).orElse("local"), aliases, e.source, List.of()));
                case "team" -> teams.add(new Dataset.Team(e.id, authorityId, e.name, kind == null ? "other" : kind, aliases, e.source));
                default -> partners.add(new Dataset.Partner(e.id, e.name, m.sector() == null ? "other" : m.sector(), aliases, e.source));
            }
        }
        return new Result(boards, teams, partners, outFindings, outRecommendations);
    }

    private Set<String> about(String text, List<Mention> mentions, String ref, String authorityId,
                              Map<String, Set<String>> properByKey, Map<String, Entity> entities) {
        Set<String> about = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (!List.of("board", "team", "partner").contains(m.kind())) {
                continue; // posts are declared by the leadership events; a mention alone declares nothing
            }
            boolean proper = gazetteer.isProperName(m);
            String id = idOf(m, proper, authorityId);
            Set<String> named = properByKey.getOrDefault(m.kind() + "/" + m.key(), Set.of());
            if (!proper && named.size() == 1) {
                id = named.iterator().next(); // "the CSCB" is the Cumbria Safeguarding Children Board named elsewhere
            }
            String words = label(m);
            String finalId = id;
            Entity entity = entities.computeIfAbsent(id, k -> new Entity(finalId, m, words,
                    new Dataset.Source(ref, Sentences.around(text, m.start()))));
            entity.aliases.add(words);
            if (proper && !entity.named) {
                entity.name = words; // the board's own name, even when "the LSCB" came first
                entity.named = true;
            }
            about.add(id);
        }
        return about;
    }

    /** A named entity gets the id of its name; a generic one the authority's id and the gazetteer's key. */
    private static String idOf(Mention m, boolean proper, String authorityId) {
        String name = m.surface().replaceAll("(?i)'s\\b", "s").replaceAll("(?i)\\bchildrens\\b", "children");
        if ("partner".equals(m.kind())) {
            String sector = m.sector() == null ? "other" : m.sector();
            return proper ? ReportMetadata.slug(name) : authorityId + "-" + sector.replace('_', '-');
        }
        if ("team".equals(m.kind())) {
            return authorityId + "-" + (proper ? ReportMetadata.slug(name) : m.key());
        }
        return proper ? ReportMetadata.slug(name) : authorityId + "-" + m.key();
    }

    /** The words the report uses, unless they are an abbreviation: then the gazetteer's name. */
    private static String label(Mention m) {
        String surface = m.surface().strip().replaceAll("^['\u2018\u2019\"]+|['\u2018\u2019\"]+$", "");
        if (surface.isEmpty() || surface.equals(surface.toUpperCase(Locale.ROOT)) || surface.length() <= 4) {
            return m.name();
        }
        return Character.toUpperCase(surface.charAt(0)) + surface.substring(1);
    }
}
