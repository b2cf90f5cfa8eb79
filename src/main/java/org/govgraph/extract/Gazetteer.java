package org.govgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the boards, teams and services, partner agencies and leadership posts that a piece of report text names,
 * with their aliases and abbreviations, from a vocabulary in YAML: the bundled {@code govgraph/gazetteer.yaml}
 * (which documents the format and the rules against false positives) and any user files in the same format.
 *
 * <p>Names are matched case-insensitively and abbreviations case-sensitively, both as whole words, by walking two
 * word tries from every word of the text (so the cost does not grow with the size of the vocabulary); proper-name
 * patterns are regular expressions run over the text. Of overlapping matches the longest wins, then the leftmost.
 * An instance is immutable and safe to share between threads.
 *
 * <p>This class is the public face and resolves overlapping matches; the files are read and merged by
 * {@link GazetteerFiles}, compiled by {@link GazetteerIndex} and matched by {@link GazetteerVocabulary} and
 * {@link GazetteerPatterns}.
 */
public final class Gazetteer {

    /** The bundled vocabulary on the class path. */
    public static final String RESOURCE = "govgraph/gazetteer.yaml";

    private final GazetteerIndex index;

    private Gazetteer(GazetteerIndex index) {
        this.index = index;
    }

    /** The bundled vocabulary alone. */
    public static Gazetteer bundled() {
        return load(List.of());
    }

    /**
     * The bundled vocabulary extended by user files in the same format: an entry with a new key is added; one with an
     * existing key adds its names, abbreviations, patterns and exclusions, and replaces the name, sector, scope or kind
     * it gives.
     *
     * @throws IllegalArgumentException naming the file, the entry and the field, when a file cannot be read or is wrong
     */
    public static Gazetteer load(List<Path> extra) {
        GazetteerFiles files = new GazetteerFiles();
        files.readResource(RESOURCE);
        for (Path file : extra == null ? List.<Path>of() : extra) {
            files.readFile(file);
        }
        return new Gazetteer(GazetteerIndex.build(files.drafts(), files.authorityWords()));
    }

    /** Every entry, the bundled and user ones merged, those of the {@code local:} section last. */
    public List<GazetteerEntry> entries() {
        return index.entries();
    }

    /** The entry of that kind ({@code board}, {@code team}, {@code partner}, {@code role}) and key that applies everywhere. */
    public Optional<GazetteerEntry> entry(String kind, String key) {
        List<GazetteerCompiled> compiled = index.compiled(kind, key);
        return (compiled == null ? List.<GazetteerCompiled>of() : compiled).stream().filter(c -> !c.local)
                .map(c -> c.entry).findFirst();
    }

    /**
     * The mentions in a text, not overlapping, in the order of the text: of overlapping matches the longest wins,
     * then the leftmost; for the same words a name or abbreviation wins over a pattern, and the {@code local:} entries
     * of the report's authority over the general ones.
     *
     * @param text          any text, a sentence or a whole report
     * @param authorityName the name of the authority the report is about ("Powys County Council"), which switches on
     *                      the {@code local:} entries whose authority words it contains; may be {@code null}
     */
    public List<Mention> find(String text, String authorityName) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        GazetteerText normalized = GazetteerText.of(text);
        String s = normalized.text();
        GazetteerTokens tokens = GazetteerTokens.of(s);
        List<GazetteerCandidate> candidates = new ArrayList<>();
        for (GazetteerVocabulary v : index.vocabulariesFor(authorityName)) {
            v.collectWords(tokens, candidates);
            v.collectPatterns(s, candidates);
        }
        candidates.removeIf(c -> c.entry().excluded(s, c.start(), c.end()));
        candidates.sort(Comparator.comparingInt((GazetteerCandidate c) -> c.start() - c.end())
                .thenComparingInt(GazetteerCandidate::start)
                .thenComparing(c -> !c.entry().local)
                .thenComparingInt(GazetteerCandidate::source)
                .thenComparingInt(c -> c.entry().order));
        boolean[] taken = new boolean[s.length()];
        List<GazetteerCandidate> chosen = new ArrayList<>();
        for (GazetteerCandidate c : candidates) {
            boolean free = true;
            for (int i = c.start(); i < c.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = c.start(); i < c.end(); i++) {
                    taken[i] = true;
                }
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(GazetteerCandidate::start));
        List<Mention> mentions = new ArrayList<>(chosen.size());
        for (GazetteerCandidate c : chosen) {
            GazetteerEntry e = c.entry().entry;
            mentions.add(new Mention(e.kind(), e.key(), e.name(), e.sector(), s.substring(c.start(), c.end()),
                    normalized.offsets()[c.start()], normalized.offsets()[c.end() - 1] + 1));
        }
        return mentions;
    }

    /**
     * Whether a mention names one particular body ("Dyfed-Powys Police", "Cumbria Safeguarding Children Board") rather
     * than a kind of body ("the police", "Local Safeguarding Children Board", "LSCB"): its words match one of its
     * entry's proper-name patterns, are more than one word and are not one of the entry's names.
     */
    public boolean isProperName(Mention mention) {
        List<GazetteerCompiled> compiled = index.compiled(mention.kind(), mention.key());
        if (compiled == null) {
            return false;
        }
        String surface = GazetteerText.of(mention.surface()).text().strip();
        if (surface.indexOf(' ') < 0) {
            return false;
        }
        String key = GazetteerTokens.of(surface).joinedKeys();
        if (compiled.stream().anyMatch(c -> c.nameKeys.contains(key))) {
            return false;
        }
        return compiled.stream().flatMap(c -> Arrays.stream(c.patterns)).anyMatch(p -> p.matcher(surface).matches());
    }
}
