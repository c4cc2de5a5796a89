package org.circuitsweep.jobs.spec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.circuitsweep.engine.channel.ChannelCatalog;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.sample.Dimension;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.engine.sample.SamplingMethod;
import org.circuitsweep.engine.sim.SimulationSettings;

/**
 * A validated sweep specification: what to sample, how to simulate each variant and where the
 * tables go. Built only by {@link SpecLoader}, which refuses an invalid spec with a one-line
 * message naming the field. Immutable and thread-safe.
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

    /**
     * Part of every {@link #hash()}. Bump it with any engine change that alters a row for the same
     * spec (equations, integrator, classifier defaults, sampler streams), so old results are not
     * mistaken for new ones.
     */
    public static final String ENGINE_VERSION = "circuit-sweep-engine 0.1.0";

    public SweepSpec {
        parameters = List.copyOf(parameters);
        classifierOverrides = Map.copyOf(classifierOverrides);
    }

    /** The number of variants: {@link #count()}, or for a grid the product of the parameters' value counts. */
    public long variantCount() {
        return method == SamplingMethod.GRID ? ParameterSection.gridSize(parameters) : count;
    }

    /** The variants of this sweep: variant {@code i} is a pure function of (seed, i). */
    public Sampler sampler() {
        return Sampler.create(parameters, method, count, seed);
    }

    /** The classifier thresholds of this sweep: the defaults with {@link #classifierOverrides()} applied. */
    public ClassifierThresholds classifierThresholds() {
        return ClassifierThresholds.defaults().withOverrides(classifierOverrides);
    }

    /** The names of {@link #parameters()}, in the same order. */
    public List<String> parameterNames() {
        return parameters.stream().map(Dimension::name).toList();
    }

    /**
     * The conductances of one Prinz 2003 variant.
     *
     * @param variantValues one value per entry of {@link #parameters()}, in that order
     * @return those values, with every conductance the spec does not list at its catalogue default
     */
    public Conductances conductances(double[] variantValues) {
        if (!ModelTemplate.PRINZ2003.name().equals(model)) {
            throw new IllegalStateException("model '" + model + "' is not a single Prinz 2003 neuron");
        }
        if (variantValues.length != parameters.size()) {
            throw new IllegalArgumentException("need one value per parameter " + parameterNames()
                    + ", got " + variantValues.length);
        }
        double[] g = Conductances.defaults().toArray();
        for (int i = 0; i < variantValues.length; i++) {
            g[ChannelCatalog.indexOf(parameters.get(i).name())] = variantValues[i];
        }
        return Conductances.of(g);
    }

    /** One line per fact that determines the rows; what {@link #hash()} digests. */
    public String canonicalForm() {
        return CanonicalForm.of(this);
    }

    /**
     * SHA-256 (lower-case hex) of {@link #canonicalForm()}: equal for specs that give the same rows
     * in the same chunks, whatever their comments, spacing or output directory.
     */
    public String hash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonicalForm().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
