package org.govgraph.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.govgraph.ingest.DatasetLoader;
import org.govgraph.ingest.DatasetSource;

/**
 * {@code POST /api/datasets}: loads dataset files, all or nothing. Send them as multipart form fields
 * named {@code file} (one or several), or one file as the raw body with {@code ?name=FILE.yaml}.
 * Answers 201 with what was written, or 400 with every problem and nothing written.
 */
final class DatasetRoutes {

    /** The most files one upload may carry. */
    static final int MAX_FILES = 50;

    private final DatasetLoader loader;
    private final long maxBytes;

    DatasetRoutes(DatasetLoader loader, long maxBytes) {
        this.loader = loader;
        this.maxBytes = maxBytes;
    }

    void upload(Context ctx) throws IOException {
        List<DatasetSource> sources = new ArrayList<>();
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if (contentType.startsWith("multipart/form-data")) {
            List<UploadedFile> files;
            try {
                files = ctx.uploadedFiles("file");
            } catch (Exception e) { // Jetty's ServletException arrives unchecked through Kotlin
                throw new WebServer.BadRequest("cannot read the multipart upload: " + rootMessage(e)
                        + " (each file at most " + maxBytes + " bytes, at most " + MAX_FILES + " files)");
            }
            if (files.size() > MAX_FILES) {
                throw new WebServer.BadRequest("at most " + MAX_FILES + " files in one upload, got " + files.size());
            }
            for (UploadedFile file : files) {
                try (InputStream in = file.content()) {
                    sources.add(DatasetSource.read(file.filename(), in, maxBytes));
                }
            }
            if (sources.isEmpty()) {
                throw new WebServer.BadRequest("no files: send each dataset as a multipart field named 'file'");
            }
        } else {
            String name = ctx.queryParam("name");
            if (name == null || name.isBlank()) {
                throw new WebServer.BadRequest("name the file: POST /api/datasets?name=FILE.yaml (or .json), "
                        + "or send multipart fields named 'file'");
            }
            if (ctx.contentLength() > maxBytes) {
                throw new WebServer.BadRequest(name + ": file is larger than the limit of " + maxBytes + " bytes");
            }
            try (InputStream in = ctx.bodyInputStream()) {
                sources.add(DatasetSource.read(name, in, maxBytes));
            }
        }
        ctx.status(HttpStatus.CREATED).json(loader.load(sources));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
