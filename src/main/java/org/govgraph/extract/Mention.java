package org.govgraph.extract;

/**
 * One place where a report's text names a board, team, partner agency or leadership post of the {@link Gazetteer}.
 *
 * @param kind    {@code board}, {@code team}, {@code partner} or {@code role}; {@code authority} for the local
 *                authority itself, named by an abbreviation of the gazetteer's {@code local:} section ("PCC")
 * @param key     the gazetteer's generic key, e.g. {@code local-safeguarding-children-board}, {@code police}
 * @param name    the entry's readable name ("Police", "Powys People Direct")
 * @param sector  the partner's sector ({@code police}, {@code health}, ...); {@code null} for other kinds
 * @param surface the words as written, with each run of white space made one space and curly apostrophes made
 *                straight ("Dyfed-Powys Police", "IROs", "Team Around the Family")
 * @param start   offset of the first character in the text searched
 * @param end     offset just after the last character in the text searched
 */
public record Mention(String kind, String key, String name, String sector, String surface, int start, int end) {
}
