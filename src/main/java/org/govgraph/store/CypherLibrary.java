package org.govgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every named query of the {@code cypher/} folder, loaded once at start-up and looked up by name; a missing
 * name fails at once. The API, the console's library and the tests all use these same files.
 */
public final class CypherLibrary {

    private final Map<String, CypherFile> files;

    private CypherLibrary(Map<String, CypherFile> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    /** Loads every {@code cypher/*.cypher} on the class path (a folder in development, the jar when packaged). */
    public static CypherLibrary load() {
        var schema = CypherLibrary.class.getClassLoader().getResource("cypher/schema.cypher");
        if (schema == null) {
            throw new IllegalStateException("the cypher/ folder is missing from the class path");
        }
        try {
            URI uri = schema.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = jarFileSystem(uri)) {
                    return new CypherLibrary(read(jar.getPath("/cypher")));
                }
            }
            return new CypherLibrary(read(Path.of(uri).getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            FileSystems.getFileSystem(uri);
            // already open elsewhere: open a private one on the same jar
            String jar = uri.getSchemeSpecificPart().substring(0, uri.getSchemeSpecificPart().indexOf("!/"));
            return FileSystems.newFileSystem(Path.of(URI.create(jar)));
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }

    private static Map<String, CypherFile> read(Path dir) throws IOException {
        Map<String, CypherFile> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".cypher")).toList()) {
                String file = path.getFileName().toString();
                String name = file.substring(0, file.length() - ".cypher".length());
                files.put(name, CypherFile.parse(name, Files.readString(path)));
            }
        }
        return files;
    }

    /** The named query, or an exception naming what is missing. */
    public CypherFile get(String name) {
        CypherFile file = files.get(name);
        if (file == null) {
            throw new IllegalStateException("no named query cypher/" + name + ".cypher");
        }
        return file;
    }

    /** Every named query, by name. */
    public List<CypherFile> all() {
        return List.copyOf(files.values());
    }
}
