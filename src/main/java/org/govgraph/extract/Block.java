package org.govgraph.extract;

/**
 * One unit of a report's text: a heading, a paragraph, a bullet, a numbered paragraph or a table row, with where
 * it stands in the text (character offsets and 1-based lines, end exclusive).
 *
 * @param number the report's own number of the paragraph ("2.6", "48"), or null
 * @param text the words, lines joined by spaces, list markers and Markdown emphasis left out
 * @param level for a heading, its rank (1 the highest); for a bullet, its indentation
 */
public record Block(Kind kind, String number, String text, int start, int end, int firstLine, int lastLine,
                   int level) {

    public enum Kind { HEADING, PARAGRAPH, BULLET, NUMBERED, TABLE_ROW }

    public boolean isItem() {
        return kind == Kind.PARAGRAPH || kind == Kind.BULLET || kind == Kind.NUMBERED;
    }
}
