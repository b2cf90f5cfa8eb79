package org.govgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govgraph.extract.source.ReportReader;
import org.govgraph.extract.source.ReportText;

/**
 * From a report file to a draft: reads it ({@link ReportReader}: text in any common encoding, or a PDF), extracts
 * it ({@link ReportExtractor}) and carries the reader's warnings into the draft.
 */
public final class Extraction {

    /** The largest report read: a long inspection report is well under 1 MB of text or 5 MB of PDF. */
    public static final long MAX_REPORT_BYTES = 20L * 1024 * 1024;
    public static final int MAX_PDF_PAGES = 400;
    /** Text beyond this many characters is not segmented: no inspection report is that long. */
    public static final int MAX_TEXT_CHARS = 1_000_000;

    private final ReportReader reader = new ReportReader(MAX_REPORT_BYTES, MAX_PDF_PAGES);
    private final ReportExtractor extractor;

    public Extraction(ReportExtractor extractor) {
        this.extractor = extractor;
    }

    public static Extraction withGazetteers(List<Path> extraGazetteers) {
        return new Extraction(new ReportExtractor(Conventions.bundled(), Gazetteer.load(extraGazetteers)));
    }

    public Draft draft(Path file) {
        return draft(reader.read(file));
    }

    public Draft draft(String name, byte[] bytes) {
        return draft(reader.read(name, bytes));
    }

    private Draft draft(ReportText report) {
        String text = report.text();
        List<String> warnings = new ArrayList<>(report.warnings());
        if (text.length() > MAX_TEXT_CHARS) {
            warnings.add("only the first " + MAX_TEXT_CHARS + " characters of " + text.length() + " were read: "
                    + "no inspection report is that long");
            text = text.substring(0, MAX_TEXT_CHARS);
        }
        Draft draft = extractor.extract(report.name(), text, report.format());
        warnings.addAll(draft.warnings());
        return new Draft(draft.dataset(), draft.provenance(), draft.confidence(), warnings, draft.sourceName(),
                report.format() + ", " + report.charset() + (report.pages() > 0 ? ", " + report.pages() + " pages" : ""),
                draft.earlier());
    }
}
