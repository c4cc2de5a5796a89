package org.circuitsweep.jobs.spec;

import java.util.List;
import java.util.Map;

import org.circuitsweep.engine.sample.Dimension;
import org.circuitsweep.engine.sample.SamplingMethod;
import org.circuitsweep.engine.sim.SimulationSettings;

/**
 * A validated sweep specification: what to sample, how to simulate each variant and where the
 * tables go. Built only by {@link SpecLoader}, which refuses an invalid spec with a one-line
 * message naming the field.
 *
 * @param name                sweep name (letters, digits, '-', '_')
 * @param seed                the sweep seed; every variant is a pure function of (seed, index)
 * @param model               the model template, {@code prinz2003} for single neurons
 * @param method              sampling method
 * @param count               number of variants for random methods; 0 for {@code grid}
 * @param parameters          the parameters written in the spec, in the order written; each is a
 *                            column of the {@code models} table. Unlisted conductances keep their
 *                            catalogue default.
 * @param simulation          simulation protocol
 * @param classifierOverrides classifier thresholds overridden by name
 * @param output              output directory as written in the spec (relative to the working directory)
 * @param chunkSize           variants per chunk (one Parquet file and one Spark task each)
 * @param text                the YAML text as written, stored with the results
 */
public record SweepSpec(String name, long seed, String model, SamplingMethod method, long count,
                        List<Dimension> parameters, SimulationSettings simulation,
                        Map<String, Double> classifierOverrides, String output, int chunkSize, String text) {

    public SweepSpec {
        parameters = List.copyOf(parameters);
        classifierOverrides = Map.copyOf(classifierOverrides);
    }
}
