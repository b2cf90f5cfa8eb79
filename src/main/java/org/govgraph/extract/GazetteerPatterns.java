package org.govgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the proper-name patterns of the {@link Gazetteer} over a text: only near the words every match of a pattern
 * must contain when it has such words (far faster than a scan of the whole text), dropping the words a match may
 * have picked up before the name ("The", a heading or the end of the previous sentence) and trailing white space.
 */
final class GazetteerPatterns {

    /** Words a proper-name pattern may have picked up at the start of a sentence or clause ("The Dyfed-Powys Police"). */
    private static final Set<String> LEADING_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those", "both",
            "and", "or", "of", "in", "on", "at", "by", "for", "from", "to", "with", "within", "where", "when", "while",
            "whilst", "although", "however", "its", "their", "our", "his", "her", "each", "all", "new", "newly",
            "recent", "recently", "current", "currently", "former", "previous", "interim", "acting", "since", "as",
            "if", "through", "under", "following", "during", "after", "before", "between", "despite", "unlike",
            "summary", "introduction", "recommendations", "findings", "contents", "background");
    /** Leading words that may also be inside a name written with capitals ("Isle Of Wight", "Commissioner For ..."). */
    private static final Set<String> INNER_WORDS = Set.of("and", "of", "or", "for", "new", "in", "on", "the", "a");
    /** How far either side of its required words a proper-name pattern is run. */
    private static final int NEAR = 200;

    private GazetteerPatterns() {
    }

    /**
     * Words that every match of a regular expression contains, as written (case-sensitive), found outside its groups,
     * classes and optional parts: "Police" for {@code (?:[A-Z][a-z]+[- ])+Police}; {@code null} when there are none
     * of at least two characters, or the expression has a top-level alternative or a case-insensitive flag.
     */
    static String requiredLiteral(String regex) {
        if (regex.contains("(?i") || regex.contains("(?x") || regex.contains("\\Q")) {
            return null;
        }
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean literal = depth == 0 && (Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '&' || c == ',');
            if (literal) {
                run.append(c);
                continue;
            }
            if (depth == 0 && (c == '?' || c == '*' || c == '{') && !run.isEmpty()) {
                run.setLength(run.length() - 1);
            }
            if (run.toString().strip().length() > best.length()) {
                best = run.toString().strip();
            }
            run.setLength(0);
            switch (c) {
                case '\\' -> i++;
                case '(' -> depth++;
                case ')' -> depth--;
                case '[' -> {
                    for (i++; i < regex.length() && regex.charAt(i) != ']'; i++) {
                        if (regex.charAt(i) == '\\') {
                            i++;
                        }
                    }
                }
                case '{' -> {
                    while (i < regex.length() && regex.charAt(i) != '}') {
                        i++;
                    }
                }
                case '|' -> {
                    if (depth == 0) {
                        return null;
                    }
                }
                default -> {
                }
            }
        }
        if (run.toString().strip().length() > best.length()) {
            best = run.toString().strip();
        }
        return best.length() >= 2 ? best : null;
    }

    /** Adds the matches of an entry's patterns in a normalized text to {@code out}. */
    static void collect(GazetteerCompiled c, String s, List<GazetteerCandidate> out) {
        for (int k = 0; k < c.patterns.length; k++) {
            Pattern p = c.patterns[k];
            String literal = c.literals[k];
            Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            Matcher again = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            if (literal == null) {
                collect(c, s, m, again, 0, s.length(), out);
                continue;
            }
            // only near the words every match must contain ("Police", "Health Board"): far faster than a scan
            int done = 0;
            for (int at = s.indexOf(literal); at >= 0; at = s.indexOf(literal, Math.max(at + 1, done))) {
                int from = Math.max(done, at - NEAR);
                if (from > at) {
                    continue;
                }
                done = collect(c, s, m, again, from, Math.min(s.length(), at + literal.length() + NEAR), out);
            }
        }
    }

    /** The matches of a pattern between two offsets; returns where the last one ended. */
    private static int collect(GazetteerCompiled c, String s, Matcher m, Matcher again, int from, int to,
                               List<GazetteerCandidate> out) {
        m.region(from, to);
        int last = from;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            last = Math.max(last, end);
            if (end == start) {
                if (end >= to) {
                    break;
                }
                m.region(end + 1, to);
                continue;
            }
            // drop words before the name: "The" at the start, or a heading or sentence joined on by the
            // collapsed line breaks ("Summary Doncaster Safeguarding Children Board", "... Board The Local ...")
            boolean keep = true;
            boolean cut = true;
            while (keep && cut) {
                cut = false;
                for (int word = start, space; (space = s.indexOf(' ', word)) > 0 && space < end; word = space + 1) {
                    String w = s.substring(word, space);
                    String lower = w.toLowerCase(Locale.ROOT);
                    cut = LEADING_WORDS.contains(lower) && (word == start
                            || Character.isUpperCase(w.charAt(0)) && !INNER_WORDS.contains(lower));
                    if (cut) {
                        again.region(space + 1, to);
                        keep = again.lookingAt();
                        if (keep) {
                            start = again.start();
                            end = again.end();
                        }
                        break;
                    }
                }
            }
            while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            if (keep && end > start) {
                out.add(new GazetteerCandidate(start, end, c, 2));
            }
        }
        return last;
    }
}
