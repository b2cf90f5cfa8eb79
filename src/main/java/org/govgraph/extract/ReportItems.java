package org.govgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govgraph.ingest.Dataset;

/**
 * The findings and the recommendations of a report, from its blocks placed under their headings: which block is
 * which (the headings above it say, and an imperative in a list of concerns is an action), the report's own
 * reference, the polarity and themes of a finding, the timescale and group of an action, two actions merged into one
 * bullet split again. Each item's place in the text goes into the provenance.
 */
final class ReportItems {

    /** The dataset format's limits: a text at most 20,000 characters, a short text (section, ref) at most 500. */
    static final int MAX_ITEM_CHARS = 20_000;
    static final int MAX_SHORT_CHARS = 500;

    private static final Pattern MUST = Pattern.compile("(?i)\\b(?:must|should|needs? to|is required to|are required to)\\b");
    private static final Pattern TIMESCALE = Pattern.compile("(?i)(within [^)]+?|immediately)[):]*$|\\((within [^)]+)\\)");
    private static final Pattern DEADLINE = Pattern.compile("\\b(?:by|before|no later than)\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{4}");
    private static final Pattern NUMBERED_PART = Pattern.compile("(?i)^(theme|question|part)\\s+(\\d+)");

    /** What the items of a report are, with the number of passages left out as too long for any finding. */
    record Result(List<Dataset.Finding> findings, List<Dataset.Recommendation> recommendations, int overlong) {
    }

    private enum Role { FINDING, RECOMMENDATION, CONTEXT, SKIP }

    private final Conventions conventions;
    private final Polarity polarity;
    private final Themes themes;
    private final Pattern splitActions;
    private final Pattern judgementLines;

    ReportItems(Conventions conventions, Polarity polarity, Themes themes) {
        this.conventions = conventions;
        String areas = conventions.judgementAreas().stream().map(a -> Pattern.quote(a).replace(" ", "\\E\\s+\\Q"))
                .reduce((a, b) -> a + "|" + b).orElse("(?!)");
        String grades = conventions.judgementScales().values().stream().flatMap(List::stream).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(g -> Pattern.quote(g).replace(" ", "\\E\\s+\\Q")).reduce((a, b) -> a + "|" + b).orElse("(?!)");
        this.judgementLines = Pattern.compile("(?i)\\s*(?:" + areas + ")\\s*:?\\s*(?:" + grades + ")\\s*");
        this.polarity = polarity;
        this.themes = themes;
        // two actions merged into one bullet split where the second's verb starts, but not after "and", "to" or an
        // adverb ("regularly evaluate the quality ...", "significantly improve the ...")
        this.splitActions = Pattern.compile("(?<=[a-z,)])\\s+(?<!\\b(?:and|or|to|should|must|will|and to|not)\\s)(?<!ly\\s)(?=(?:"
                + String.join("|", conventions.actionVerbs()) + ")\\s+(?:that|the|all|a|an|whether|how)\\b)");
    }

    /**
     * One pass over the report ({@code title} the words of its title, or null); each item's place goes into
     * {@code provenance}, what was left out into {@code warnings}.
     */
    Result read(List<Outline.Placed> placed, String title, Map<String, Provenance> provenance, List<String> warnings) {
        Pass pass = new Pass(provenance);
        for (Outline.Placed p : placed) {
            Block block = p.block();
            if (!block.isItem() || block.text().length() < 25 || conventions.isBoilerplate(block.text())
                    || block.text().equals(title) // the report's title, set as a line of text
                    || judgementLines(block.text())) { // "Overall effectiveness: Good" lines of a cover
                continue;
            }
            if (block.text().length() > MAX_ITEM_CHARS) {
                pass.overlong++;
                warnings.add(String.format("lines %d-%d: a passage of %,d characters with no paragraph or list breaks was "
                        + "left out (no finding is that long)", block.firstLine(), block.lastLine(), block.text().length()));
                continue;
            }
            Role role = pass.role(p);
            if (role == Role.SKIP || role == Role.CONTEXT && block.number() == null) {
                continue;
            }
            if (role == Role.RECOMMENDATION && (block.kind() != Block.Kind.PARAGRAPH || isAction(block.text()))) {
                pass.actions(p);
            } else if (role == Role.RECOMMENDATION && block.number() == null && block.text().length() < 250) {
                continue; // the words around a list of actions ("CIW will continue to monitor progress")
            } else {
                pass.finding(p, role == Role.CONTEXT);
            }
        }
        return new Result(pass.findings, pass.recommendations, pass.overlong);
    }

