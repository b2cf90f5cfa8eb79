package org.govgraph.extract;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sentences of a passage, with the JDK's sentence breaker (which knows abbreviations and decimal points). */
final class Sentences {

    record Sentence(String text, int start, int end) {
    }

    private Sentences() {
    }

    static List<Sentence> of(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.UK);
        it.setText(text);
        List<Sentence> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = text.substring(start, end).strip();
            if (!s.isEmpty()) {
                out.add(new Sentence(s, start, end));
            }
        }
        return out;
    }

    /** The sentence of {@code text} that holds the character at {@code at}. */
    static String around(String text, int at) {
        for (Sentence s : of(text)) {
            if (at >= s.start() && at < s.end()) {
                return s.text();
            }
        }
        return text;
    }
}
