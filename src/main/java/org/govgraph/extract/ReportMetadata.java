package org.govgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govgraph.ingest.Dataset;

/**
 * What a report says about itself: the authority, the inspectorate, the kind of inspection, fieldwork and
 * publication dates, judgements, the inspection team. Read from the opening of the report and its judgement
 * tables; every value keeps the words it was read from.
 */
final class ReportMetadata {

    private static final int OPENING = 4000;
    private static final Pattern COUNCIL = Pattern.compile(
            "\\b((?:(?!County\\b|Borough\\b|City\\b|Metropolitan\\b)[A-Z][a-z]+|of|upon|on|and|the)(?:[ -](?:(?!County\\b|Borough\\b|City\\b|Metropolitan\\b)[A-Z][a-z]+|of|upon|on|and|the)){0,4})\\s+"
                    + "(County\\s+Borough\\s+Council|County\\s+Council|City\\s+Council|Metropolitan\\s+Borough\\s+Council|Borough\\s+Council|Council)\\b");
    private static final Pattern LONDON = Pattern.compile(
            "\\b(?:London |Royal |Metropolitan )?Borough of ([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)|\\bCity of ([A-Z][a-z]+)\\b(?! Council)|"
                    + "\\b([A-Z][a-z]+) Metropolitan District Council");
    private static final String PLACE_WORD = "(?:(?!County\\b|Borough\\b|City\\b|Council\\b|Metropolitan\\b|District\\b)[A-Z][a-z]+)";
    private static final Pattern INSPECTION_OF = Pattern.compile(
            "Inspection of (?:[Cc]hildren.s [Ss]ervices\\s+)?(?:in\\s+)?(" + PLACE_WORD + "(?:(?:[ -]|\\s+)(?:and\\s+|upon\\s+|on\\s+)?" + PLACE_WORD + "){0,3})"
                    + "(?=\\s+(?:local\\s+authority|children|County|City|Borough|Council|Metropolitan)|\\s*$)",
            Pattern.MULTILINE);
    private static final Pattern LEAD_INSPECTOR = Pattern.compile(
            "(?i:lead inspector)[:\\s]+((?:[A-Z][a-z'\u2019-]+\\s){1,3}[A-Z][a-z'\u2019-]+)(?:,?\\s+(HMI|H(?:er|is) Majesty.s Inspector))?");
    private static final Pattern PUBLISHED = Pattern.compile("(?i)(?:date of publication|date of (?:the )?report|published)[:\\s]+(.{4,30})");
    private static final Pattern COVER_MONTH = Pattern.compile("(?m)^\\s*" + Dates.MONTH_YEAR.pattern() + "\\s*$");
    /** The words of a sentence that says the inspection or visit was done (its dates are the fieldwork's). */
    private static final Pattern DONE_WHAT = Pattern.compile("(?i)\\b(?:inspection|visit|check|review)\\b");
    private static final Pattern DONE_HOW = Pattern.compile("(?i)\\b(?:carried out|took place|undertook|undertaken|conducted|completed)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.)\\s+|\\n");
    private static final Pattern FIELDWORK = Pattern.compile(
            "(?i)(?:inspection dates?|dates? of inspection|undertook an inspection[^.]{0,120}?\\b(?:during|in)\\b"
                    + "|inspection (?:took place|was carried out|undertaken)[^.]{0,80}?\\b(?:during|in|between|on)\\b"
                    + "|during the weeks? commencing|fieldwork[^.]{0,80}?\\b(?:during|in|between)\\b"
                    + "|(?:focused|monitoring|joint targeted area) (?:visit|inspection)[^.]{0,100}?\\b(?:on|between|during|from)\\b)[:\\s]*");

    record Read(Dataset.Authority authority, String inspectorate, String kind, String title, Dataset.Fieldwork fieldwork,
                String published, List<Dataset.Judgement> judgements, List<Dataset.TeamMember> team,
                Dataset.Source source, List<String> warnings, double confidence) {
    }

    private final Conventions conventions;

    private final JudgementTable table;

    ReportMetadata(Conventions conventions) {
        this.conventions = conventions;
        this.table = new JudgementTable(conventions);
    }

