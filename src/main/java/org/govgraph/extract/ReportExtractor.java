package org.govgraph.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govgraph.ingest.Dataset;

/**
 * Turns the text of an inspection report into a dataset draft: segments it ({@link Segmenter}), places the blocks
 * under their headings ({@link Outline}), reads what the report says about itself ({@link ReportMetadata}), and
 * takes findings, recommendations and actions, leadership events and the boards, teams, partners and posts they
 * mention, each with its place in the text and a confidence. It is told nothing about the report's layout.
 */
public final class ReportExtractor {

    private final Segmenter segmenter = new Segmenter();
    private final Outline outline;
    private final ReportMetadata metadata;
    private final ReportItems items;
    private final Leadership leadership;
    private final Mentions mentions;

    public ReportExtractor(Conventions conventions, Gazetteer gazetteer) {
        this.outline = new Outline(conventions);
        this.metadata = new ReportMetadata(conventions);
        this.items = new ReportItems(conventions, new Polarity(conventions), new Themes(conventions));
        this.leadership = new Leadership(conventions);
        this.mentions = new Mentions(gazetteer);
    }

    /** The draft of one report; {@code name} names the source in the draft and its messages. */
    public Draft extract(String name, String text, String format) {
        List<Outline.Placed> placed = outline.place(segmenter.blocks(text));
        ReportMetadata.Read read = metadata.read(text, placed);
        List<String> warnings = new ArrayList<>(read.warnings());
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        Stated stated = new Stated(read);

        ReportItems.Result items = this.items.read(placed, read.title(), provenance, warnings);
        if (items.findings().isEmpty() && items.recommendations().isEmpty()) {
            warnings.add("no findings or recommendations found: this does not read like an inspection report");
        }
        Leadership.Result leaders = leadership.read(placed, stated.authority.id(), provenance);
        Mentions.Result entities = mentions.read(items.findings(), items.recommendations(), stated.authority.id(),
                read.authority() == null ? null : read.authority().name());

        String inspectionId = stated.authority.id() + "-" + (read.fieldwork() == null ? "undated"
                : read.fieldwork().start().substring(0, Math.min(7, read.fieldwork().start().length())));
        Dataset.Source source = read.source() != null ? read.source()
                : new Dataset.Source("opening", text.substring(0, Math.min(200, text.length())).replaceAll("\\s+", " ").strip());
        Dataset.Inspection inspection = new Dataset.Inspection(inspectionId, stated.authority.id(), stated.inspectorate,
                read.kind(), null, read.title(), stated.fieldwork, read.published(), null, read.judgements(), read.team(), source);
        Dataset dataset = new Dataset(1, new Dataset.Report(reportId(inspectionId, text), read.title() == null ? name : read.title(),
                read.inspectorate() == null ? "unknown" : read.inspectorate(), null, read.published(), null, null),
                inspection, List.of(stated.authority), List.of(), entities.boards(), entities.teams(), entities.partners(),
                leaders.roles(), leaders.spells(), entities.findings(), entities.recommendations());

        double confidence = read.confidence() * (items.findings().isEmpty() ? 0.3 : 1.0) * (items.overlong() > 0 ? 0.7 : 1.0);
        if (!stated.placeholders.isEmpty()) {
            // the draft stands in placeholders for what it could not read: it must not load without a person's eye
            confidence = Math.min(confidence, Draft.LOW_CONFIDENCE - 0.05);
            warnings.add("placeholders stand in for what was not found (" + String.join(", ", stated.placeholders)
                    + "): correct them before loading");
        }
        List<Draft.EarlierInspection> earlier = EarlierInspections.find(placed, read.fieldwork() == null ? null : read.fieldwork().start())
                .stream().map(r -> new Draft.EarlierInspection(r.date(), stated.authority.id() + "-" + r.date(), r.words(),
                        r.quote(), r.ref())).toList();
        return new Draft(dataset, provenance, confidence, warnings, name, format, earlier);
    }

    /**
     * The authority, inspectorate and fieldwork the report states, or placeholders where it states none (a Welsh
     * council's report gets CIW, any other Ofsted), with the list of placeholders used.
     */
    private static final class Stated {
        final Dataset.Authority authority;
        final String inspectorate;
        final Dataset.Fieldwork fieldwork;
        final List<String> placeholders = new ArrayList<>();

        Stated(ReportMetadata.Read read) {
            authority = read.authority() != null ? read.authority() : new Dataset.Authority("unknown-authority",
                    "Unknown authority", "England", null, null, null, List.of(), List.of(), null);
            inspectorate = read.inspectorate() != null ? read.inspectorate() : "Wales".equals(authority.nation()) ? "CIW" : "Ofsted";
            fieldwork = read.fieldwork() != null ? read.fieldwork() : new Dataset.Fieldwork("1900", null, "unknown");
            if (read.authority() == null) {
                placeholders.add("authority '" + authority.id() + "'");
            }
            if (read.inspectorate() == null) {
                placeholders.add("inspectorate '" + inspectorate + "'");
            }
            if (read.fieldwork() == null) {
                placeholders.add("fieldwork '" + fieldwork.start() + "'");
            }
        }
    }

    /**
     * The report's id: its inspection's and a digest of its text, so that drafting the same text again gives the same
     * id (loading it again changes nothing), while another report that reads as the same inspection (one authority,
     * one month) gets its own and is refused, not merged, when that inspection is already loaded.
     */
    static String reportId(String inspectionId, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "report-" + inspectionId + "-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
