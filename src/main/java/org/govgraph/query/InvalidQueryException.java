package org.govgraph.query;

/** A parameter the user must fix (a malformed date, an unknown filter value); the API answers 400. */
public final class InvalidQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message) {
        super(message);
    }
}