    Read read(String text, List<Outline.Placed> placed) {
        String opening = text.substring(0, Math.min(text.length(), OPENING))
                .replaceAll("</?b>|\\*\\*?|__", "").replace('\u00a0', ' ');
        Notes notes = new Notes();
        String otherPaper = conventions.otherPaper(opening);
        if (otherPaper != null) {
            notes.doubt(0.6, "the opening reads like a council's own paper about an inspection ('" + otherPaper
                    + "'), not the inspectorate's report");
        }
        String inspectorate = inspectorate(opening, text, notes);
        String kind = kind(opening, notes);
        String place = authorityName(opening, text);
        Dataset.Authority authority = null;
        if (place == null) {
            notes.doubt(0.4, "no local authority named in the opening of the report");
        } else {
            authority = new Dataset.Authority(slug(place), councilName(place, text), conventions.nationOf(place, inspectorate),
                    null, null, null, List.of(), List.of(), null);
        }
        Dated fieldwork = fieldwork(opening, notes);
        List<Dataset.Judgement> judgements = judgements(placed);
        if (judgements.isEmpty()) {
            judgements = table.read(text);
        }
        return new Read(authority, inspectorate, kind, title(placed), fieldwork.fieldwork(), published(opening, notes),
                judgements, team(opening, text), fieldwork.source(), notes.warnings, Math.max(0, notes.confidence));
    }

    /** What was guessed or missing, and how far that lowers the confidence in the draft. */
    private static final class Notes {
        final List<String> warnings = new ArrayList<>();
        double confidence = 1.0;

        void doubt(double by, String warning) {
            warnings.add(warning);
            confidence -= by;
        }
    }

    private record Dated(Dataset.Fieldwork fieldwork, Dataset.Source source) {
    }

    /** The first inspectorate the opening names, else the first the text names. */
    private String inspectorate(String opening, String text, Notes notes) {
        String inspectorate = conventions.inspectorates().stream().filter(n -> n.matches(opening))
                .map(Conventions.Named::value).findFirst()
                .orElseGet(() -> conventions.inspectorates().stream().filter(n -> n.matches(text))
                        .map(Conventions.Named::value).findFirst().orElse(null));
        if (inspectorate == null) {
            notes.doubt(0.4, "no inspectorate named (Ofsted, CSSIW, CIW): is this an inspection report?");
        }
        return inspectorate;
    }

    /** The kind the title names wins over one the opening mentions in passing ("since the monitoring visit"). */
    private String kind(String opening, Notes notes) {
        String title = opening.substring(0, Math.min(opening.length(), 400));
        String kind = conventions.kinds().stream().filter(n -> n.matches(title)).map(Conventions.Named::value)
                .findFirst().orElseGet(() -> conventions.kinds().stream().filter(n -> n.matches(opening))
                        .map(Conventions.Named::value).findFirst().orElse(null));
        if (kind == null) {
            notes.doubt(0.1, "the kind of inspection was not recognised; it is given as 'inspection'");
            return "inspection";
        }
        return kind;
    }

    /** The report's title: the first short line near the top that names an inspection, a visit or a check. */
    private static String title(List<Outline.Placed> placed) {
        return placed.stream().map(Outline.Placed::block).filter(b -> b.start() < 1500)
                .filter(b -> b.kind() == Block.Kind.HEADING || b.kind() == Block.Kind.PARAGRAPH && b.text().length() < 200)
                .map(Block::text).filter(t -> !t.matches("(?i).*(contents|introduction).*"))
                .filter(t -> t.matches("(?is).*\\b(?:inspection|visit|check|review)\\b.*") && !t.matches("(?is)^(?:this|the) .*")
                        && !t.matches("(?is)^(?:inspection dates?|dates? of|lead inspector|report published|date of).*"))
                .findFirst().orElse(null);
    }

