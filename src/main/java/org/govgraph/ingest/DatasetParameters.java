package org.govgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a checked {@link Dataset} into the parameters of one dataset, which {@link ChunkRows} regroups for {@code cypher/load/}.
 * Properties whose value is absent are left out, so that a sparser dataset never erases what a fuller
 * one said about a shared node (an authority or partner named by several reports).
 */
final class DatasetParameters {

    private static final Map<String, String> INSPECTORATES = Map.of(
            "CSSIW", "Care and Social Services Inspectorate Wales",
            "CIW", "Care Inspectorate Wales",
            "Ofsted", "Office for Standards in Education, Children's Services and Skills");

    private DatasetParameters() {
    }

    static Map<String, Object> of(Dataset d, ThemeVocabulary vocabulary) {
        String inspectionId = d.inspection().id();
        String reportId = d.report().id();
        var ds = new HashMap<String, Object>();
        // shared nodes carry the values of the most recent inspection that states them (see SharedNodeFold)
        var fw = d.inspection().fieldwork();
        String date = fw != null ? fw.start() : d.inspection().published() != null ? d.inspection().published() : "";
        ds.put("statedAt", date + "|" + inspectionId);
        var r = d.report();
        ds.put("report", Map.of("id", reportId, "props", props(
                "title", r.title(), "publisher", r.publisher(), "file", r.file(), "published", r.published(),
                "url", r.url(), "licence", r.licence())));

        var i = d.inspection();
        var inspection = new HashMap<String, Object>();
        inspection.put("id", inspectionId);
        inspection.put("authority", i.authority());
        inspection.put("inspectorate", Map.of("id", i.inspectorate().toLowerCase(Locale.ROOT),
                "name", INSPECTORATES.get(i.inspectorate())));
        var fieldwork = i.fieldwork();
        inspection.put("props", props(
                "authority", i.authority(), "inspectorate", i.inspectorate(), "kind", i.kind(),
                "framework", i.framework(), "title", i.title(),
                "fieldworkStart", fieldwork == null ? null : fieldwork.start(),
                "fieldworkEnd", fieldwork == null ? null : fieldwork.end(),
                "fieldworkText", fieldwork == null ? null : fieldwork.text(),
                "published", i.published(), "report", reportId,
                "sourceRef", i.source().ref(), "sourceQuote", i.source().quote()));
        if (i.followsUp() != null) {
            inspection.put("followsUp", Map.of("inspection", i.followsUp().inspection(),
                    "ref", i.followsUp().ref(), "quote", i.followsUp().quote()));
        } else {
            inspection.put("followsUp", null);
        }
        ds.put("inspection", inspection);

        ds.put("authorities", d.authorities().stream().map(a -> Map.of("id", a.id(), "successors", a.successors(),
                "props", props("name", a.name(), "nation", a.nation(),
                        "onsCode", a.codes() == null ? null : a.codes().ons(),
                        "dfeCode", a.codes() == null ? null : a.codes().dfe(),
                        "ofstedUrn", a.codes() == null ? null : a.codes().ofstedUrn(),
                        "kind", a.kind(), "region", a.region(), "aliases", emptyToNull(a.aliases()),
                        "abolished", a.abolished()))).toList());

        List<Dataset.Theme> themes = new ArrayList<>(vocabulary.all());
        themes.addAll(d.themes());
        ds.put("themes", themes.stream().map(t -> Map.of("id", t.id(),
                "props", props("name", t.name(), "description", t.description()))).toList());

        ds.put("judgements", i.judgements().stream().map(j -> Map.of(
                "id", inspectionId + "/" + slug(j.area()),
                "props", props("area", j.area(), "grade", j.grade(), "scale", j.scale(), "rank", j.rank(),
                        "inspection", inspectionId, "ref", j.ref(), "quote", j.quote()))).toList());

        ds.put("inspectors", i.team().stream().map(m -> Map.of("id", slug(m.name()), "name", m.name(),
                "rel", props("role", m.role(), "title", m.title(), "ref", m.ref(), "quote", m.quote()))).toList());

        ds.put("partners", d.partners().stream().map(p -> Map.of("id", p.id(),
                "props", props("name", p.name(), "sector", p.sector(), "aliases", emptyToNull(p.aliases())),
                "ref", p.source().ref(), "quote", p.source().quote())).toList());
        ds.put("teams", d.teams().stream().map(t -> Map.of("id", t.id(), "authority", t.authority(),
                "props", props("name", t.name(), "kind", t.kind(), "authority", t.authority(),
                        "aliases", emptyToNull(t.aliases())),
                "ref", t.source().ref(), "quote", t.source().quote())).toList());
        ds.put("boards", d.boards().stream().map(b -> Map.of("id", b.id(),
                "props", props("name", b.name(), "kind", b.kind(), "scope", b.scope(), "aliases", emptyToNull(b.aliases())),
                "ref", b.source().ref(), "quote", b.source().quote(),
                "members", b.members().stream().map(m -> Map.of("member", m.member(), "ref", m.ref(),
                        "quote", m.quote())).toList())).toList());
        ds.put("memberPairs", d.boards().stream().flatMap(b -> b.members().stream().map(m -> List.of(m.member(), b.id())))
                .distinct().toList());
        Set<String> mentioned = new LinkedHashSet<>();
        d.partners().forEach(p -> mentioned.add(p.id()));
        d.teams().forEach(t -> mentioned.add(t.id()));
        d.boards().forEach(b -> mentioned.add(b.id()));
        ds.put("mentioned", List.copyOf(mentioned));

        ds.put("roles", d.roles().stream().map(r2 -> Map.of("id", r2.id(), "authority", r2.authority(),
                "props", props("title", r2.title(), "kind", r2.kind(), "authority", r2.authority()))).toList());

        ds.put("spells", d.spells().stream().map(s -> Map.of("id", inspectionId + "/" + s.id(), "role", s.role(),
                "props", props("localId", s.id(), "role", s.role(), "holder", s.holder(), "tenure", s.tenure(),
                        "start", s.start() == null ? null : s.start().date(),
                        "startText", s.start() == null ? null : s.start().text(),
                        "startDerived", s.start() == null ? null : s.start().derived(),
                        "end", s.end() == null ? null : s.end().date(),
                        "endText", s.end() == null ? null : s.end().text(),
                        "endDerived", s.end() == null ? null : s.end().derived(),
                        "duration", s.duration(), "inspection", inspectionId, "report", reportId,
                        "ref", s.ref(), "quote", s.quote()))).toList());

        List<Map<String, Object>> findings = new ArrayList<>();
        int ord = 0;
        for (var f : d.findings()) {
            findings.add(Map.of("id", inspectionId + "/" + f.id(), "themes", f.themes(), "about", f.about(),
                    "props", props("localId", f.id(), "ref", f.ref(), "section", f.section(), "text", f.text(),
                            "polarity", f.polarity(), "inspection", inspectionId, "report", reportId, "ord", ++ord)));
        }
        ds.put("findings", findings);
        List<Map<String, Object>> recommendations = new ArrayList<>();
        ord = 0;
        for (var rec : d.recommendations()) {
            recommendations.add(Map.of("id", inspectionId + "/" + rec.id(), "themes", rec.themes(), "about", rec.about(),
                    "props", props("localId", rec.id(), "number", rec.number(), "ref", rec.ref(), "text", rec.text(),
                            "priority", rec.priority(), "timescale", rec.timescale(), "group", rec.group(),
                            "inspection", inspectionId, "report", reportId, "ord", ++ord)));
        }
        ds.put("recommendations", recommendations);
        return ds;
    }

    /** A property map from alternating keys and values, leaving out absent values. */
    static Map<String, Object> props(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            if (keysAndValues[k + 1] != null) {
                map.put((String) keysAndValues[k], keysAndValues[k + 1]);
            }
        }
        return map;
    }

    /** Lower-case words joined by hyphens: the id of an inspector or a judgement area. */
    static String slug(String text) {
        String slug = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" : slug;
    }

    private static List<String> emptyToNull(List<String> list) {
        return list.isEmpty() ? null : list;
    }
}
