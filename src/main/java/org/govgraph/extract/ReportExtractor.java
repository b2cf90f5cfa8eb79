package org.govgraph.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.govgraph.ingest.Dataset;

/**
 * Turns the text of an inspection report into a dataset draft: segments it ({@link Segmenter}), places the blocks
 * under their headings ({@link Outline}), reads what the report says about itself ({@link ReportMetadata}), and
 * takes findings, recommendations and actions, leadership events and the boards, teams, partners and posts they
 * mention, each with its place in the text and a confidence. It is told nothing about the report's layout.
 */
public final class ReportExtractor {

    /** The dataset format's limits: a text at most 20,000 characters, a short text (section, ref) at most 500. */
    static final int MAX_ITEM_CHARS = 20_000;
    static final int MAX_SHORT_CHARS = 500;

    private static final Pattern MUST = Pattern.compile("(?i)\\b(?:must|should|needs? to|is required to|are required to)\\b");

    private final Conventions conventions;
    private final Segmenter segmenter = new Segmenter();
    private final Outline outline;
    private final ReportMetadata metadata;
    private final Polarity polarity;
    private final Themes themes;
    private final Leadership leadership;
    private final Mentions mentions;
    private final Pattern splitActions;

    public ReportExtractor(Conventions conventions, Gazetteer gazetteer) {
        this.conventions = conventions;
        this.outline = new Outline(conventions);
        this.metadata = new ReportMetadata(conventions);
        this.polarity = new Polarity(conventions);
        this.themes = new Themes(conventions);
        this.leadership = new Leadership(conventions);
        this.mentions = new Mentions(gazetteer);
        this.splitActions = Pattern.compile("(?<=[a-z,)])\\s+(?<!\\b(?:and|or|to|should|must|will|and to|not)\\s)(?=(?:"
                + String.join("|", conventions.actionVerbs()) + ")\\s+(?:that|the|all|a|an|whether|how)\\b)");
    }

