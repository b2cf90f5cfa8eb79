package org.govgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The merged entries of the {@link Gazetteer} compiled for matching: the vocabulary that applies to every report,
 * one vocabulary per authority of the {@code local:} section, and the compiled entries by kind and key; with the
 * choice, cached by authority name, of the vocabularies that apply to a report. Immutable once built, apart from
 * that thread-safe cache.
 */
final class GazetteerIndex {
    private final List<GazetteerEntry> entries;
    private final GazetteerVocabulary global;
    private final List<GazetteerVocabulary> locals;
    private final Map<String, List<GazetteerCompiled>> byKindAndKey;
    private final Map<String, List<GazetteerVocabulary>> localsByAuthority = new ConcurrentHashMap<>();

    private GazetteerIndex(List<GazetteerEntry> entries, GazetteerVocabulary global, List<GazetteerVocabulary> locals,
                           Map<String, List<GazetteerCompiled>> byKindAndKey) {
        this.entries = List.copyOf(entries);
        this.global = global;
        this.locals = List.copyOf(locals);
        this.byKindAndKey = Map.copyOf(byKindAndKey);
    }

    /**
     * Compiles merged drafts.
     *
     * @param drafts         drafts by authority words ("" for the general entries), then by kind and key
     * @param authorityWords the authority words as written, by their lower-case form used in {@code drafts}
     */
    static GazetteerIndex build(Map<String, Map<String, GazetteerDraft>> drafts, Map<String, String> authorityWords) {
        List<GazetteerEntry> entries = new ArrayList<>();
        GazetteerVocabulary global = new GazetteerVocabulary(null);
        List<GazetteerVocabulary> locals = new ArrayList<>();
        Map<String, List<GazetteerCompiled>> byKindAndKey = new HashMap<>();
        int order = 0;
        for (Map.Entry<String, Map<String, GazetteerDraft>> scope : drafts.entrySet()) {
            GazetteerVocabulary vocabulary = global;
            if (!scope.getKey().isEmpty()) {
                String words = authorityWords.get(scope.getKey());
                String regex = "(?<![\\p{L}\\p{N}])" + String.join("[\\s-]+",
                        Arrays.stream(words.split("[\\s-]+")).map(Pattern::quote).toList()) + "(?![\\p{L}\\p{N}])";
                vocabulary = new GazetteerVocabulary(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                locals.add(vocabulary);
            }
            for (GazetteerDraft draft : scope.getValue().values()) {
                GazetteerEntry entry = draft.entry();
                GazetteerCompiled compiled = new GazetteerCompiled(entry, order++);
                vocabulary.add(compiled);
                entries.add(entry);
                byKindAndKey.computeIfAbsent(entry.kind() + ":" + entry.key(), k -> new ArrayList<>()).add(compiled);
            }
        }
        return new GazetteerIndex(entries, global, locals, byKindAndKey);
    }

    /** Every entry, in the merged order. */
    List<GazetteerEntry> entries() {
        return entries;
    }

    /** The compiled entries of that kind and key, general and local; {@code null} when there are none. */
    List<GazetteerCompiled> compiled(String kind, String key) {
        return byKindAndKey.get(kind + ":" + key);
    }

    /** The general vocabulary followed by those of the authorities whose words the authority name contains. */
    List<GazetteerVocabulary> vocabulariesFor(String authorityName) {
        List<GazetteerVocabulary> vocabularies = new ArrayList<>();
        vocabularies.add(global);
        vocabularies.addAll(localsFor(authorityName));
        return vocabularies;
    }

    private List<GazetteerVocabulary> localsFor(String authorityName) {
        if (authorityName == null || authorityName.isBlank() || locals.isEmpty()) {
            return List.of();
        }
        return localsByAuthority.computeIfAbsent(authorityName, name -> locals.stream()
                .filter(v -> v.authority.matcher(name).find()).toList());
    }
}