    /** The dates the report gives as its fieldwork, else those of the sentence that says it was done, else its first. */
    private static Dated fieldwork(String opening, Notes notes) {
        Matcher f = FIELDWORK.matcher(opening);
        while (f.find()) {
            String after = opening.substring(f.end(), Math.min(opening.length(), f.end() + 120));
            Dates.Span span = Dates.first(after);
            if (span != null && span.at() < 60) {
                return new Dated(new Dataset.Fieldwork(span.start(), span.end(), span.text()),
                        new Dataset.Source("opening", sentenceAround(opening, f.start())));
            }
        }
        // "Between 11 and 15 March 2019, Ofsted ... carried out a joint inspection": sentence by sentence, each
        // searched for plain words (a pattern over the whole opening would backtrack on hostile text)
        for (String sentence : SENTENCE_END.split(opening)) {
            if (sentence.length() < 600 && DONE_WHAT.matcher(sentence).find() && DONE_HOW.matcher(sentence).find()) {
                Dates.Span span = Dates.first(sentence);
                if (span != null) {
                    return new Dated(new Dataset.Fieldwork(span.start(), span.end(), span.text()),
                            new Dataset.Source("opening", sentence.replaceAll("\\s+", " ").strip()));
                }
            }
        }
        Dates.Span span = Dates.first(opening);
        if (span == null) {
            notes.doubt(0.3, "no inspection date found");
            return new Dated(null, null);
        }
        notes.doubt(0.1, "fieldwork dates not stated as such; took the first date of the report: " + span.text());
        return new Dated(new Dataset.Fieldwork(span.start(), span.end(), span.text()), null);
    }

    /** "Report published: 19 November 2014", "Date of report: February 2012", or a month alone on a cover line. */
    private static String published(String opening, Notes notes) {
        Matcher p = PUBLISHED.matcher(opening);
        if (p.find()) {
            Dates.Span span = Dates.first(p.group(1));
            if (span != null) {
                return span.start();
            }
        }
        Matcher cover = COVER_MONTH.matcher(opening);
        if (cover.find()) {
            return cover.group(2) + "-" + Dates.month(cover.group(1));
        }
        // Ofsted's ILACS reports carry none; a PDF's creation date is not its publication, so none is guessed
        notes.doubt(0, "the report states no publication date: add 'published' to the draft by hand if it matters");
        return null;
    }

    /** The most named place among the councils and "Inspection of X" phrases of the opening. */
    static String authorityName(String opening, String text) {
        Map<String, Integer> votes = new HashMap<>();
        Matcher m = INSPECTION_OF.matcher(opening);
        while (m.find()) {
            votes.merge(m.group(1).replaceAll("\\s+", " ").strip(), 3, Integer::sum);
        }
        m = COUNCIL.matcher(opening);
        while (m.find()) {
            String place = m.group(1).replaceFirst("^(?:the|of|and|on|upon)\\s+", "").strip();
            if (!place.isEmpty() && Character.isUpperCase(place.charAt(0)) && !place.matches("(?i)the|county|city|borough")) {
                // a council named on a line of its own (a cover) outweighs one named in passing
                boolean ownLine = lineAlone(opening, m.start(), m.end());
                votes.merge(place, ownLine ? 6 : 2, Integer::sum);
            }
        }
        // a cover that starts with the authority's name alone on its first line
        Matcher cover = Pattern.compile("\\A\\s*(" + PLACE_WORD + "(?:[ -](?:and |upon |on )?" + PLACE_WORD + "){0,3})\\s*\\n").matcher(opening);
        if (cover.find() && !cover.group(1).matches("(?i)inspection|contents|introduction|ofsted")) {
            votes.merge(cover.group(1), 3, Integer::sum);
        }
        m = LONDON.matcher(opening);
        while (m.find()) {
            String place = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            votes.merge(place, 3, Integer::sum);
        }
        votes.replaceAll((place, v) -> v + Math.min(10, count(text, place)));
        // "Children in Care Council", "Youth Council": councils of children, not authorities
        return votes.entrySet().stream().filter(e -> !e.getKey().matches("(?i)children|children.s|local|services?|the council|care|youth|"
                        + "(?:children|young people)(?: in care)?"))
                .max(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey).orElse(null);
    }