    /** The draft of one report; {@code name} names the source in the draft and its messages. */
    public Draft extract(String name, String text, String format) {
        List<Outline.Placed> placed = outline.place(segmenter.blocks(text));
        ReportMetadata.Read read = metadata.read(text, placed);
        List<String> warnings = new ArrayList<>(read.warnings());
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        String authorityId = read.authority() == null ? "unknown-authority" : read.authority().id();
        String inspectionId = authorityId + "-" + (read.fieldwork() == null ? "undated"
                : read.fieldwork().start().substring(0, Math.min(7, read.fieldwork().start().length())));

        List<Dataset.Finding> findings = new ArrayList<>();
        List<Dataset.Recommendation> recommendations = new ArrayList<>();
        Map<String, Integer> counters = new LinkedHashMap<>();
        List<String> sectionOfBullets = null;
        int overlong = 0;
        for (Outline.Placed p : placed) {
            Block block = p.block();
            if (!block.isItem() || block.text().length() < 25 || conventions.isBoilerplate(block.text())) {
                continue;
            }
            if (block.text().length() > MAX_ITEM_CHARS) {
                overlong++;
                warnings.add(String.format("lines %d-%d: a passage of %,d characters with no paragraph or list breaks was "
                        + "left out (no finding is that long)", block.firstLine(), block.lastLine(), block.text().length()));
                continue;
            }
            Role role = role(p);
            if (role == Role.RECOMMENDATION) {
                // a list of bullet actions ends where the report's numbered paragraphs take up again
                if (block.kind() == Block.Kind.BULLET) {
                    sectionOfBullets = p.headings();
                } else if (block.kind() == Block.Kind.NUMBERED && p.headings().equals(sectionOfBullets)) {
                    role = Role.FINDING;
                }
            }
            if (role == Role.FINDING && block.kind() != Block.Kind.PARAGRAPH && isImperative(block.text())
                    && "concern".equals(listPolarity(p))) {
                role = Role.RECOMMENDATION; // "Areas for improvement: 11. Ensure that ..." are actions
            }
            if (role == Role.SKIP || role == Role.CONTEXT && block.number() == null) {
                continue;
            }
            if (role == Role.RECOMMENDATION && (block.kind() != Block.Kind.PARAGRAPH || isAction(block.text()))) {
                String timescale = p.headings().stream().filter(conventions::isTimescale).reduce((a, b) -> b).orElse(null);
                String group = groupOf(p);
                for (String action : splitActions.split(block.text())) {
                    int n = recommendations.size() + 1;
                    String id = "r" + n;
                    Integer number = block.number() != null && !block.number().contains(".") ? Integer.valueOf(block.number()) : null;
                    String ref = number != null ? "Recommendation " + number : refOf(p, counters, "bullet");
                    recommendations.add(new Dataset.Recommendation(id, number, ref, action.strip(), cut(timescale),
                            cut(timescaleOf(timescale)), cut(group), themes.of(action, p.section()), List.of()));
                    provenance.put("recommendations/" + id, Provenance.of(block, block.number() != null ? 0.9 : 0.75,
                            "item under '" + p.innermost() + "'"));
                }
                continue;
            }
            String listPolarity = listPolarity(p);
            Polarity.Verdict verdict = role == Role.CONTEXT ? java.util.Objects.requireNonNullElse(polarity.judged(block.text()),
                    new Polarity.Verdict("context", 0.7)) : listPolarity != null ? new Polarity.Verdict(listPolarity, 0.9) : polarity.of(block.text());
            String id = "f" + (findings.size() + 1);
            String ref = block.number() != null ? numberRef(block.number()) : refOf(p, counters,
                    block.kind() == Block.Kind.BULLET ? "bullet" : "paragraph");
            findings.add(new Dataset.Finding(id, ref, p.section().isEmpty() ? "(untitled)" : cut(p.section()), block.text(),
                    verdict.polarity(), themes.of(block.text(), p.section()), List.of()));
            provenance.put("findings/" + id, Provenance.of(block, verdict.confidence(), "one per numbered paragraph or bullet"));
        }
        if (findings.isEmpty() && recommendations.isEmpty()) {
            warnings.add("no findings or recommendations found: this does not read like an inspection report");
        }

        Leadership.Result leaders = leadership.read(placed, authorityId, provenance);
        Mentions.Result entities = mentions.read(findings, recommendations, authorityId,
                read.authority() == null ? null : read.authority().name());

        List<Dataset.Authority> authorities = read.authority() == null ? List.of(new Dataset.Authority(authorityId,
                "Unknown authority", "England", null, null, null, List.of(), List.of(), null)) : List.of(read.authority());
        Dataset.Source source = read.source() != null ? read.source()
                : new Dataset.Source("opening", text.substring(0, Math.min(200, text.length())).replaceAll("\\s+", " ").strip());
        Dataset.Inspection inspection = new Dataset.Inspection(inspectionId, authorityId,
                read.inspectorate() == null ? "Ofsted" : read.inspectorate(), read.kind(), null, read.title(),
                read.fieldwork() == null ? new Dataset.Fieldwork("1900", null, "unknown") : read.fieldwork(), read.published(), null,
                read.judgements(), read.team(), source);
        Dataset dataset = new Dataset(1, new Dataset.Report(reportId(inspectionId, text), read.title() == null ? name : read.title(),
                read.inspectorate() == null ? "unknown" : read.inspectorate(), null, read.published(), null, null),
                inspection, authorities, List.of(), entities.boards(), entities.teams(), entities.partners(),
                leaders.roles(), leaders.spells(), entities.findings(), entities.recommendations());
        double confidence = read.confidence() * (findings.isEmpty() ? 0.3 : 1.0) * (overlong > 0 ? 0.7 : 1.0);
        if (read.authority() == null || read.inspectorate() == null || read.fieldwork() == null) {
            // the draft stands in placeholders for what it could not read: it must not load without a person's eye
            confidence = Math.min(confidence, Draft.LOW_CONFIDENCE - 0.05);
            warnings.add("placeholders stand in for what was not found (" + String.join(", ", missing(read))
                    + "): correct them before loading");
        }
        List<Draft.EarlierInspection> earlier = EarlierInspections.find(placed, read.fieldwork() == null ? null : read.fieldwork().start())
                .stream().map(r -> new Draft.EarlierInspection(r.date(), authorityId + "-" + r.date(), r.words(), r.quote(), r.ref()))
                .toList();
        return new Draft(dataset, provenance, confidence, warnings, name, format, earlier);
    }

    private enum Role { FINDING, RECOMMENDATION, CONTEXT, SKIP }

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

