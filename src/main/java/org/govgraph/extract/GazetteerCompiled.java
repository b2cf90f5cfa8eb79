package org.govgraph.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@link GazetteerEntry} made ready for matching: its proper-name patterns compiled with the words each requires,
 * its exclusions compiled, the keys of its names, its place in the merged order and whether it is a local entry; and
 * the check of whether an exclusion drops a mention of it.
 */
final class GazetteerCompiled {
    /** How far either side of a mention its entry's exclusions look. */
    private static final int WINDOW = 60;

    final GazetteerEntry entry;
    final Pattern[] patterns;
    final String[] literals;
    final Pattern[] exclude;
    final Set<String> nameKeys = new HashSet<>();
    final int order;
    final boolean local;

    GazetteerCompiled(GazetteerEntry entry, int order) {
        this.entry = entry;
        this.order = order;
        this.local = entry.authority() != null;
        this.patterns = entry.patterns().stream().map(Pattern::compile).toArray(Pattern[]::new);
        this.literals = entry.patterns().stream().map(GazetteerPatterns::requiredLiteral).toArray(String[]::new);
        this.exclude = entry.exclude().stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toArray(Pattern[]::new);
    }

    /** Whether one of the exclusions matches a stretch of text near the mention that overlaps it. */
    boolean excluded(String s, int start, int end) {
        for (Pattern p : exclude) {
            Matcher m = p.matcher(s);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            m.region(Math.max(0, start - WINDOW), Math.min(s.length(), end + WINDOW));
            while (m.find()) {
                if (m.start() < end && m.end() > start) {
                    return true;
                }
                if (m.start() >= end) {
                    break;
                }
            }
        }
        return false;
    }
}
