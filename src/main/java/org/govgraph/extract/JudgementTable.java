package org.govgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govgraph.ingest.Dataset;

/**
 * Ofsted's judgement tables as PDF text leaves them: "The impact of leaders on social work Good / practice with
 * children and families", or "Requires improvement to / children and families be good". The grades are taken out
 * of the table's text first, then each known area ({@code judgement_areas} in the conventions) is found in what is
 * left, its words allowed to wrap, and takes the grade written inside it or after it, before the next area.
 */
final class JudgementTable {

    private static final Pattern TABLE_START = Pattern.compile("(?im)^(?:judgements?|summary of judgements|judgement\\s+grade|key judgement\\s+judgement grade|"
            + "the judgements on areas of the service.*|record of main findings|children.s services in .{3,40} (?:are|is|requires?) .{4,40}|"
            + "the overall judgement is .*)\\s*$");
    /** "Children's services in Doncaster are inadequate", "The overall judgement is that children's services are inadequate". */
    private static final Pattern OVERALL = Pattern.compile("(?i)^(?:the overall judgement is (?:that )?)?(?:children.s services (?:in .{3,40}? )?(?:(?:are|is)\\s+)?)?"
            + "(inadequate|good|outstanding|requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?)\\b");
    /** "The effectiveness of the Local Safeguarding Children Board (LSCB) is inadequate", across a line break. */
    private static final Pattern LSCB = Pattern.compile("(?i)the effectiveness of the (?:local safeguarding children board(?:\\s*\\(LSCB\\))?|LSCB)\\s+is\\s+"
            + "(inadequate|good|outstanding|requires\\s+improvement(?:\\s+to\\s+be\\s+good)?|adequate)\\b");
    /** A grade a PDF table cell wrapped around its area: "Requires / 1. Children who need help and protection / improvement". */
    /** "...with children Requires improvement / and families to be good": the grade's last words on the next line. */
    private static final Pattern SPLIT_GRADE = Pattern.compile("(?m)^(.*?)\\s*Requires improvement\\s*\\n(.+?)\\s+to be good\\s*$");
    private static final Pattern WRAPPED_GRADE = Pattern.compile("(?m)^Requires\\s*\\n(.+)\\n\\s*improvement(\\s+to\\s+be\\s+good)?\\s*$");
    private static final int TABLE_CHARS = 1200;

    private final Conventions conventions;
    private final List<Pattern> areas;
    private final Pattern anyGrade;

    JudgementTable(Conventions conventions) {
        this.conventions = conventions;
        this.areas = conventions.judgementAreas().stream()
                .map(a -> Pattern.compile("(?i)(?<![\\w-])" + String.join("\\s+", a.split("\\s+")).replace(",", ",?") + "(?![\\w-])"))
                .toList();
        this.anyGrade = gradePattern(conventions);
    }

    /** The judgements of the first table in {@code text}, or none. */
    List<Dataset.Judgement> read(String text) {
        Matcher start = TABLE_START.matcher(text);
        if (!start.find()) {
            // no table: a review of a safeguarding board alone states its one judgement in a sentence
            Dataset.Judgement board = lscb(text.substring(0, Math.min(text.length(), TABLE_CHARS * 2)));
            return board == null ? List.of() : List.of(board);
        }
        int from = start.end();
        String table = WRAPPED_GRADE.matcher(text.substring(from, Math.min(text.length(), from + TABLE_CHARS)))
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " Requires improvement" + (m.group(2) == null ? "" : " to be good")));
        table = SPLIT_GRADE.matcher(table).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " " + m.group(2) + " Requires improvement to be good"));
        // grades out, remembering where they stood in what is left
        record Found(int at, Conventions.Grade grade, String words) {
        }
        List<Found> grades = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher g = anyGrade.matcher(table);
        int last = 0;
        while (g.find()) {
            rest.append(table, last, g.start());
            Conventions.Grade grade = grade(g.group());
            if (grade != null) {
                grades.add(new Found(rest.length(), grade, g.group().replaceAll("\\s+", " ")));
            }
            rest.append(' ');
            last = g.end();
        }
        rest.append(table.substring(last));
        String words = rest.toString().replaceAll("(?i)\\bbe good\\b", " ");
        record Area(int start, int end, String name) {
        }
        List<Area> found = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            Matcher m = areas.get(i).matcher(words);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (found.stream().noneMatch(a -> s < a.end() && e > a.start())) {
                    found.add(new Area(s, e, conventions.judgementAreas().get(i)));
                }
            }
        }
        found.sort(Comparator.comparingInt(Area::start));
        Map<String, Dataset.Judgement> out = new LinkedHashMap<>();
        // the sentence may wrap: "The overall judgement is that children's services require / improvement"
        String opening = text.substring(start.start(), Math.min(text.length(), start.end() + 40)).replaceAll("\\s+", " ").strip();
        Matcher overall = OVERALL.matcher(opening);
        if (overall.find()) {
            Conventions.Grade grade = grade(overall.group(1));
            if (grade != null) {
                out.put("overall effectiveness", new Dataset.Judgement("Overall effectiveness", grade.name(), grade.scale(),
                        grade.rank(), "opening", overall.group().strip()));
            }
        }
        Dataset.Judgement board = lscb(text.substring(0, Math.min(text.length(), from + TABLE_CHARS)));
        if (board != null) {
            out.put("the effectiveness of the local safeguarding children board", board);
        }
        for (int i = 0; i < found.size(); i++) {
            Area area = found.get(i);
            int until = i + 1 < found.size() ? found.get(i + 1).start() : words.length();
            for (Found f : grades) {
                if (f.at() >= area.start() && f.at() <= until) {
                    out.putIfAbsent(area.name().toLowerCase(Locale.ROOT), new Dataset.Judgement(area.name(), f.grade().name(),
                            f.grade().scale(), f.grade().rank(), "judgement table", area.name() + " " + f.words()));
                    break;
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** "The effectiveness of the Local Safeguarding Children Board (LSCB) is inadequate" in {@code text}, or null. */
    private Dataset.Judgement lscb(String text) {
        Matcher lscb = LSCB.matcher(text);
        Conventions.Grade grade = lscb.find() ? grade(lscb.group(1)) : null;
        return grade == null ? null : new Dataset.Judgement("The effectiveness of the Local Safeguarding Children Board",
                grade.name(), grade.scale(), grade.rank(), "opening", lscb.group().replaceAll("\\s+", " "));
    }

    /** Any grade of any scale, longest first, and "Require(s) improvement (to (be good))" however it was cut. */
    private static Pattern gradePattern(Conventions conventions) {
        List<String> names = conventions.judgementScales().values().stream().flatMap(List::stream).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(n -> n.replace(" ", "\\s+")).toList();
        return Pattern.compile("(?<![\\w-])(?:Requires?\\s+improvement(?:\\s+to(?:\\s+be\\s+good)?)?|" + String.join("|", names) + ")(?![\\w-])");
    }

    /** The grade of words a table or sentence gives, a cut "requires improvement to" mended. */
    private Conventions.Grade grade(String words) {
        String w = words.replaceAll("\\s+", " ").strip();
        return conventions.grade(w.equalsIgnoreCase("Requires improvement to") ? "Requires improvement to be good" : w);
    }
}
