package org.govgraph.extract;

import java.util.List;

/**
 * One entry of the {@link Gazetteer}, after the bundled vocabulary and any user files are merged.
 *
 * @param kind          {@code board}, {@code team}, {@code partner}, {@code role} or {@code authority}
 * @param key           generic key, unique within its kind
 * @param name          readable name
 * @param sector        partners: police, health, camhs, education, housing, youth_justice, third_sector, advocacy,
 *                      audit, courts or other; {@code null} otherwise
 * @param scope         boards: local, regional or national; {@code null} otherwise
 * @param type          the YAML's {@code kind}: the board's, team's or post's kind (e.g. {@code safeguarding_board},
 *                      {@code front_door}, {@code director_of_social_services}); may be {@code null}
 * @param names         phrases matched case-insensitively as whole words
 * @param abbreviations words matched case-sensitively, with a plural or possessive "s" allowed
 * @param patterns      Java regular expressions for proper names, matched as written
 * @param exclude       Java regular expressions, case-insensitive, for the contexts in which a mention is dropped
 * @param authority     for an entry of the {@code local:} section, the words its authority's name must contain;
 *                      {@code null} for entries that apply to every report
 */
public record GazetteerEntry(String kind, String key, String name, String sector, String scope, String type,
                             List<String> names, List<String> abbreviations, List<String> patterns,
                             List<String> exclude, String authority) {

    public GazetteerEntry {
        names = List.copyOf(names);
        abbreviations = List.copyOf(abbreviations);
        patterns = List.copyOf(patterns);
        exclude = List.copyOf(exclude);
    }
}
