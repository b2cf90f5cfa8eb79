package org.govgraph.ingest.synthetic;

import java.util.List;

/**
 * A seed's words with the names of the seed's authority and police force cut out: {@code parts} are the words
 * between the names and {@code slots} says, gap by gap, which name was there ({@code a} the authority, {@code p} a
 * police force). A rendering puts a synthetic authority's name and its region's force in the gaps, so "Cumbria's
 * schools" reads "Synthetic Authority 017's schools" and no generated text speaks of a real council or force.
 */
record Template(List<String> parts, String slots) {

    static final char AUTHORITY = 'a';
    static final char POLICE = 'p';

    Template {
        parts = List.copyOf(parts);
        if (parts.isEmpty() || slots.length() != parts.size() - 1
                || !slots.chars().allMatch(c -> c == AUTHORITY || c == POLICE)) {
            throw new IllegalArgumentException("a template has one slot, authority or police, between each two parts");
        }
    }

    String render(SyntheticAuthority authority) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        var text = new StringBuilder(parts.getFirst());
        for (int i = 1; i < parts.size(); i++) {
            text.append(slots.charAt(i - 1) == POLICE ? authority.police() : authority.name()).append(parts.get(i));
        }
        return text.toString();
    }
}
