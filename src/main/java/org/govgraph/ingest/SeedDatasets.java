package org.govgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The curated datasets of the five seed reports (and the earlier inspection one of them describes),
 * shipped in the jar under {@code datasets/} and listed in {@code datasets/index.txt}.
 */
public final class SeedDatasets {

    private static final String INDEX = "datasets/index.txt";

    private SeedDatasets() {
    }

    /** The bundled datasets as sources, in the order of the index. */
    public static List<DatasetSource> all(long maxBytes) {
        List<DatasetSource> sources = new ArrayList<>();
        for (String name : names()) {
            try (InputStream in = resource("datasets/" + name)) {
                sources.add(DatasetSource.read("datasets/" + name, in, maxBytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    /** File names listed in the index. */
    public static List<String> names() {
        try (InputStream in = resource(INDEX)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SeedDatasets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing from the class path: " + name);
        }
        return in;
    }
}
