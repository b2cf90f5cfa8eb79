package org.govgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a word trie of the {@link Gazetteer}: the compiled entries whose phrase ends here and the nodes for the
 * next words, so that a phrase is looked up word by word from any word of a text.
 */
final class GazetteerTrie {
    Map<String, GazetteerTrie> next;
    List<GazetteerCompiled> ends;

    GazetteerTrie child(String word) {
        if (next == null) {
            next = new HashMap<>();
        }
        return next.computeIfAbsent(word, w -> new GazetteerTrie());
    }

    GazetteerTrie get(String word) {
        return next == null ? null : next.get(word);
    }

    void end(GazetteerCompiled c) {
        if (ends == null) {
            ends = new ArrayList<>(1);
        }
        if (!ends.contains(c)) {
            ends.add(c);
        }
    }
}
