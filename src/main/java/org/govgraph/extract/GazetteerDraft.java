package org.govgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One entry of the {@link Gazetteer} while the YAML files are read and merged: the fields a later file may replace
 * and the names, abbreviations, patterns and exclusions it may add to, in first-seen order without repeats, until
 * it is turned into a {@link GazetteerEntry}.
 */
final class GazetteerDraft {
    final String kind;
    final String key;
    final String authority;
    String name;
    String sector;
    String scope;
    String type;
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> abbreviations = new LinkedHashSet<>();
    final Set<String> patterns = new LinkedHashSet<>();
    final Set<String> exclude = new LinkedHashSet<>();

    GazetteerDraft(String kind, String key, String authority) {
        this.kind = kind;
        this.key = key;
        this.authority = authority;
    }

    GazetteerEntry entry() {
        return new GazetteerEntry(kind, key, name, sector, scope, type, List.copyOf(names), List.copyOf(abbreviations),
                List.copyOf(patterns), List.copyOf(exclude), authority);
    }
}
