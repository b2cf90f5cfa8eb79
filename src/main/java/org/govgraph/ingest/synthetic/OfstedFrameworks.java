package org.govgraph.ingest.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Ofsted's frameworks for inspecting a local authority's children's services, by the date they started: the kind of
 * inspection as its reports name it, the areas it grades, and its grading scale. The grades of each scale are read
 * from {@code govgraph/report-conventions.yaml}, where the extractor reads them too, so the two cannot drift.
 *
 * <p>The seeds hold one graded inspection only, too few to measure grades from, so the frameworks are written here
 * from Ofsted's published history: the 2009 safeguarding and looked after children inspections, the single
 * inspection framework from November 2013, and ILACS from January 2018. An inspection before 2009 is graded on the
 * 2009 framework.
 */
final class OfstedFrameworks {

    static final String CONVENTIONS = "govgraph/report-conventions.yaml";

    /** One framework: from when, the kind and framework name, the scale's id and grades (best first), the areas. */
    record Framework(YearMonth from, String kind, String framework, String scale, List<String> grades,
                     List<String> areas) {
        Framework {
            grades = List.copyOf(grades);
            areas = List.copyOf(areas);
            if (grades.isEmpty() || areas.isEmpty() || !areas.getFirst().equals("Overall effectiveness")) {
                throw new IllegalArgumentException("a framework grades overall effectiveness first, on a scale: " + kind);
            }
        }
    }

    private final List<Framework> frameworks;

    private OfstedFrameworks(List<Framework> frameworks) {
        this.frameworks = frameworks;
    }

    static OfstedFrameworks bundled() {
        Map<String, List<String>> scales = scales();
        List<Framework> list = new ArrayList<>();
        list.add(new Framework(YearMonth.of(2009, 6), "Inspection of safeguarding and looked after children services",
                "Ofsted safeguarding and looked after children inspection (2009)", "ofsted-four-point-2013",
                scale(scales, "ofsted-four-point-2013"), List.of("Overall effectiveness", "Capacity for improvement")));
        list.add(new Framework(YearMonth.of(2013, 11),
                "Inspection of services for children in need of help and protection, children looked after and care leavers",
                "Ofsted single inspection framework (SIF)", "ofsted-four-point-2014", scale(scales, "ofsted-four-point-2014"),
                List.of("Overall effectiveness", "Children who need help and protection",
                        "Children looked after and achieving permanence", "Leadership, management and governance")));
        list.add(new Framework(YearMonth.of(2018, 1), "Inspection of local authority children's services",
                "Ofsted inspection of local authority children's services (ILACS)", "ofsted-four-point",
                scale(scales, "ofsted-four-point"),
                List.of("Overall effectiveness", "The impact of leaders on social work practice with children and families",
                        "The experiences and progress of children who need help and protection",
                        "The experiences and progress of children in care and care leavers")));
        return new OfstedFrameworks(List.copyOf(list));
    }

    /** The framework of an inspection whose fieldwork starts in {@code month}. */
    Framework at(YearMonth month) {
        Framework current = frameworks.getFirst();
        for (Framework f : frameworks) {
            if (!f.from().isAfter(month)) {
                current = f;
            }
        }
        return current;
    }

    private static List<String> scale(Map<String, List<String>> scales, String id) {
        List<String> grades = scales.get(id);
        if (grades == null) {
            throw new IllegalStateException(CONVENTIONS + " has no judgement scale " + id);
        }
        return grades;
    }

    private static Map<String, List<String>> scales() {
        try (InputStream in = OfstedFrameworks.class.getClassLoader().getResourceAsStream(CONVENTIONS)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + CONVENTIONS);
            }
            JsonNode root = YAMLMapper.builder().build().readTree(in);
            Map<String, List<String>> scales = new TreeMap<>();
            root.path("judgement_scales").properties().forEach(e ->
                    scales.put(e.getKey(), e.getValue().valueStream().map(JsonNode::asString).toList()));
            return scales;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
