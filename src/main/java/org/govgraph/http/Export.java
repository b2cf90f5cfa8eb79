package org.govgraph.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Every answer as JSON (the default) or as CSV ({@code ?format=csv} or {@code Accept: text/csv}). Each route
 * says how its answer becomes rows; lists inside a cell are joined with {@code "; "}.
 */
final class Export {

    private static final CsvMapper CSV = CsvMapper.builder().build();

    private Export() {
    }

    /** Answers {@code result} in the format the client asked for. */
    static <T> void respond(Context ctx, T result, Function<T, List<Map<String, Object>>> rows, String name) {
        respond(ctx, result, rows, List.of(), name);
    }

    /** As above; {@code header} names the columns when there may be no row to name them. */
    static <T> void respond(Context ctx, T result, Function<T, List<Map<String, Object>>> rows, List<String> header,
                            String name) {
        if (wantsCsv(ctx)) {
            List<Map<String, Object>> table = rows.apply(result);
            if (table.isEmpty() && !header.isEmpty()) {
                ctx.contentType("text/csv; charset=utf-8");
                ctx.result(String.join(",", header) + "\n");
                return;
            }
            ctx.contentType("text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            ctx.result(csv(table));
        } else {
            ctx.json(result);
        }
    }

    static boolean wantsCsv(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new WebServer.BadRequest("format must be json or csv, got '" + format + "'");
            };
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.startsWith("text/csv");
    }

    static String csv(List<Map<String, Object>> table) {
        List<String> columns = new ArrayList<>();
        table.forEach(row -> row.keySet().forEach(k -> {
            if (!columns.contains(k)) {
                columns.add(k);
            }
        }));
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        List<Map<String, Object>> cells = new ArrayList<>();
        for (var row : table) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String c : columns) {
                out.put(c, cell(row.get(c)));
            }
            cells.add(out);
        }
        if (columns.isEmpty()) {
            return "";
        }
        return CSV.writer(schema.build()).writeValueAsString(cells);
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining("; "));
        }
        return value;
    }

    /** A row from alternating column names and values. */
    static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }
}
