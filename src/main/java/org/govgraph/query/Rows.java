package org.govgraph.query;

import java.util.List;
import org.neo4j.driver.Record;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Turns driver records into the query layer's records, so raw maps never leave this package. */
final class Rows {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Rows() {
    }

    /** A record built from one column of a row holding a map. */
    static <T> T as(Record row, String column, Class<T> type) {
        return MAPPER.convertValue(row.get(column).asMap(), type);
    }

    /** A record built from the whole row. */
    static <T> T as(Record row, Class<T> type) {
        return MAPPER.convertValue(row.asMap(), type);
    }

    /** Records built from a column holding a list of maps. */
    static <T> List<T> list(Record row, String column, Class<T> type) {
        return row.get(column).asList(v -> MAPPER.convertValue(v.asMap(), type));
    }
}
