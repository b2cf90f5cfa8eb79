package org.govgraph.support;

import java.util.List;
import org.govgraph.ingest.DatasetSource;
import org.govgraph.ingest.SeedDatasets;

/** The bundled seed datasets, for tests. */
public final class Seeds {

    private Seeds() {
    }

    public static List<DatasetSource> all() {
        return SeedDatasets.all(5L << 20);
    }

    /** One bundled dataset by file name, e.g. {@code powys-2017-07.yaml}. */
    public static DatasetSource named(String file) {
        return all().stream().filter(s -> s.name().endsWith("/" + file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed dataset " + file));
    }
}
