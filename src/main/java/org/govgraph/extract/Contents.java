package org.govgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's own table of contents, as its text leaves it ("The local authority 3", "Summary of findings 3",
 * "Inspection judgement about the LSCB 37"): the outline the report gives itself. An entry on a page of its own
 * heads a part of the report; an entry on the same page as the one before it is a part of that one. Each heading of
 * the body is matched with the entry of the same words, in order, so a name that recurs ("The local authority" as a
 * part on page 3 and under "What the inspection judgements mean" on page 42) is placed each time as listed.
 */
final class Contents {

    /** "Summary of findings 3", several to a line where the text ran them together. */
    private static final Pattern ENTRY = Pattern.compile("\\G\\s*(\\S.{1,120}?)(?:\\s*\\.{2,}\\s*|\\s+)(\\d{1,3})(?=\\s+\\S|\\s*$)");

    private record Entry(String words, boolean part) {
    }

    private final List<Entry> entries;
    private final int first;
    private final int last;
    private final Map<String, Integer> used = new HashMap<>();

    private Contents(List<Entry> entries, int first, int last) {
        this.entries = entries;
        this.first = first;
        this.last = last;
    }

    /** The contents of a report: the entries of the blocks after its "Contents" heading, or none. */
    static Contents of(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() != Block.Kind.HEADING || !isContentsHeading(blocks.get(i).text())) {
                continue;
            }
            List<Entry> entries = new ArrayList<>();
            String lastPage = null;
            int j = i + 1;
            for (; j < blocks.size(); j++) {
                Block b = blocks.get(j);
                List<String[]> found = entries(b.number() != null && b.kind() != Block.Kind.HEADING ? b.number() + ". " + b.text() : b.text());
                if (found.isEmpty()) {
                    break;
                }
                for (String[] e : found) {
                    entries.add(new Entry(key(e[0]), !e[1].equals(lastPage)));
                    lastPage = e[1];
                }
            }
            return new Contents(entries, i, j - 1);
        }
        return new Contents(List.of(), -1, -1);
    }

    static boolean isContentsHeading(String heading) {
        return Conventions.bare(heading).matches("(?i)(?:table of )?contents(?: page)?");
    }

    /** Whether block {@code index} is the contents heading or one of its entries. */
    boolean holds(int index) {
        return index >= first && index <= last && first >= 0;
    }

    /** Whether the heading is a part of the report as its contents list it (null when the contents do not list it). */
    Boolean part(String heading) {
        String key = key(heading);
        int seen = used.getOrDefault(key, 0);
        int n = 0;
        for (Entry e : entries) {
            if (e.words().equals(key) && n++ == seen) {
                used.put(key, seen + 1);
                return e.part();
            }
        }
        return null;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    private static List<String[]> entries(String text) {
        List<String[]> found = new ArrayList<>();
        Matcher m = ENTRY.matcher(text);
        int end = 0;
        while (m.find()) {
            found.add(new String[] {m.group(1), m.group(2)});
            end = m.end();
        }
        // the whole block, or several entries that ran into the body's first heading ("... the LSCB 37 Section 1: ...")
        return end >= text.strip().length() - 1 || found.size() >= 2 ? found : List.of();
    }

    private static String key(String words) {
        // "Information about this local authority area2": a footnote's number glued to the last word is not a word
        // and "1. Introduction" in the contents is "Introduction" or "1. Introduction" in the body: numbers aside
        return Conventions.bare(words).replace('\u2019', '\'').replaceAll("\\s+", " ").strip().replaceAll("(?<=[a-z])\\d{1,2}$", "")
                .replaceAll("[ .]+$", "").replaceFirst("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+", "").toLowerCase(Locale.ROOT);
    }
}
