package org.govgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The compiled entries that apply to every report, or those of one authority (with the pattern its name must
 * match), arranged for matching: a word trie of the names (case-insensitive), one of the abbreviations (as written,
 * allowing a plural or possessive "s") and the entries with proper-name patterns; and the collection of the
 * candidates they find in a text.
 */
final class GazetteerVocabulary {
    final Pattern authority;
    final GazetteerTrie names = new GazetteerTrie();
    final GazetteerTrie abbreviations = new GazetteerTrie();
    final List<GazetteerCompiled> patterned = new ArrayList<>();

    GazetteerVocabulary(Pattern authority) {
        this.authority = authority;
    }

    void add(GazetteerCompiled c) {
        for (String name : c.entry.names()) {
            addName(c, name);
            if (name.indexOf('-') >= 0) {
                addName(c, name.replace("-", ""));
            }
        }
        for (String abbreviation : c.entry.abbreviations()) {
            GazetteerTrie node = abbreviations;
            for (String raw : GazetteerTokens.of(GazetteerText.of(abbreviation).text()).raws()) {
                node = node.child(raw);
            }
            node.end(c);
        }
        if (c.patterns.length > 0) {
            patterned.add(c);
        }
    }

    private void addName(GazetteerCompiled c, String name) {
        GazetteerTokens t = GazetteerTokens.of(GazetteerText.of(name).text());
        GazetteerTrie node = names;
        for (int i = 0; i < t.size; i++) {
            node = node.child(t.keys[i]);
        }
        node.end(c);
        c.nameKeys.add(t.joinedKeys());
    }

    void collectWords(GazetteerTokens t, List<GazetteerCandidate> out) {
        for (int i = 0; i < t.size; i++) {
            GazetteerTrie node = names;
            for (int j = i; j < t.size && (node = node.get(t.keys[j])) != null; j++) {
                if (node.ends != null) {
                    for (GazetteerCompiled c : node.ends) {
                        out.add(new GazetteerCandidate(t.starts[i], t.ends[j], c, 0));
                    }
                }
            }
            node = abbreviations;
            for (int j = i; j < t.size && node != null; j++) {
                GazetteerTrie exact = node.get(t.raws[j]);
                GazetteerTrie found = exact != null && exact.ends != null ? exact : node.get(GazetteerTokens.singular(t.raws[j]));
                if (found != null && found.ends != null) {
                    for (GazetteerCompiled c : found.ends) {
                        out.add(new GazetteerCandidate(t.starts[i], t.ends[j], c, 1));
                    }
                }
                node = exact;
            }
        }
    }

    void collectPatterns(String s, List<GazetteerCandidate> out) {
        for (GazetteerCompiled c : patterned) {
            GazetteerPatterns.collect(c, s, out);
        }
    }
}