    /** Whether the passage is nothing but graded areas ("Overall effectiveness: Good Capacity ... Good"), one at a time. */
    private boolean judgementLines(String text) {
        if (text.length() > 2_000) {
            return false;
        }
        Matcher m = judgementLines.matcher(text);
        int at = 0;
        while (at < text.length() && m.region(at, text.length()).lookingAt()) {
            at = m.end();
        }
        return at > 0 && at == text.length();
    }

    /** The state of one pass: the items so far, the counters of unnumbered items per section, the list of bullet actions. */
    private final class Pass {
        final List<Dataset.Finding> findings = new ArrayList<>();
        final List<Dataset.Recommendation> recommendations = new ArrayList<>();
        final Map<String, Integer> counters = new LinkedHashMap<>();
        final Map<String, Provenance> provenance;
        List<String> sectionOfBullets;
        String lastAction;
        List<String> sectionOfActions;
        int unnumbered;
        int overlong;

        Pass(Map<String, Provenance> provenance) {
            this.provenance = provenance;
        }

        Role role(Outline.Placed p) {
            Block block = p.block();
            Role role = sectionRole(p.headings());
            if (role == Role.RECOMMENDATION) {
                // a list of actions ends where the report's numbered paragraphs take up again: after bullets, or
                // where the numbering jumps ("6. Monitor ..." then "100. The board meets ...")
                if (block.kind() == Block.Kind.BULLET) {
                    sectionOfBullets = p.headings();
                } else if (block.kind() == Block.Kind.NUMBERED) {
                    if (!p.headings().equals(sectionOfActions)) {
                        sectionOfActions = p.headings(); // a new list of actions numbers afresh
                        lastAction = null;
                    }
                    if (p.headings().equals(sectionOfBullets) || jumps(block.number())) {
                        role = Role.FINDING;
                    } else {
                        lastAction = block.number();
                    }
                }
            }
            if (role == Role.FINDING && block.kind() != Block.Kind.PARAGRAPH && isImperative(block.text())
                    && "concern".equals(listPolarity(p))) {
                role = Role.RECOMMENDATION; // "Areas for improvement: 11. Ensure that ..." are actions
            }
            return role;
        }

        /**
         * A number far past the last numbered action: 100 after 6 (the report's paragraphs take up again), not 7 after
         * 6, nor 162 after 160 where a PDF ran 161 into a heading, nor 2.1 after 1.3.
         */
        private boolean jumps(String number) {
            return lastAction != null && !number.contains(".") && !lastAction.contains(".")
                    && Integer.parseInt(number) > Integer.parseInt(lastAction) + 5;
        }

        void actions(Outline.Placed p) {
            Block block = p.block();
            String label = p.headings().stream().filter(conventions::isTimescale).reduce((a, b) -> b).orElse(null);
            // or "... should be sent to Ofsted by 1 July 2019": a deadline in the action's own words
            Matcher by = DEADLINE.matcher(block.text());
            String timescale = label != null ? timescaleOf(label) : by.find() ? by.group().strip() : null;
            String group = groupOf(p);
            Integer number = block.number() != null && !block.number().contains(".") ? Integer.valueOf(block.number()) : null;
            for (String action : splitActions.split(block.text())) {
                String id = "r" + (recommendations.size() + 1);
                // an action the report does not number takes its place among the report's unnumbered actions, as the
                // curated datasets number them
                Integer n = number != null ? number : ++unnumbered;
                String ref = number != null ? "Recommendation " + number : refOf(p, "bullet");
                recommendations.add(new Dataset.Recommendation(id, n, ref, action.strip(), cut(label),
                        cut(timescale), cut(group), themes.of(action, p.section()), List.of()));
                provenance.put("recommendations/" + id, Provenance.of(block, block.number() != null ? 0.9 : 0.75,
                        "item under '" + p.innermost() + "'"));
            }
        }

