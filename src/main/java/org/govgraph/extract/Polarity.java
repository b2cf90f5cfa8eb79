package org.govgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The polarity of a finding its heading does not settle, weighed from the cue words of the conventions. */
final class Polarity {

    private static final Pattern EARLIER = Pattern.compile("\\b(?:since|previous(?:ly)?|last inspection|at (?:its|the) last)\\b");
    /** "judged good in 2019", "judged inadequate at the last inspection": a verdict with its time after it. */
    private static final Pattern EARLIER_AFTER = Pattern.compile("^judged[^,;]{0,40}?\\b(?:in (?:[a-z]+ )?(?:19|20)\\d\\d|"
            + "at (?:its|the) (?:last|previous) inspection|when (?:it was|they were) last inspected)\\b");
    private final Map<String, Pattern> cues = new java.util.HashMap<>();
    private final Conventions conventions;

    Polarity(Conventions conventions) {
        this.conventions = conventions;
        conventions.polarityCues().forEach((kind, patterns) -> cues.put(kind, Conventions.anyOf(patterns)));
        // a context cue at the start of a passage ("This report ...", "The inspection looked at ...") says what the
        // passage is; one anywhere else ("population") only when nothing in the passage judges
        List<Pattern> context = conventions.polarityCues().getOrDefault("context", List.of());
        List<Pattern> opening = context.stream().filter(p -> p.pattern().startsWith("^")).toList();
        if (!opening.isEmpty()) {
            cues.put("context_opening", Conventions.anyOf(opening));
        }
    }

    /** One of strength, improvement, concern, context; with how clear the verdict was (0 to 1). */
    record Verdict(String polarity, double confidence) {
    }

    Verdict of(String passage) {
        Verdict judged = judged(passage);
        if (judged != null) {
            return judged;
        }
        String text = withoutEarlierVerdicts(passage);
        String opening = text.length() > 600 ? text.substring(0, 600) : text;
        int concern = count("concern", text);
        int strong = count("strong_concern", text);
        int improvement = count("improvement", text);
        int strength = count("strength", text);
        int context = count("context", opening);
        if (context > 0 && concern == 0 && strong == 0 && (improvement + strength == 0 || count("context_opening", opening) > 0)) {
            return new Verdict("context", 0.6); // description with no verdict in it ("... is strong ... a population of" has one)
        }
        int development = count("area_for_development", text);
        int contrast = count("contrast", text);
        int positive = strength + improvement;
        if (strong > 0) {
            return new Verdict("concern", 0.8);
        }
        if (development > 0 && development * 2 >= concern - development) {
            return new Verdict("area_for_development", 0.6);
        }
        if (positive == 0 && concern == 0) {
            return new Verdict("context", 0.5);
        }
        if (concern > 0 && contrast > 0 && concern * 2 >= positive) {
            return new Verdict("concern", 0.6); // praise with a reservation reads as a concern to act on
        }
        if (concern > positive) {
            return new Verdict("concern", confidence(concern, positive));
        }
        if (positive > concern) {
            return new Verdict(improvement > 0 && improvement * 2 >= strength ? "improvement" : "strength", confidence(positive, concern));
        }
        return new Verdict("concern", 0.4);
    }

    /** The verdict of a grade the text states on a judgement scale ("is judged to be inadequate"), or null. */
    Verdict judged(String text) {
        Pattern p = cues.get("judgement");
        if (p == null) {
            return null;
        }
        var m = p.matcher(text);
        while (m.find()) {
            Conventions.Grade grade = leadingGrade(m.group("grade"));
            if (grade != null && !earlier(text, m)) {
                return new Verdict(grade.rank() <= 2 ? "strength" : "concern", 0.9);
            }
        }
        return null;
    }

    /** The grade the words start with, longest first: "requires improvement to be good in ..." is the whole grade. */
    private Conventions.Grade leadingGrade(String words) {
        String[] w = words.strip().split("\\s+");
        for (int n = w.length; n > 0; n--) {
            Conventions.Grade grade = conventions.grade(String.join(" ", java.util.Arrays.copyOf(w, n)));
            if (grade != null) {
                return grade;
            }
        }
        return null;
    }

    /** The text with the verdicts of earlier inspections blanked out: they say nothing of the service now. */
    private String withoutEarlierVerdicts(String text) {
        Pattern p = cues.get("judgement");
        if (p == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        var m = p.matcher(text);
        while (m.find()) {
            if (leadingGrade(m.group("grade")) != null && earlier(text, m)) {
                for (int i = m.start(); i < m.end(); i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    /** "since the local authority was judged inadequate in July 2022": a verdict with a date, or after "since". */
    private static boolean earlier(String text, java.util.regex.MatchResult m) {
        String before = text.substring(Math.max(0, m.start() - 60), m.start()).toLowerCase(java.util.Locale.ROOT);
        String after = text.substring(m.start(), Math.min(text.length(), m.end() + 40)).toLowerCase(java.util.Locale.ROOT);
        return EARLIER.matcher(before).find() || EARLIER_AFTER.matcher(after).find();
    }

    private static double confidence(int winner, int loser) {
        return Math.min(0.95, 0.5 + 0.15 * (winner - loser));
    }

    private int count(String kind, String text) {
        Pattern p = cues.get(kind);
        if (p == null) {
            return 0;
        }
        int n = 0;
        var m = p.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
