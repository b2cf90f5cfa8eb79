package org.govgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.govgraph.store.CypherLibrary;
import org.govgraph.store.Graph;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Multi-agency gaps: for each inspection, the partner sectors expected in safeguarding work against the evidence
 * of each one's engagement, that is the findings about partners of that sector.
 *
 * <p>The gap score of a sector runs from 0 (only positive evidence) to 1 (only concerns, or no evidence at all):
 * concerns count 1 and areas for development 0.5 against strengths and improvements 1 each; a sector the
 * inspection never mentions scores 1 ("not evidenced"), one mentioned only without a verdict 0.5. Concerns are
 * also sorted into kinds (not invited, not informed, information not shared, not engaged strategically, poor
 * take-up), read from {@code govgraph/gaps.yaml}. Every score lists the findings behind it.
 */
public final class Gaps {

    /** The sectors a partner can belong to. */
    public static final Set<String> SECTORS = Set.of("police", "health", "camhs", "education", "housing", "youth_justice",
            "third_sector", "advocacy", "audit", "courts", "other");

    /** A finding behind a score, with the kinds of concern recognised in it. */
    public record Evidence(String finding, String ref, String polarity, String partner, String partnerName,
                           String text, List<String> issues) {
    }

    /** One sector at one inspection. */
    public record Cell(String sector, double score, String status, int positives, int concerns, int development,
                       int context, List<Evidence> evidence) {
    }

    /** One inspection's row of the matrix. */
    public record Row(String authority, String authorityName, String inspection, String date, List<Cell> cells) {
    }

    /** The matrix: inspections by sectors. */
    public record Matrix(List<String> sectors, List<Row> rows, List<ConcernKind> concernKinds) {
    }

    /** A kind of concern the reading recognises. */
    public record ConcernKind(String id, String label, String pattern) {
    }

    record Settings(List<String> expectedSectors, List<ConcernKind> concerns) {
    }

    record EvidenceRow(String finding, String ref, String polarity, String text, String partner, String partnerName,
                       String sector) {
    }

    record InspectionRow(String authority, String authorityName, String inspection, String date, List<EvidenceRow> evidence) {
    }

    private final Graph graph;
    private final Authorities authorities;
    private final String query;
    private final Settings settings;
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();

    public Gaps(Graph graph, CypherLibrary library, Authorities authorities) {
        this.graph = graph;
        this.authorities = authorities;
        this.query = library.get("multi-agency-evidence").statement();
        try (InputStream in = Gaps.class.getClassLoader().getResourceAsStream("govgraph/gaps.yaml")) {
            this.settings = YAMLMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build()
                    .readValue(in, Settings.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settings.concerns().forEach(c -> patterns.put(c.id(), Pattern.compile(c.pattern(), Pattern.CASE_INSENSITIVE)));
    }

    /**
     * The matrix for the given authorities (null: all) and sectors (null or empty: the expected ones).
     *
     * @throws InvalidQueryException for a sector that does not exist
     * @throws NotFoundException for an authority that does not exist
     */
    public Matrix matrix(List<String> authorityIds, List<String> sectors) {
        List<String> wanted = sectors == null || sectors.isEmpty() ? settings.expectedSectors() : sectors;
        for (String s : wanted) {
            if (!SECTORS.contains(s)) {
                throw new InvalidQueryException("unknown sector '" + s + "': one of " + SECTORS.stream().sorted().toList());
            }
        }
        if (authorityIds != null) {
            authorityIds.forEach(authorities::one);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("authorities", authorityIds);
        List<Row> rows = new ArrayList<>();
        for (var record : graph.readAll(query, params)) {
            var row = Rows.as(record, InspectionRow.class);
            List<Cell> cells = new ArrayList<>();
            for (String sector : wanted) {
                // a finding about two partners of one sector is one piece of evidence for that sector
                Map<String, EvidenceRow> byFinding = new LinkedHashMap<>();
                row.evidence().stream().filter(e -> sector.equals(e.sector())).forEach(e -> byFinding.putIfAbsent(e.finding(), e));
                cells.add(cell(sector, List.copyOf(byFinding.values())));
            }
            rows.add(new Row(row.authority(), row.authorityName(), row.inspection(), row.date(), cells));
        }
        return new Matrix(wanted, rows, settings.concerns());
    }

    private Cell cell(String sector, List<EvidenceRow> evidence) {
        int positives = 0;
        int concerns = 0;
        int development = 0;
        int context = 0;
        List<Evidence> items = new ArrayList<>();
        for (var e : evidence) {
            switch (e.polarity()) {
                case "strength", "improvement" -> positives++;
                case "concern" -> concerns++;
                case "area_for_development" -> development++;
                default -> context++;
            }
            List<String> issues = new ArrayList<>();
            if ("concern".equals(e.polarity()) || "area_for_development".equals(e.polarity())) {
                patterns.forEach((id, p) -> {
                    if (p.matcher(e.text()).find()) {
                        issues.add(id);
                    }
                });
            }
            items.add(new Evidence(e.finding(), e.ref(), e.polarity(), e.partner(), e.partnerName(), e.text(), issues));
        }
        double against = concerns + 0.5 * development;
        double score;
        String status;
        if (positives + against == 0) {
            score = context > 0 ? 0.5 : 1.0;
            status = context > 0 ? "mentioned_without_verdict" : "not_evidenced";
        } else {
            score = against / (positives + against);
            status = score >= 2.0 / 3 ? "gap" : score > 1.0 / 3 ? "mixed" : "engaged";
        }
        return new Cell(sector, Math.round(score * 100) / 100.0, status, positives, concerns, development, context, items);
    }
}
