package org.govgraph.query;

/** An id the graph does not hold; the API answers 404 with this message. */
public final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
