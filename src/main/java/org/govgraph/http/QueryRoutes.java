package org.govgraph.http;

import static org.govgraph.http.Export.row;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govgraph.query.Authorities;
import org.govgraph.query.BoardLinks;
import org.govgraph.query.Comparisons;
import org.govgraph.query.FindingSearch;
import org.govgraph.query.Gaps;
import org.govgraph.query.GovernanceMaps;
import org.govgraph.query.Leadership;
import org.govgraph.query.Questions;

/** The GET endpoints of the questions, each answering JSON or CSV (see the OpenAPI document). */
final class QueryRoutes {

    private final Questions q;

    QueryRoutes(Questions questions) {
        this.q = questions;
    }

    void authorities(Context ctx) {
        Export.respond(ctx, q.authorities().all(), QueryRoutes::inspectionRows, "authorities");
    }

    void authority(Context ctx) {
        Export.respond(ctx, q.authorities().one(Params.pathId(ctx, "id")), o -> inspectionRows(List.of(o)), "authority");
    }

    void themeList(Context ctx) {
        Export.respond(ctx, q.comparisons().themes(), t -> t.stream().map(x -> row("id", x.id(), "name", x.name(),
                "statements", x.statements())).toList(), "themes");
    }

    void map(Context ctx) {
        String inspection = Params.optionalId(ctx, "inspection");
        String asOf = Params.optional(ctx, "asOf");
        if (inspection != null && asOf != null) {
            throw new WebServer.BadRequest("give inspection or asOf, not both");
        }
        Export.respond(ctx, q.maps().map(Params.pathId(ctx, "id"), inspection, asOf), QueryRoutes::mapRows, "governance-map");
    }

    void leadership(Context ctx) {
        Export.respond(ctx, q.leadership().timeline(Params.pathId(ctx, "id"), Params.optional(ctx, "from"),
                Params.optional(ctx, "to")), QueryRoutes::spellRows, "leadership");
    }

    void turnover(Context ctx) {
        Export.respond(ctx, q.leadership().ranking(Params.optional(ctx, "from"), Params.optional(ctx, "to")),
                r -> r.authorities().stream().map(a -> row("rank", a.rank(), "authority", a.authority(),
                        "authorityName", a.authorityName(), "changes", a.changes(), "interimMonths", a.interimMonths(),
                        "longestGapMonths", a.longestGapMonths(), "posts", a.posts())).toList(), "turnover");
    }

    void boards(Context ctx) {
        Export.respond(ctx, q.boards().links(Params.pathId(ctx, "id")), QueryRoutes::boardRows, "boards");
    }

    void gaps(Context ctx) {
        List<String> authorities = Params.ids(ctx, "authorities");
        Export.respond(ctx, q.gaps().matrix(authorities.isEmpty() ? null : authorities, Params.list(ctx, "sectors")),
                QueryRoutes::gapRows, "gaps");
    }

    void authorityGaps(Context ctx) {
        Export.respond(ctx, q.gaps().matrix(List.of(Params.pathId(ctx, "id")), Params.list(ctx, "sectors")),
                QueryRoutes::gapRows, "gaps");
    }

    void themes(Context ctx) {
        Export.respond(ctx, q.comparisons().themeTable(Params.pathId(ctx, "id"), Params.ids(ctx, "themes")),
                QueryRoutes::themeRows, "themes");
    }

    void followUp(Context ctx) {
        String from = Params.optionalId(ctx, "from");
        if (from == null) {
            throw new WebServer.BadRequest("name the earlier inspection: from=INSPECTION");
        }
        Export.respond(ctx, q.comparisons().followUp(Params.pathId(ctx, "id"), from, Params.optionalId(ctx, "to")),
                f -> f.items().stream().map(i -> row("askRef", i.ask().ref(), "kind", i.kind(), "ask", i.ask().text(),
                        "status", i.status(), "answerRef", i.answer() == null ? null : i.answer().ref(),
                        "answerPolarity", i.answer() == null ? null : i.answer().polarity(),
                        "answer", i.answer() == null ? null : i.answer().text(),
                        "score", i.answer() == null ? null : i.answer().score())).toList(), "follow-up");
    }

