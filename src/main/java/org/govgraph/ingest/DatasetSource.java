package org.govgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The raw bytes of one dataset file and the name to report problems under.
 * Reading stops one byte past {@code maxBytes}, so an oversized file is refused without being held whole.
 */
public record DatasetSource(String name, byte[] bytes, boolean truncated) {

    public DatasetSource {
        // the name reaches logs and messages: no line breaks or other control characters in it
        name = name == null || name.isBlank() ? "(unnamed)" : name.replaceAll("\\p{Cntrl}", "?");
    }

    /** Reads a file from disk, at most {@code maxBytes + 1} bytes of it. */
    public static DatasetSource read(Path file, long maxBytes) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a stream, at most {@code maxBytes + 1} bytes of it. */
    public static DatasetSource read(String name, InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return new DatasetSource(name, bytes, bytes.length > maxBytes);
    }
}
