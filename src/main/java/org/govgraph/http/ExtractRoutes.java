package org.govgraph.http;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.govgraph.extract.Draft;
import org.govgraph.extract.DraftWriter;
import org.govgraph.extract.Extraction;
import org.govgraph.query.InspectionReports;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/extract}: drafts a dataset from one report (text or PDF), for a person to review before it is
 * loaded with {@code POST /api/datasets}. Nothing is written. Send the report as a multipart field named
 * {@code file}, or as the raw body with {@code ?name=REPORT.pdf}. Answers 200 with the draft (the dataset format
 * plus its {@code extraction} and {@code extracted} blocks), or 400 naming the file and the problem.
 */
final class ExtractRoutes {

    private final Extraction extraction;
    private final InspectionReports reports;
    private final DraftWriter writer = new DraftWriter();
    private final long maxBytes;

    ExtractRoutes(Extraction extraction, InspectionReports reports, long maxBytes) {
        this.extraction = extraction;
        this.reports = reports;
        this.maxBytes = maxBytes;
    }

    void draft(Context ctx) throws IOException {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        String name;
        byte[] bytes;
        if (contentType.startsWith("multipart/form-data")) {
            List<UploadedFile> files;
            try {
                files = ctx.uploadedFiles("file");
            } catch (Exception e) { // Jetty's ServletException arrives unchecked through Kotlin
                throw new WebServer.BadRequest("cannot read the upload (one report of at most " + maxBytes + " bytes)");
            }
            if (files.size() != 1) {
                throw new WebServer.BadRequest("send one report as a multipart field named 'file', got " + files.size());
            }
            name = files.getFirst().filename();
            try (InputStream in = files.getFirst().content()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } else {
            name = ctx.queryParam("name");
            if (name == null || name.isBlank()) {
                throw new WebServer.BadRequest("name the report: POST /api/extract?name=REPORT.pdf (or .txt), "
                        + "or send it as a multipart field named 'file'");
            }
            try (InputStream in = ctx.bodyInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        }
        if (bytes.length > maxBytes) {
            throw new WebServer.BadRequest(name + ": larger than the limit of " + maxBytes + " bytes for one upload");
        }
        Draft draft;
        try {
            draft = extraction.draft(name, bytes).linkEarlier(reports::inspectionOn);
        } catch (StackOverflowError e) {
            // as on the command line: a text that breaks the extractor gets an answer naming it, and the server goes on
            throw new WebServer.BadRequest(name + ": the extractor could not read this text (too deeply repetitive)");
        }
        ObjectNode tree = writer.tree(draft);
        // say so when loading it would replace what another report says about the same inspection
        reports.otherReport(draft.dataset().inspection().id(), draft.dataset().report().id())
                .ifPresent(other -> ((ObjectNode) tree.get("extraction")).put("replaces_report", other));
        ctx.json(tree);
    }
}
