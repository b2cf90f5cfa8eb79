package org.govgraph.http;

import java.util.List;

/**
 * The one error body every route answers with.
 *
 * @param status   HTTP status
 * @param error    short reason
 * @param message  what went wrong, for a person
 * @param problems for refused datasets: each problem with file, line and field
 */
public record ApiError(int status, String error, String message, List<Problem> problems) {

    /** One problem of a refused dataset. */
    public record Problem(String file, int line, String field, String message) {
    }
}
