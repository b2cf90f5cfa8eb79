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
 * Its header comment says what it answers and its parameters; a file may hold several statements,
 * each ended by a semicolon at the end of a line, run in order.
 *
 * @param name       the file's name without {@code .cypher}, e.g. {@code schema} or {@code load-dataset}
 * @param text       the whole file
 * @param statements the statements, comments and blank lines removed
 */
public record CypherFile(String name, String text, List<String> statements) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9/-]*");

    public CypherFile {
        statements = List.copyOf(statements);
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
            return new CypherFile(name, text, split(text));
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
