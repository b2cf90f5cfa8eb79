package org.govgraph.extract.source;

import java.util.List;
import java.util.Objects;

/**
 * The text of one report as the extractor sees it, with how it was obtained.
 *
 * @param name     the file name the text came from
 * @param text     the normalised text: line endings are {@code \n}; for PDFs also without running headers and footers
 * @param format   {@code "text"} or {@code "pdf"}
 * @param charset  what the bytes were decoded as, e.g. {@code "UTF-8"}, {@code "UTF-8 with BOM"},
 *                 {@code "UTF-16LE with BOM"}, {@code "windows-1252"}; {@code "pdf"} for PDFs
 * @param pages    the number of pages of a PDF; 0 for text
 * @param warnings sentences for the person loading the report about what was guessed or removed
 */
public record ReportText(String name, String text, String format, String charset, int pages, List<String> warnings) {

    /** Format of plain-text reports. */
    public static final String TEXT = "text";
    /** Format of PDF reports. */
    public static final String PDF = "pdf";

    public ReportText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        warnings = List.copyOf(warnings);
    }
}
