package org.govgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A named Cypher file from the {@code cypher/} folder (shipped in the jar under the same name).
 * Its header comment says what it answers and its parameters:
 * <pre>
 * // NAME: what the query answers (may go on over more comment lines)
 * // @param authority String id of an authority, e.g. powys
 * // @param inspection String? id of one of its inspections; absent: all of them
 * </pre>
 * A file may hold several statements, each ended by a semicolon at the end of a line, run in order.
 *
 * @param name        the file's name without {@code .cypher}, e.g. {@code schema} or {@code governance-map}
 * @param text        the whole file
 * @param description what the header says the query answers
 * @param params      the parameters the header declares
 * @param statements  the statements, comments and blank lines removed
 */
public record CypherFile(String name, String text, String description, List<Param> params, List<String> statements) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9/-]*");
    private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+(\\S+)\\s*(.*)");

    public CypherFile {
        params = List.copyOf(params);
        statements = List.copyOf(statements);
    }

    /**
     * A parameter a named query declares.
     *
     * @param name        without the {@code $}
     * @param type        as written: String, Integer, List&lt;String&gt;...; a trailing {@code ?} means it may be null
     * @param description what it means
     */
    public record Param(String name, String type, String description) {
        /** Whether the query accepts null for it. */
        public boolean optional() {
            return type.endsWith("?");
        }
    }

    /** Loads {@code cypher/NAME.cypher} from the class path, failing at once if it is missing. */
    public static CypherFile load(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a query name: " + name);
        }
        String resource = "cypher/" + name + ".cypher";
        try (InputStream in = CypherFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("named query missing from the class path: " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(name, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The only statement of a single-statement file. */
    public String statement() {
        if (statements.size() != 1) {
            throw new IllegalStateException(name + " holds " + statements.size() + " statements, not one");
        }
        return statements.getFirst();
    }

    /** Parses a file's text: header, parameters and statements. */
    static CypherFile parse(String name, String text) {
        StringBuilder description = new StringBuilder();
        List<Param> params = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("//")) {
                break;
            }
            String comment = trimmed.substring(2).strip();
            var param = PARAM.matcher(comment);
            if (param.matches()) {
                params.add(new Param(param.group(1), param.group(2), param.group(3).strip()));
            } else if (params.isEmpty() && !comment.isEmpty()) {
                if (description.isEmpty() && comment.startsWith(name + ":")) {
                    comment = comment.substring(name.length() + 1).strip();
                }
                description.append(description.isEmpty() ? "" : " ").append(comment);
            }
        }
        return new CypherFile(name, text, description.toString(), params, split(text));
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
