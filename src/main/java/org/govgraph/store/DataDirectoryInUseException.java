package org.govgraph.store;

import java.nio.file.Path;

/** The embedded database could not start because another process holds its data directory. */
public final class DataDirectoryInUseException extends IllegalStateException {

    private static final long serialVersionUID = 1L;
    private final transient Path dataDir;

    DataDirectoryInUseException(Path dataDir, Throwable cause) {
        super("the data directory " + dataDir + " is in use by another process (a running govgraph serve or db?)", cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
