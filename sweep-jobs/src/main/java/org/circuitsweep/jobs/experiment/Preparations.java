package org.circuitsweep.jobs.experiment;

import org.circuitsweep.engine.perturb.Preparation;
import org.circuitsweep.jobs.spec.NetworkVariants;
import org.circuitsweep.jobs.spec.SweepSpec;

/**
 * A base variant as an experiment's preparation, built by the same spec methods as the sweep's own
 * rows ({@link SweepSpec#conductances} for a neuron, {@link NetworkVariants#circuit} for a network,
 * both from the sampler's values of (seed, index)), under the reference environment: unperturbed,
 * it is exactly what the sweep simulated. Not thread-safe (one per task).
 */
final class Preparations {

    private final SweepSpec spec;
    private final NetworkVariants networks;

    /** @param spec the base sweep's spec, resolved */
    Preparations(SweepSpec spec) {
        this.spec = spec;
        this.networks = spec.kind().isNetwork() ? spec.networks() : null;
    }

    /** The preparation of the variant whose sampler values are {@code values}. */
    Preparation of(double[] values) {
        return networks == null ? Preparation.ofNeuron(spec.conductances(values))
                : Preparation.ofCircuit(networks.circuit(values));
    }

    boolean network() {
        return networks != null;
    }
}
