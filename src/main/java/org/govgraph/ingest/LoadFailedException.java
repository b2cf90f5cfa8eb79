package org.govgraph.ingest;

import java.util.List;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The database failed while a load was writing (not a problem of the files, which were all checked first). The
 * message says why in words a user can act on (which setting to raise), what was committed and what was not, and
 * how to finish: loading the same files again changes nothing that is there already.
 */
public final class LoadFailedException extends RuntimeException {

    private final List<String> written;
    private final List<String> notWritten;

    private LoadFailedException(String message, List<String> written, List<String> notWritten, Throwable cause) {
        super(message, cause);
        this.written = List.copyOf(written);
        this.notWritten = List.copyOf(notWritten);
    }

    /** The failure {@code e}, after the inspections {@code written} were committed and before {@code notWritten} were. */
    static LoadFailedException of(Neo4jException e, List<String> written, List<String> notWritten) {
        String why = reason(e);
        String what = written.isEmpty()
                ? "nothing was written"
                : written.size() + " inspection(s) were written and committed, each whole (the first " + first(written)
                        + "), and " + notWritten.size() + " were not (the first " + first(notWritten)
                        + "): load the same files again to finish, what is loaded already changes nothing";
        return new LoadFailedException("the database failed while writing the load: " + why + "; " + what,
                written, notWritten, e);
    }

    /** Inspections committed before the failure. */
    public List<String> written() {
        return written;
    }

    /** Inspections not written. */
    public List<String> notWritten() {
        return notWritten;
    }

    /** What went wrong, by the database's status code, naming the setting that decides it. */
    static String reason(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        if (code.contains("TransactionTimedOut")) {
            return "a transaction of the load ran past its time limit (--load-timeout; 'none' removes it)";
        }
        if (code.contains("MemoryPoolOutOfMemoryError") || code.contains("MemoryLimit")) {
            return "a transaction of the load needed more memory than the database allows (--tx-memory for one "
                    + "transaction, --tx-memory-total for all; a load that commits chunk by chunk needs far less)";
        }
        return e.getMessage() + (code.isEmpty() ? "" : " (" + code + ")");
    }

    private static String first(List<String> ids) {
        return ids.isEmpty() ? "none" : ids.getFirst();
    }
}
