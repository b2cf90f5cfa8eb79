package org.govgraph.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reading query parameters: lists given as {@code a,b} or repeated, numbers with a clear 400 when malformed. */
final class Params {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,199}");

    private Params() {
    }

    /** A list parameter: {@code ?theme=a,b} or {@code ?theme=a&theme=b}; empty when absent. */
    static List<String> list(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String value : ctx.queryParams(name)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /** A list of ids, each checked for shape. */
    static List<String> ids(Context ctx, String name) {
        List<String> ids = list(ctx, name);
        ids.forEach(id -> id(name, id));
        return ids;
    }

    /** An optional single value; blank counts as absent. */
    static String optional(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An optional id. */
    static String optionalId(Context ctx, String name) {
        String value = optional(ctx, name);
        return value == null ? null : id(name, value);
    }

    /** A path parameter that is an id. */
    static String pathId(Context ctx, String name) {
        return id(name, ctx.pathParam(name));
    }

    static int integer(Context ctx, String name, int fallback) {
        String value = optional(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new WebServer.BadRequest(name + " must be a whole number, got '" + value + "'");
        }
    }

    static boolean bool(Context ctx, String name) {
        String value = optional(ctx, name);
        if (value == null) {
            return false;
        }
        return switch (value) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new WebServer.BadRequest(name + " must be true or false, got '" + value + "'");
        };
    }

    private static String id(String name, String value) {
        if (!ID.matcher(value).matches()) {
            throw new WebServer.BadRequest(name + ": '" + value + "' is not an id (letters, digits, - . _ /)");
        }
        return value;
    }
}
