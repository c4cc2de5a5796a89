package org.circuitsweep.jobs.spec;

/** TEMPORARY stand-in until branch `spec` lands. */
public class SpecException extends RuntimeException {
    public SpecException(String message) {
        super(message);
    }
}