    void diff(Context ctx) {
        String from = Params.optionalId(ctx, "from");
        String to = Params.optionalId(ctx, "to");
        if (from == null || to == null) {
            throw new WebServer.BadRequest("name both inspections: from=EARLIER&to=LATER");
        }
        Export.respond(ctx, q.comparisons().diff(Params.pathId(ctx, "id"), from, to), QueryRoutes::diffRows, "diff");
    }

    void compare(Context ctx) {
        Export.respond(ctx, q.comparisons().sideBySide(Params.ids(ctx, "authorities"), Params.ids(ctx, "themes"),
                Params.bool(ctx, "all")), s -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            s.byAuthority().forEach((authority, cells) -> cells.forEach((theme, c) -> rows.add(row("authority", authority,
                    "theme", theme, "strengths", c.strengths(), "concerns", c.concerns(), "development", c.development(),
                    "findings", c.findings(), "evidence", c.findings().stream().map(id -> s.findings().get(id))
                            .filter(java.util.Objects::nonNull).map(f -> f.inspection() + " " + f.ref() + ": " + f.text()).toList()))));
            return rows;
        }, "compare");
    }

    void search(Context ctx) {
        var request = new FindingSearch.Request(Params.optional(ctx, "q"), Params.ids(ctx, "authority"),
                Params.list(ctx, "inspectorate"), Params.ids(ctx, "inspection"), Params.ids(ctx, "theme"),
                Params.list(ctx, "polarity"), Params.ids(ctx, "entity"), Params.list(ctx, "kind"),
                Params.optional(ctx, "from"), Params.optional(ctx, "to"), Params.optional(ctx, "sort"),
                Params.integer(ctx, "page", 1), Params.integer(ctx, "size", 20));
        Export.respond(ctx, q.search().search(request), p -> p.hits().stream().map(h -> row("id", h.id(), "kind", h.kind(),
                "authority", h.authority(), "inspection", h.inspection(), "date", h.date(), "ref", h.ref(),
                "section", h.section(), "polarity", h.polarity(), "text", h.text(), "score", h.score())).toList(), "search");
    }

    void entity(Context ctx) {
        Export.respond(ctx, q.entities().page(Params.pathId(ctx, "id")), p -> p.statements().stream().map(s -> row(
                "entity", p.id(), "kind", s.kind(), "authority", s.authority(), "inspection", s.inspection(),
                "date", s.date(), "ref", s.ref(), "polarity", s.polarity(), "text", s.text())).toList(), "entity");
    }

    private static List<Map<String, Object>> inspectionRows(List<Authorities.Overview> overviews) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var o : overviews) {
            if (o.inspections().isEmpty()) {
                rows.add(row("authority", o.authority().id(), "authorityName", o.authority().name(), "nation",
                        o.authority().nation()));
            }
            for (var i : o.inspections()) {
                rows.add(row("authority", o.authority().id(), "authorityName", o.authority().name(),
                        "nation", o.authority().nation(), "inspection", i.id(), "inspectorate", i.inspectorate(),
                        "kind", i.kind(), "fieldworkStart", i.fieldworkStart(), "fieldworkEnd", i.fieldworkEnd(),
                        "findings", i.findings(), "recommendations", i.recommendations(),
                        "judgements", i.judgements().stream().map(j -> j.area() + ": " + j.grade()).toList()));
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> mapRows(GovernanceMaps.GovernanceMap map) {
        Map<String, GovernanceMaps.Node> nodes = new java.util.HashMap<>();
        map.nodes().forEach(n -> nodes.put(n.id(), n));
        return map.edges().stream().map(e -> row("source", e.source(), "sourceType", nodes.get(e.source()).type(),
                "sourceName", nodes.get(e.source()).label(), "type", e.type(), "target", e.target(),
                "targetType", nodes.get(e.target()).type(), "targetName", nodes.get(e.target()).label(),
                "strengths", e.strengths(), "concerns", e.concerns(), "development", e.development(),
                "findings", e.findings(), "refs", e.sources().stream().map(s -> s.inspection() + " " + s.ref()).toList(),
                "evidence", e.findings().stream().map(id -> map.findings().get(id)).filter(java.util.Objects::nonNull)
                        .map(f -> f.inspection() + " " + f.ref() + ": " + f.text()).toList()))
                .toList();
    }

    private static List<Map<String, Object>> spellRows(Leadership.Timeline t) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var r : t.roles()) {
            for (var s : r.spells()) {
                rows.add(row("authority", t.authority(), "role", r.role(), "title", r.title(), "kind", r.kind(),
                        "holder", s.holder(), "tenure", s.tenure(), "start", s.start(), "end", s.end(),
                        "endInferred", s.endInferred(), "open", s.open(), "planned", s.planned(),
                        "startText", s.startText(), "endText", s.endText(), "duration", s.duration(),
                        "sources", s.sources().stream().map(x -> x.inspection() + " " + x.ref()).toList(),
                        "quote", s.sources().getFirst().quote()));
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> boardRows(BoardLinks.Links links) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var b : links.boards()) {
            var members = b.members().stream().map(BoardLinks.Member::id).distinct().toList();
            if (b.timeline().isEmpty()) {
                rows.add(row("board", b.board().id(), "name", b.board().name(), "scope", b.board().scope(), "members", members));
            }
            for (var stage : b.timeline()) {
                for (var f : stage.findings()) {
                    rows.add(row("board", b.board().id(), "name", b.board().name(), "scope", b.board().scope(),
                            "members", members, "inspection", f.inspection(), "date", f.date(), "ref", f.ref(),
                            "polarity", f.polarity(), "text", f.text()));
                }
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> gapRows(Gaps.Matrix m) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var r : m.rows()) {
            for (var c : r.cells()) {
                rows.add(row("authority", r.authority(), "inspection", r.inspection(), "date", r.date(),
                        "sector", c.sector(), "score", c.score(), "status", c.status(), "positives", c.positives(),
                        "concerns", c.concerns(), "development", c.development(), "context", c.context(),
                        "findings", c.evidence().stream().map(Gaps.Evidence::finding).toList(),
                        "issues", c.evidence().stream().flatMap(e -> e.issues().stream()).distinct().toList(),
                        "evidence", c.evidence().stream().map(e -> e.ref() + ": " + e.text()).toList()));
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> themeRows(Comparisons.ThemeTable t) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var theme : t.themes()) {
            theme.byInspection().forEach((inspection, c) -> rows.add(row("theme", theme.theme(), "name", theme.name(),
                    "inspection", inspection, "strengths", c.strengths(), "concerns", c.concerns(),
                    "development", c.development(), "context", c.context(), "findings", c.findings(),
                    "evidence", c.findings().stream().map(id -> t.findings().get(id)).filter(java.util.Objects::nonNull)
                            .map(f -> f.ref() + " (" + f.polarity() + "): " + f.text()).toList())));
        }
        return rows;
    }

    private static List<Map<String, Object>> diffRows(Comparisons.Diff d) {
        List<Map<String, Object>> rows = new ArrayList<>();
        d.appeared().forEach(p -> rows.add(row("change", "appeared", "id", p.id(), "name", p.name(), "label", p.label(), "ref", p.ref())));
        d.gone().forEach(p -> rows.add(row("change", "gone", "id", p.id(), "name", p.name(), "label", p.label(), "ref", p.ref())));
        d.postHoldersAppeared().forEach(p -> rows.add(row("change", "post holder appeared", "id", p.id(), "name", p.name(),
                "label", p.label(), "ref", p.ref())));
        d.postHoldersGone().forEach(p -> rows.add(row("change", "post holder gone", "id", p.id(), "name", p.name(),
                "label", p.label(), "ref", p.ref())));
        for (var list : List.of(d.recurring(), d.resolved(), d.notMentioned())) {
            list.forEach(o -> rows.add(row("change", o.outcome(), "id", o.concern().id(), "ref", o.concern().ref(),
                    "text", o.concern().text(), "laterRef", o.later() == null ? null : o.later().ref(),
                    "laterText", o.later() == null ? null : o.later().text())));
        }
        return rows;
    }
}