        void finding(Outline.Placed p, boolean context) {
            Block block = p.block();
            String listPolarity = listPolarity(p);
            Polarity.Verdict verdict = context
                    ? Objects.requireNonNullElse(polarity.judged(block.text()), new Polarity.Verdict("context", 0.7))
                    : listPolarity != null ? new Polarity.Verdict(listPolarity, 0.9) : polarity.of(block.text());
            String id = "f" + (findings.size() + 1);
            String ref = block.number() != null ? numberRef(block.number())
                    : refOf(p, block.kind() == Block.Kind.BULLET ? "bullet" : "paragraph");
            findings.add(new Dataset.Finding(id, ref, p.section().isEmpty() ? "(untitled)" : cut(p.section()), block.text(),
                    verdict.polarity(), themes.of(block.text(), p.section()), List.of()));
            provenance.put("findings/" + id, Provenance.of(block, verdict.confidence(), "one per numbered paragraph or bullet"));
        }

        /** "Question 1, positives, bullet 2": the headings it sits under and its place among its siblings. */
        String refOf(Outline.Placed p, String what) {
            List<String> parts = new ArrayList<>(p.headings().stream().map(ReportItems::shortHeading).toList());
            for (int i = 1; i < parts.size(); i++) {
                String part = parts.get(i);
                // later parts in lower case, unless a numbered part or an acronym
                if (part.length() > 1 && Character.isLowerCase(part.charAt(1)) && !part.matches("(?:Theme|Question|Part) \\d+.*")) {
                    parts.set(i, Character.toLowerCase(part.charAt(0)) + part.substring(1));
                }
            }
            // a passage under no heading is in the report's opening ("opening, paragraph 2", never a numbered "paragraph 2")
            String path = parts.isEmpty() ? "opening" : String.join(", ", parts);
            int n = counters.merge(path + "/" + what, 1, Integer::sum);
            return cut(path + ", " + what + " " + n);
        }
    }

    /** What the innermost telling heading makes of the blocks under it. */
    private Role sectionRole(List<String> headings) {
        if (headings.equals(List.of(Outline.LETTER_HEAD))) {
            return Role.SKIP;
        }
        for (int i = headings.size() - 1; i >= 0; i--) {
            String h = headings.get(i);
            if (conventions.isRecommendationSection(h) || conventions.isTimescale(h)) {
                return Role.RECOMMENDATION;
            }
            if (conventions.polarityOf(h) != null) {
                return Role.FINDING;
            }
            if (conventions.isSkipped(h)) {
                return conventions.isOmitted(h) ? Role.SKIP : Role.CONTEXT;
            }
            if (Outline.isSectionPart(h)) {
                return Role.FINDING; // "Summary for children and young people" after the recommendations
            }
        }
        return Role.FINDING;
    }

    private String listPolarity(Outline.Placed p) {
        return p.headings().stream().map(conventions::polarityOf).filter(Objects::nonNull).reduce((a, b) -> b).orElse(null);
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
        var m = TIMESCALE.matcher(label.strip());
        if (m.find()) {
            return (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT).replaceAll(":$", "");
        }
        return label.toLowerCase(Locale.ROOT).replaceAll("[:.]$", "").strip();
    }

    private static String numberRef(String number) {
        return number.contains(".") ? number : "paragraph " + number;
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
        var m = NUMBERED_PART.matcher(heading);
        if (m.find()) {
            return Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1).toLowerCase(Locale.ROOT) + " " + m.group(2);
        }
        String h = heading.replaceAll("[:?]$", "").strip();
        return h.equals(h.toUpperCase(Locale.ROOT)) && h.length() > 4 ? h.charAt(0) + h.substring(1).toLowerCase(Locale.ROOT) : h;
    }
}
