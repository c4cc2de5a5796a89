package org.circuitsweep.jobs.spec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.avro.Schema;
import org.circuitsweep.engine.channel.ChannelCatalog;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.engine.sample.Dimension;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.engine.sample.SamplingMethod;
import org.circuitsweep.engine.sim.SimulationSettings;
import org.circuitsweep.jobs.io.TableSchemas;
import org.circuitsweep.jobs.io.TagDefinition;

/**
 * A validated sweep specification: what to sample, how to simulate each variant and where the
 * tables go. Built only by {@link SpecLoader}, which refuses an invalid spec with a one-line
 * message naming the field. Immutable and thread-safe.
 *
 * @param name                sweep name (letters, digits, '-', '_')
 * @param seed                the sweep seed; every variant is a pure function of (seed, index)
 * @param model               the model template: {@code prinz2003} (single neurons),
 *                            {@code prinz2004-pyloric} or {@code circuit}
 * @param method              sampling method
 * @param count               number of variants for random methods; 0 for {@code grid}
 * @param cells               prinz2004-pyloric: the candidate neurons of ABPD, LP and PY; empty otherwise
 * @param circuit             circuit: the circuit file; null otherwise
 * @param parameters          the parameters written in the spec: in the order written for neurons
 *                            and circuits (each a column of the {@code models} table), in template
 *                            order for prinz2004-pyloric. Unlisted ones keep their template default.
 * @param sample              grid: which of the grid's variants the sweep takes ({@link Subsample#WHOLE}
 *                            for all, the only value for the random methods)
 * @param simulation          simulation protocol
 * @param classifierOverrides classifier thresholds overridden by name
 * @param tags                user tags, in the order written: named Spark SQL conditions on a
 *                            models row, stored next to it (they do not change the rows)
 * @param output              output directory as written in the spec (relative to the working directory)
 * @param chunkSize           variants per chunk (one Parquet file and one Spark task each)
 * @param text                the YAML text as written, stored with the results
 */
public record SweepSpec(String name, long seed, String model, SamplingMethod method, long count,
                        List<CellSource> cells, CircuitFile circuit, List<Dimension> parameters,
                        Subsample sample, SimulationSettings simulation, Map<String, Double> classifierOverrides,
                        List<TagDefinition> tags, String output, int chunkSize, String text) {

    /**
     * Part of every {@link #hash()}. Bump it with any engine change that alters a row for the same
     * spec (equations, integrator, classifier defaults, sampler streams), so old results are not
     * mistaken for new ones.
     */
    public static final String ENGINE_VERSION = "circuit-sweep-engine 0.2.0";

    public SweepSpec {
        cells = List.copyOf(cells);
        parameters = List.copyOf(parameters);
        classifierOverrides = Map.copyOf(classifierOverrides);
        tags = List.copyOf(tags);
    }

    public ModelKind kind() {
        return template().kind();
    }

    /** Whether every cell selected from another sweep has its selection (see {@link SpecInputs}). */
    public boolean resolved() {
        return cells.stream().noneMatch(c -> c instanceof CellSource.Selected s && !s.resolved());
    }

    /** What the executors need besides the text to rebuild this spec: the circuit text and the selections. */
    public SpecInputs inputs() {
        SpecInputs inputs = new SpecInputs(circuit == null ? null : circuit.text(), Map.of());
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) instanceof CellSource.Selected s && s.resolved()) {
                inputs = inputs.withSelection(Prinz2004Pyloric.CELL_NAMES.get(c), s.selection());
            }
        }
        return inputs;
    }

    /**
     * What the sampler samples, in its order: for prinz2004-pyloric one dimension per cell (value
     * i picks the cell's candidate i) and then the synapses in template order, so that a grid is
     * numbered like Prinz's files ({@link Prinz2004Grid}); otherwise {@link #parameters()}.
     */
    public List<Dimension> dimensions() {
        requireResolved();
        List<Dimension> dimensions = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            double[] indices = IntStream.range(0, cells.get(c).candidates().size()).asDoubleStream().toArray();
            dimensions.add(new Dimension.Values(Prinz2004Pyloric.CELL_NAMES.get(c), indices));
        }
        dimensions.addAll(parameters);
        return dimensions;
    }

    /**
     * The number of variants: {@link #count()}, or for a grid the product of the dimensions' value
     * counts, or the size of the grid's {@link #sample()}.
     */
    public long variantCount() {
        return method == SamplingMethod.GRID ? sampler().size() : count;
    }

    /**
     * The variants of this sweep: variant {@code i} is a pure function of (seed, i); of a grid with a
     * {@link #sample()}, grid variant {@code offset + i × every}.
     */
    public Sampler sampler() {
        return sample.of(Sampler.create(dimensions(), method, count, seed));
    }

    /** The networks of a prinz2004-pyloric or circuit spec, from the sampler's values. */
    public NetworkVariants networks() {
        return new NetworkVariants(this);
    }

    /**
     * The class labels a variant of this spec can get, in the order the progress line and the
     * run's summary print them.
     */
    public List<String> classLabels() {
        return ClassLabels.of(this);
    }

    /** The classifier thresholds of this sweep: the defaults with {@link #classifierOverrides()} applied. */
    public ClassifierThresholds classifierThresholds() {
        return ClassifierThresholds.defaults().withOverrides(classifierOverrides);
    }

    /** The names of {@link #dimensions()}, in the same order. */
    public List<String> parameterNames() {
        return dimensions().stream().map(Dimension::name).toList();
    }

    /**
     * The conductances of one Prinz 2003 variant.
     *
     * @param variantValues one value per entry of {@link #parameters()}, in that order
     * @return those values, with every conductance the spec does not list at its catalogue default
     */
    public Conductances conductances(double[] variantValues) {
        if (kind() != ModelKind.NEURON) {
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

    /** The models table of this sweep: neurons, P04 networks, or the networks of its circuit file. */
    public Schema modelsSchema() {
        return switch (kind()) {
            case NEURON -> TableSchemas.models(parameterNames());
            case PYLORIC -> TableSchemas.networks();
            case CIRCUIT -> TableSchemas.circuitNetworks(parameterNames(),
                    circuit.circuit().cells().stream().map(Cell::name).toList());
        };
    }

    /** One line per fact that determines the rows; what {@link #hash()} digests. */
    public String canonicalForm() {
        requireResolved();
        return CanonicalForm.of(this);
    }

    /** The template, with the circuit file's parameters for a circuit spec. */
    ModelTemplate template() {
        ModelTemplate t = ModelTemplate.byName(model)
                .orElseThrow(() -> new IllegalStateException("unknown model template '" + model + "'"));
        return circuit == null ? t : t.withParameters(circuit.parameters());
    }

    private void requireResolved() {
        if (!resolved()) {
            throw new IllegalStateException("spec " + name + " has cells selected from other sweeps that are not "
                    + "resolved yet: the driver resolves them with Spark before planning");
        }
    }

    /**
     * The lines of {@link #canonicalForm()} that determine the rows themselves, without the chunk
     * size (rows are the same in any chunking) and the tags (stored next to the rows): what the
     * sweep id that every row carries is taken of.
     */
    public String rowsForm() {
        requireResolved();
        return CanonicalForm.rows(this);
    }

    /**
     * SHA-256 (lower-case hex) of {@link #canonicalForm()}: equal for specs that give the same rows
     * in the same chunks, whatever their comments, spacing or output directory.
     */
    public String hash() {
        requireResolved();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonicalForm().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