    private static List<String> missing(ReportMetadata.Read read) {
        List<String> missing = new ArrayList<>();
        if (read.authority() == null) {
            missing.add("authority 'unknown-authority'");
        }
        if (read.inspectorate() == null) {
            missing.add("inspectorate 'Ofsted'");
        }
        if (read.fieldwork() == null) {
            missing.add("fieldwork '1900'");
        }
        return missing;
    }

    private Role role(Outline.Placed p) {
        List<String> headings = p.headings();
        for (int i = headings.size() - 1; i >= 0; i--) {
            String h = headings.get(i);
            if (conventions.isRecommendationSection(h)) {
                return Role.RECOMMENDATION;
            }
            if (conventions.isTimescale(h)) {
                return Role.RECOMMENDATION;
            }
            if (conventions.polarityOf(h) != null) {
                return Role.FINDING;
            }
            if (conventions.isSkipped(h)) {
                return conventions.isOmitted(h) ? Role.SKIP : Role.CONTEXT;
            }
        }
        return Role.FINDING;
    }

    private String listPolarity(Outline.Placed p) {
        return p.headings().stream().map(conventions::polarityOf).filter(java.util.Objects::nonNull)
                .reduce((a, b) -> b).orElse(null);
    }

    private boolean isImperative(String text) {
        return conventions.actionVerbs().contains(text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT));
    }

    private boolean isAction(String text) {
        return isImperative(text) || MUST.matcher(text).find();
    }

    private String groupOf(Outline.Placed p) {
        List<String> headings = p.headings();
        String last = headings.isEmpty() ? null : headings.getLast();
        return last == null || conventions.isTimescale(last) || conventions.isRecommendationSection(last)
                || conventions.polarityOf(last) != null ? null : last;
    }

    /** "within 1 month" from "Immediate priority (within 1 month):", "immediately" from "Immediately:". */
    static String timescaleOf(String label) {
        if (label == null) {
            return null;
        }
        var m = Pattern.compile("(?i)(within [^)]+?|immediately)[):]*$|\\((within [^)]+)\\)").matcher(label.strip());
        if (m.find()) {
            return (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT).replaceAll(":$", "");
        }
        return label.toLowerCase(Locale.ROOT).replaceAll("[:.]$", "").strip();
    }

    private static String numberRef(String number) {
        return number.contains(".") ? number : "paragraph " + number;
    }

    /** "Question 1, positives, bullet 2": the headings it sits under and its place among its siblings. */
    private static String refOf(Outline.Placed p, Map<String, Integer> counters, String what) {
        List<String> parts = new java.util.ArrayList<>(p.headings().stream().map(ReportExtractor::shortHeading).toList());
        for (int i = 1; i < parts.size(); i++) {
            String part = parts.get(i);
            // "Question 1, positives, bullet 2": later parts in lower case, unless a numbered part or an acronym
            if (part.length() > 1 && Character.isLowerCase(part.charAt(1)) && !part.matches("(?:Theme|Question|Part) \\d+.*")) {
                parts.set(i, Character.toLowerCase(part.charAt(0)) + part.substring(1));
            }
        }
        String path = String.join(", ", parts);
        int n = counters.merge(path + "/" + what, 1, Integer::sum);
        return cut((path.isEmpty() ? "" : path + ", ") + what + " " + n);
    }

    /** A short text within the format's 500 characters: cut at a word, with an ellipsis. */
    static String cut(String text) {
        if (text == null || text.length() <= MAX_SHORT_CHARS) {
            return text;
        }
        String head = text.substring(0, MAX_SHORT_CHARS - 1);
        int space = head.lastIndexOf(' ');
        return (space > MAX_SHORT_CHARS / 2 ? head.substring(0, space) : head) + "\u2026";
    }

    private static String shortHeading(String heading) {
        var m = Pattern.compile("(?i)^(theme|question|part)\\s+(\\d+)").matcher(heading);
        if (m.find()) {
            return Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1).toLowerCase(Locale.ROOT) + " " + m.group(2);
        }
        String h = heading.replaceAll("[:?]$", "").strip();
        return h.equals(h.toUpperCase(Locale.ROOT)) && h.length() > 4 ? h.charAt(0) + h.substring(1).toLowerCase(Locale.ROOT) : h;
    }
}
