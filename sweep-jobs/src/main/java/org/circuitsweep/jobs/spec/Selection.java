package org.circuitsweep.jobs.spec;

import java.io.Serializable;
import java.util.List;

/**
 * The rows that a cell's {@code where} condition selected from a neuron sweep, found by the driver
 * with Spark SQL, in variant order. Part of the network spec's hash (through
 * {@link CanonicalForm}) together with the base sweep's spec hash, so a network sweep is tied to
 * the exact neurons it was run with. Serializable: it travels to the executors.
 *
 * @param baseSweepId   the base sweep's sweep_id
 * @param baseSpecHash  the base sweep's spec hash
 * @param candidates    the selected neurons, by ascending base variant
 */
public record Selection(String baseSweepId, String baseSpecHash, List<Candidate> candidates) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Selection {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a selection holds at least one neuron");
        }
    }
}
