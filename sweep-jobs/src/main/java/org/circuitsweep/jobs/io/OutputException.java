package org.circuitsweep.jobs.io;

/**
 * A sweep output directory that cannot be used as asked (foreign, corrupt, of another spec). The
 * message is one line that names the path and what would be accepted; the directory was left as
 * it was.
 */
public class OutputException extends RuntimeException {

    public OutputException(String message) {
        super(message);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
