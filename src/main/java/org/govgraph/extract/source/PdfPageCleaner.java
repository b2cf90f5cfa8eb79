package org.govgraph.extract.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of each page of a PDF into one text: characters normalised (private-use bullets, ligatures,
 * non-breaking spaces), running headers, footers and page numbers removed, pages joined, and words hyphenated
 * across a line end rejoined where the document itself spells them without the hyphen.
 */
final class PdfPageCleaner {

    /** How many non-blank lines at the top and at the bottom of a page may be running headers or footers. */
    private static final int EDGE_LINES = 3;
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?i)(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–]\\s*\\d{1,4}\\s*[-–]");
    private static final Pattern NUMBER_ONLY = Pattern.compile("\\d{1,3}");
    private static final Pattern PRIVATE_USE_BULLET = Pattern.compile("^[\\uE000-\\uF8FF]\\s*");
    private static final Pattern PRIVATE_USE = Pattern.compile("[\\uE000-\\uF8FF]");
    private static final Pattern PARAGRAPH_END = Pattern.compile(".*[.!?][\"'’”)\\]]*");
    private static final Pattern HYPHEN_AT_END = Pattern.compile("([\\p{L}\\d]+)([-\\u2010\\u00AD])$");
    private static final Pattern WORD_START = Pattern.compile("^([\\p{L}\\d]\\p{L}*)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-'’]\\p{L}+)*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** The cleaned text and what was removed or left in doubt. */
    record Result(String text, List<String> warnings) {
    }

    private PdfPageCleaner() {
    }

    static Result clean(List<String> rawPages) {
        List<String> warnings = new ArrayList<>();
        List<List<String>> pages = new ArrayList<>();
        for (String page : rawPages) {
            pages.add(lines(page));
        }
        removeRunningLines(pages, warnings);
        pages.forEach(PdfPageCleaner::joinFootnoteMarkers);
        List<String> lines = joinPages(pages);
        rejoinHyphenated(lines);
        String text = String.join("\n", lines).replace("\u00AD", "") + "\n";
        long privateUse = PRIVATE_USE.matcher(text).results().count();
        if (privateUse > 0) {
            warnings.add("kept " + privateUse + " private-use characters that the PDF's fonts do not map to"
                    + " Unicode; they show as boxes or nothing");
        }
        return new Result(text, warnings);
    }

    /** The lines of a page, characters normalised, spaces collapsed, private-use bullets made "• ". */
    private static List<String> lines(String page) {
        List<String> lines = new ArrayList<>();
        for (String raw : normaliseCharacters(page).split("\n", -1)) {
            String line = SPACES.matcher(raw).replaceAll(" ").strip();
            lines.add(PRIVATE_USE_BULLET.matcher(line).replaceFirst("• "));
        }
        return lines;
    }

    private static String normaliseCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u00A0', '\u2007', '\u202F' -> out.append(' ');
                case '\u200B', '\uFEFF', '\r' -> { }
                case '\uFB00' -> out.append("ff");
                case '\uFB01' -> out.append("fi");
                case '\uFB02' -> out.append("fl");
                case '\uFB03' -> out.append("ffi");
                case '\uFB04' -> out.append("ffl");
                case '\uFB05', '\uFB06' -> out.append("st");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Counts of how many pages a removed running line was taken from, and one example of it. */
    private static final class Removed {
        final String kind;
        final String example;
        int pages;

        Removed(String kind, String example) {
            this.kind = kind;
            this.example = example;
        }
    }

    private static void removeRunningLines(List<List<String>> pages, List<String> warnings) {
        int n = pages.size();
        Set<String> headers = frequentEdgeLines(pages, true);
        Set<String> footers = frequentEdgeLines(pages, false);
        Map<String, Removed> removed = new LinkedHashMap<>();
        int numbered = 0;
        for (List<String> page : pages) {
            Set<Removed> onThisPage = new java.util.HashSet<>();
            boolean top = trimEdge(page, true, headers, removed, onThisPage);
            boolean bottom = trimEdge(page, false, footers, removed, onThisPage);
            onThisPage.forEach(r -> r.pages++); // a page counts once, however many of its lines went
            numbered += top || bottom ? 1 : 0;
        }
        for (Removed r : removed.values()) {
            warnings.add("removed a running " + r.kind + " repeated on " + r.pages + " of " + n + " pages: '"
                    + r.example + "'");
        }
        if (numbered > 0) {
            warnings.add("removed page numbers from " + numbered + " of " + n + " pages");
        }
    }

    /** Lines (digits as '#') among the first or last few of at least half the pages, and of two at least. */
    private static Set<String> frequentEdgeLines(List<List<String>> pages, boolean top) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> keys = new HashSet<>();
            for (String line : edgeLines(page, top)) {
                if (!PAGE_NUMBER.matcher(line).matches()) {
                    keys.add(key(line));
                }
            }
            keys.forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        Set<String> frequent = new HashSet<>();
        counts.forEach((key, count) -> {
            if (count >= 2 && 2 * count >= pages.size()) {
                frequent.add(key);
            }
        });
        return frequent;
    }

    private static List<String> edgeLines(List<String> page, boolean top) {
        List<String> edge = new ArrayList<>();
        for (int k = 0; k < page.size() && edge.size() < EDGE_LINES; k++) {
            String line = page.get(top ? k : page.size() - 1 - k);
            if (!line.isEmpty()) {
                edge.add(line);
            }
        }
        return edge;
    }

    private static String key(String line) {
        return DIGITS.matcher(line).replaceAll("#");
    }

    /** Removes running lines and page numbers from one edge of a page; true if a page number was removed. */
    private static boolean trimEdge(List<String> page, boolean top, Set<String> running,
            Map<String, Removed> removed, Set<Removed> onThisPage) {
        boolean pageNumber = false;
        int seen = 0;
        int i = top ? 0 : page.size() - 1;
        while (i >= 0 && i < page.size() && seen < EDGE_LINES) {
            String line = page.get(i);
            if (line.isEmpty()) {
                i += top ? 1 : -1;
                continue;
            }
            seen++;
            if (PAGE_NUMBER.matcher(line).matches()) {
                pageNumber = true;
            } else if (running.contains(key(line))) {
                onThisPage.add(removed.computeIfAbsent((top ? "T" : "B") + key(line),
                        k -> new Removed(top ? "header" : "footer", line)));
            } else {
                break;
            }
            page.remove(i);
            i -= top ? 0 : 1;
        }
        return pageNumber;
    }

    /** A footnote's number set as a superscript lands on a line of its own: put it back before its text. */
    private static void joinFootnoteMarkers(List<String> page) {
        for (int i = 0; i + 1 < page.size(); i++) {
            String next = page.get(i + 1);
            if (NUMBER_ONLY.matcher(page.get(i)).matches() && !next.isEmpty()
                    && Character.isUpperCase(next.charAt(0))) {
                page.set(i, page.get(i) + " " + next);
                page.remove(i + 1);
            }
        }
    }

    /** Pages joined by a line break, or by a blank line when a page ends a paragraph; blank runs collapsed. */
    private static List<String> joinPages(List<List<String>> pages) {
        List<String> out = new ArrayList<>();
        for (List<String> page : pages) {
            List<String> body = new ArrayList<>();
            for (String line : page) {
                boolean blank = line.isEmpty();
                if (!blank || (!body.isEmpty() && !body.getLast().isEmpty())) {
                    body.add(line);
                }
            }
            while (!body.isEmpty() && body.getLast().isEmpty()) {
                body.removeLast();
            }
            if (body.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && PARAGRAPH_END.matcher(out.getLast()).matches()) {
                out.add("");
            }
            out.addAll(body);
        }
        return out;
    }

    /**
     * Puts a word split at a line-end hyphen back together on the first line. "commiss-" + "ioning" becomes
     * "commissioning" when the document spells that word without the hyphen elsewhere and never with it;
     * otherwise the hyphen is real and kept ("multi-" + "agency" = "multi-agency", "post-" + "16"). Soft
     * hyphens always join.
     */
    private static void rejoinHyphenated(List<String> lines) {
        Map<String, Integer> words = new HashMap<>();
        for (String line : lines) {
            WORD.matcher(line).results().forEach(m -> words.merge(m.group().toLowerCase(Locale.ROOT), 1,
                    Integer::sum));
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            Matcher end = HYPHEN_AT_END.matcher(line);
            String next = lines.get(i + 1);
            Matcher start = WORD_START.matcher(next);
            if (!end.find() || !start.find()) {
                continue;
            }
            boolean join = end.group(2).equals("\u00AD") || spelledWithoutHyphen(end.group(1), start.group(1),
                    words);
            int space = next.indexOf(' ');
            String moved = space < 0 ? next : next.substring(0, space);
            String rest = space < 0 ? "" : next.substring(space + 1);
            lines.set(i, (join ? line.substring(0, line.length() - 1) : line) + moved);
            if (rest.isEmpty()) {
                lines.remove(i + 1);
            } else {
                lines.set(i + 1, rest);
            }
            i--; // the moved word may itself end in a hyphen
        }
    }

    /** True for lower-case halves ("commiss", "ioning") that the document joins elsewhere and never hyphenates. */
    private static boolean spelledWithoutHyphen(String before, String after, Map<String, Integer> words) {
        if (!Character.isLowerCase(before.charAt(before.length() - 1)) || !Character.isLowerCase(after.charAt(0))) {
            return false;
        }
        String head = before.toLowerCase(Locale.ROOT);
        String tail = after.toLowerCase(Locale.ROOT);
        return words.containsKey(head + tail) && !words.containsKey(head + "-" + tail);
    }
}