    private static boolean lineAlone(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        return text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd < 0 ? text.length() : lineEnd).isBlank();
    }

    private static String councilName(String place, String text) {
        Matcher m = Pattern.compile(Pattern.quote(place) + "\\s+(County\\s+Borough\\s+Council|County\\s+Council|City\\s+Council|Metropolitan\\s+Borough\\s+Council|Borough\\s+Council|Council)\\b").matcher(text);
        return m.find() ? place + " " + m.group(1).replaceAll("\\s+", " ") : place;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    /** Judgements from a table row ("Overall effectiveness<TAB>Inadequate") or a heading graded by the next heading. */
    private List<Dataset.Judgement> judgements(List<Outline.Placed> placed) {
        Map<String, Dataset.Judgement> byArea = new java.util.LinkedHashMap<>();
        for (int i = 0; i < placed.size(); i++) {
            Block block = placed.get(i).block();
            if (block.kind() == Block.Kind.TABLE_ROW) {
                String[] cells = block.text().split("\t");
                if (cells.length >= 2) {
                    String area = cells[0].strip();
                    if (area.length() > 200) {
                        continue; // a long first cell is a sentence, not a judged area
                    }
                    for (int c = cells.length - 1; c >= 1; c--) {
                        Conventions.Grade grade = conventions.grade(cells[c].strip());
                        if (grade != null && area.length() > 3 && conventions.grade(area) == null) {
                            byArea.put(area.toLowerCase(Locale.ROOT), new Dataset.Judgement(area, grade.name(), grade.scale(), grade.rank(),
                                    "line " + block.firstLine(), area + " " + cells[c].strip()));
                            break;
                        }
                    }
                }
            } else if (block.kind() == Block.Kind.HEADING && i > 0 && placed.get(i - 1).block().kind() == Block.Kind.HEADING) {
                Conventions.Grade grade = conventions.grade(block.text());
                String area = placed.get(i - 1).block().text().replaceAll(":$", "");
                if (grade != null && conventions.grade(area) == null) {
                    byArea.putIfAbsent(area.toLowerCase(Locale.ROOT), new Dataset.Judgement(area, grade.name(), grade.scale(), grade.rank(),
                            "line " + block.firstLine(), area + " " + block.text()));
                }
            }
        }
        return List.copyOf(byArea.values());
    }

    /** "Lead inspector: Pam Clutton;", "Supporting Inspectors: Katy Young, Pam Clutton, Sharon Eastlake and Lesley Roberts". */
    private static final Pattern TEAM_LINE = Pattern.compile(
            "(?im)(?:^|(?<=[.;]\\s))[-\\u2022 \\t]*((?:lead|supporting|team|fee[- ]paid|shadow)?\\s*inspectors?|area manager|"
                    + "senior (?:hmi|inspector)|quality assurance manager)[ \\t]*:[ \\t]*((?:[^.;\\n]|;(?![^;\\n]{0,40}:)){3,200})");
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{Ll}'\\u2019-]+(?:\\s+\\p{Lu}[\\p{Ll}'\\u2019-]+){1,2}"
            + "(?:\\s*\\((lead inspector|inspectors?)\\))?");
    /** "Her Majesty's Inspectors for this visit were Ruth Penhallow and David Okafor." */
    private static final Pattern VISIT_TEAM = Pattern.compile("(?m)(?:^|(?<=[.:]\\s))(?:(?i:(?:her|his) majesty.s inspectors?|(?:the )?inspectors?|"
            + "(?:the )?inspection team) (?i:for this (?:visit|inspection) )?(?i:were|was|comprised|consisted of)"
            + "|(?i:(?:the )?(?:visit|inspection) was carried out by)) ([^.;\\n]{3,200})");
    private static final Pattern TEAM_COMPRISED = Pattern.compile("(?i:(?:the )?inspection team) (?i:comprised|consisted of) ([^.;\\n]{3,200})");
    /** "The inspection was led by Sarah Whitfield, Her Majesty's Inspector (Ofsted)." */
    private static final Pattern LED_BY = Pattern.compile("(?i:(?:inspection|visit|inspection team) was led by)\\s+(\\p{Lu}[\\p{Ll}'\\u2019-]+(?:\\s+\\p{Lu}[\\p{Ll}'\\u2019-]+){1,2})");
    private static final Pattern ORGANISATION = Pattern.compile("\\b(?:Commission|Council|Inspectorate|Ofsted|Service|Services|"
            + "Board|Trust|Authority|Agency|Department|Office|Police|Probation|Care|Quality|Inspectors?)\\b");
    /** The title that follows a name ("Jane Smith, His Majesty's Inspector"): not a name itself. */
    private static final Pattern TITLE = Pattern.compile("(?i)\\b(?:H(?:er|is) Majesty.s Inspectors?|HMI)\\b");

    private static List<Dataset.TeamMember> team(String opening, String text) {
        List<Dataset.TeamMember> team = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Matcher lead = LEAD_INSPECTOR.matcher(opening);
        if (lead.find()) {
            seen.add(lead.group(1).strip());
            team.add(new Dataset.TeamMember(lead.group(1).strip(), "lead inspector", lead.group(2), "opening", lead.group().strip()));
        }
        // the inspection team as a methodology section lists it, a role to a line (names may wrap onto the next line)
        Matcher m = TEAM_LINE.matcher(text.replaceAll("(?m)(,| and)\\s*\\n(?=[A-Z])", "$1 "));
        while (m.find()) {
            String label = m.group(1).strip().toLowerCase(Locale.ROOT);
            String role = label.startsWith("lead") ? "lead inspector" : label.startsWith("supporting") ? "supporting inspector"
                    : label.contains("inspector") ? "inspector" : "other";
            for (Person person : people(m.group(2))) {
                if (seen.add(person.name())) {
                    team.add(new Dataset.TeamMember(person.name(), role, role.equals("other") ? capital(m.group(1).strip()) : null,
                            "inspection team", m.group().strip()));
                }
            }
        }
        Matcher led = LED_BY.matcher(TITLE.matcher(opening).replaceAll(""));
        if (team.isEmpty() && led.find() && seen.add(led.group(1))) {
            team.add(new Dataset.TeamMember(led.group(1), "lead inspector", null, "opening", led.group().strip()));
        }
        // "The inspectors were ...", "The inspection team comprised Gwyneth Price (lead inspector), Alun Morgan and ..."
        // in the opening; "the inspection team comprised ..." also in a methodology at the end
        Matcher visit = VISIT_TEAM.matcher(opening);
        if (!visit.find()) {
            visit = TEAM_COMPRISED.matcher(text);
            if (!visit.find()) {
                return team;
            }
        }
        String ref = visit.start() < opening.length() ? "opening" : "inspection team";
        for (Person person : people(visit.group(1))) {
            if (seen.add(person.name())) {
                team.add(new Dataset.TeamMember(person.name(), person.lead() ? "lead inspector" : "inspector", null, ref,
                        visit.group().strip()));
            }
        }
        return team;
    }

    private record Person(String name, boolean lead) {
    }

    /**
     * The people a list names ("Gwyneth Price (lead inspector), Alun Morgan and Siân Harries"): titles such as "His
     * Majesty's Inspector" and bodies ("Sarah Quinn, Care Quality Commission") left out.
     */
    private static List<Person> people(String list) {
        List<Person> people = new ArrayList<>();
        Matcher person = PERSON.matcher(TITLE.matcher(list).replaceAll(" ").replace(" and ", ", "));
        while (person.find()) {
            String name = person.group().replaceAll("\\s*\\(.*$", "");
            if (!ORGANISATION.matcher(name).find()) {
                people.add(new Person(name, "lead inspector".equalsIgnoreCase(person.group(1))));
            }
        }
        return people;
    }

    private static String capital(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String sentenceAround(String text, int at) {
        int dot = text.lastIndexOf(". ", at);
        int start = Math.max(dot < 0 ? 0 : dot + 2, text.lastIndexOf('\n', at) + 1);
        int end = text.indexOf('\n', at);
        int stop = text.indexOf(". ", at);
        end = end < 0 ? text.length() : end;
        if (stop >= 0 && stop < end) {
            end = stop + 1;
        }
        return text.substring(Math.max(0, start), end).replaceAll("\\s+", " ").replaceAll("\\*\\*", "").strip();
    }

    /** An id from words: lower case, hyphens, at most 100 characters (cut at a hyphen), as the dataset format wants. */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("'", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (slug.length() > 100) {
            slug = slug.substring(0, 100).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
