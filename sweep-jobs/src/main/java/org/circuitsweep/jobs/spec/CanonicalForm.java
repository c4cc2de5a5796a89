package org.circuitsweep.jobs.spec;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Coupling;
import org.circuitsweep.engine.model.ParameterInfo;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.engine.model.Synapse;
import org.circuitsweep.engine.sample.Dimension;
import org.circuitsweep.engine.sim.SimulationSettings;
import org.circuitsweep.jobs.io.TagDefinition;

/**
 * The text a spec's hash is taken of: one line per fact that determines the rows and their
 * layout in chunks, and one per user tag ({@link #rows} leaves the chunk size and the tags out:
 * what the sweep id is taken of). The output directory and the YAML text (comments, spacing, key
 * order outside {@code parameters} and {@code tags}) are left out, and so are the paths of a
 * circuit file and of a base sweep: their content counts instead (the circuit's cells, synapses
 * and couplings; the base sweep's spec hash, the condition and a digest of the rows it selected).
 * Numbers are written with {@link Double#toHexString}: exact, so equal doubles print alike however
 * they were written (0.050, 5e-2), and specified to the character, whereas {@link Double#toString}
 * output changed in JDK 19 and would change hashes between a laptop and a cluster on different JVMs.
 */
final class CanonicalForm {

    private static final String TAG_PREFIX = "tag ";
    private static final String CHUNK_SIZE = "chunk-size";

    private CanonicalForm() {
    }

    static String of(SweepSpec spec) {
        StringBuilder out = new StringBuilder();
        line(out, "engine", SweepSpec.ENGINE_VERSION);
        line(out, "name", spec.name());
        line(out, "model", spec.model());
        line(out, "method", spec.method().label());
        line(out, "seed", Long.toString(spec.seed()));
        line(out, "count", Long.toString(spec.count()));
        cells(out, spec.cells());
        if (spec.circuit() != null) {
            circuit(out, spec.circuit().circuit());
        }
        for (Dimension d : spec.parameters()) {
            line(out, "parameter " + d.name(), dimension(d));
        }
        // Unlisted parameters take template defaults: a changed default changes the rows.
        for (ParameterInfo p : spec.template().parameters()) {
            if (!spec.parameterNames().contains(p.name())) {
                line(out, "default " + p.name(), number(p.defaultValue()));
            }
        }
        // Only when there is one, so that the hashes of specs without a sample stay as they were.
        if (!spec.sample().equals(Subsample.WHOLE)) {
            line(out, "sample every", Long.toString(spec.sample().every()));
            line(out, "sample offset", Long.toString(spec.sample().offset()));
        }
        simulation(out, spec.simulation());
        // Every effective threshold, not just the overrides: a changed default changes the rows.
        ClassifierThresholds thresholds = spec.classifierThresholds();
        for (RecordComponent threshold : ClassifierThresholds.class.getRecordComponents()) {
            line(out, "classifier " + threshold.getName(), value(threshold, thresholds));
        }
        // In the order written, which is their column order; escaped so that each stays one line.
        for (TagDefinition t : spec.tags()) {
            line(out, TAG_PREFIX + t.name(), escapeLineBreaks(t.expression()));
        }
        line(out, CHUNK_SIZE, Integer.toString(spec.chunkSize()));
        return out.toString();
    }

    /** The lines of {@link #of} that determine the rows themselves: without the chunk size and the tags. */
    static String rows(SweepSpec spec) {
        return of(spec).lines().filter(l -> !l.startsWith(CHUNK_SIZE + ":") && !l.startsWith(TAG_PREFIX))
                .map(l -> l + "\n").collect(Collectors.joining());
    }

    /**
     * A selected cell is written as the base sweep's spec hash, the condition and a digest of the
     * rows it selected: the same condition on a base sweep with other rows is another sweep.
     */
    private static void cells(StringBuilder out, List<CellSource> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String key = "cell " + Prinz2004Pyloric.CELL_NAMES.get(c);
            if (cells.get(c) instanceof CellSource.Named named) {
                line(out, key, "neurons " + String.join(" ", named.neurons()));
            } else {
                CellSource.Selected selected = (CellSource.Selected) cells.get(c);
                Selection s = selected.selection();
                line(out, key, "from " + s.baseSpecHash() + " where " + selected.where().replaceAll("\\R", " ")
                        + " selects " + s.candidates().size() + " " + digest(s.candidates()));
            }
        }
    }

    /** What a circuit file fixes beyond its sweepable values (those appear as parameter or default lines). */
    private static void circuit(StringBuilder out, Circuit circuit) {
        for (Cell c : circuit.cells()) {
            line(out, "circuit cell " + c.name(), "dc-current-na " + number(c.dcCurrentNa()));
        }
        for (Synapse s : circuit.synapses()) {
            line(out, "circuit synapse " + s.name(), circuit.cells().get(s.pre()).name() + " -> "
                    + circuit.cells().get(s.post()).name() + " " + s.transmitter().label());
        }
        for (Coupling k : circuit.couplings()) {
            line(out, "circuit coupling", circuit.cells().get(k.a()).name() + " " + circuit.cells().get(k.b()).name()
                    + " " + number(k.strengthNs()));
        }
    }

    private static String digest(List<Candidate> candidates) {
        StringBuilder text = new StringBuilder();
        for (Candidate c : candidates) {
            text.append(c.name()).append(' ').append(c.baseVariant()).append(' ').append(join(c.conductances())).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static String dimension(Dimension d) {
        if (d instanceof Dimension.Fixed f) {
            return "value " + number(f.value());
        }
        if (d instanceof Dimension.Values v) {
            return "values " + join(v.values());
        }
        if (d instanceof Dimension.Uniform u) {
            return "uniform " + number(u.min()) + " " + number(u.max());
        }
        Dimension.LogUniform l = (Dimension.LogUniform) d;
        return "log-uniform " + number(l.min()) + " " + number(l.max());
    }

    private static void simulation(StringBuilder out, SimulationSettings s) {
        line(out, "simulation dt-ms", number(s.dtMs()));
        line(out, "simulation duration-ms", number(s.durationMs()));
        line(out, "simulation transient-ms", number(s.transientMs()));
        line(out, "simulation integrator", s.integrator().label());
        line(out, "simulation dc-current-na", number(s.dcCurrentNa()));
        line(out, "simulation dc-onset-ms", number(s.dcOnsetMs()));
        line(out, "simulation adaptive-stop", Boolean.toString(s.adaptiveStop()));
        // Also when the spec leaves it out: the default decides the rows, so a new default is a new sweep.
        line(out, "simulation kernel", s.kernel().label());
    }

    private static String join(double[] values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(s.isEmpty() ? "" : " ").append(number(v));
        }
        return s.toString();
    }

    private static String value(RecordComponent component, ClassifierThresholds thresholds) {
        try {
            Object value = component.getAccessor().invoke(thresholds);
            return value instanceof Double d ? number(d) : value.toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read classifier threshold " + component.getName(), e);
        }
    }

    private static String escapeLineBreaks(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String number(double value) {
        return Double.toHexString(value);
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(value).append('\n');
    }
}
