package org.govgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References to earlier inspections of the same authority ("a previous inspection in July 2017", "the last
 * inspection in 2018", "the inspection in April 2012"): the date as written, the sentence and its reference. The
 * loader links an inspection to an earlier one only when that one is in the graph, so these travel in the draft and
 * become {@code follows_up} where the graph has the inspection.
 */
final class EarlierInspections {

    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(?:last|previous|earlier|prior|further|first|"
            + "the|an?)\\s+(?:[\\w-]+\\s+){0,4}?(?:inspection|focused visit|monitoring visit)s?\\b[^.;]{0,40}?\\b(?:in|of|during|dated)\\s+"
            + "((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?(?:19|20)\\d{2})\\b");

    /** One reference: the date (2017-07 or 2018), the words, and where the report says it. */
    record Reference(String date, String words, String quote, String ref) {
    }

    private EarlierInspections() {
    }

    /** Every earlier date referred to, once, before {@code currentStart} (the fieldwork start of this inspection). */
    static List<Reference> find(List<Outline.Placed> placed, String currentStart) {
        Map<String, Reference> byDate = new LinkedHashMap<>();
        for (Outline.Placed p : placed) {
            Block block = p.block();
            if (!block.isItem()) {
                continue;
            }
            Matcher m = REFERENCE.matcher(block.text());
            while (m.find()) {
                Dates.Span span = Dates.first(m.group(1));
                String date = span != null ? span.start() : m.group(1);
                if (currentStart != null && date.compareTo(currentStart.substring(0, Math.min(date.length(), currentStart.length()))) >= 0) {
                    continue; // not earlier than this inspection
                }
                String ref = block.number() != null ? (block.number().contains(".") ? block.number() : "paragraph " + block.number())
                        : (p.innermost().isEmpty() ? "" : p.innermost() + ", ") + "line " + block.firstLine();
                byDate.putIfAbsent(date, new Reference(date, m.group().strip(), Sentences.around(block.text(), m.start()), ref));
            }
        }
        return new ArrayList<>(byDate.values());
    }
}
