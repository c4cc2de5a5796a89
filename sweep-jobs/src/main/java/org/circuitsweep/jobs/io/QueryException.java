package org.circuitsweep.jobs.io;

/** A query that is refused (not a single read-only query) or fails to analyse; one line. */
public class QueryException extends RuntimeException {

    public QueryException(String message) {
        super(message);
    }
}
