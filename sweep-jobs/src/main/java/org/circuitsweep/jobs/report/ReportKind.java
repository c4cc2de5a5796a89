package org.circuitsweep.jobs.report;

import java.util.List;
import java.util.Locale;

import org.circuitsweep.engine.sample.Dimension;
import org.circuitsweep.jobs.io.TableSchemas;
import org.circuitsweep.jobs.spec.ModelKind;
import org.circuitsweep.jobs.spec.SweepSpec;

/**
 * What a report draws for the kind of table a sweep writes, as its spec says: single neurons
 * (the burst features of the bursters), the pyloric template (the P04 features of the pyloric
 * networks, and the classes per neuron combination) or a circuit file (the P04 features when its
 * cells are ABPD, LP, PY; else each cell's period in the alternating circuits, as the table has
 * no rhythm features for them).
 *
 * @param kind           the model kind
 * @param classOrder     the classes a variant can get, in the order the run prints them
 * @param parameters     the spec's parameters with their columns in the models table
 * @param featureClass   the class whose features are drawn
 * @param featureColumns the features drawn, as named in the models table
 */
public record ReportKind(ModelKind kind, List<String> classOrder, List<Parameter> parameters, String featureClass,
                         List<String> featureColumns) {

    /** A parameter of the spec and its column: the name, or {@code cell_gX} for a circuit's {@code cell.gX}. */
    public record Parameter(String column, Dimension dimension) {

        /** Whether it takes more than one value: only those have a histogram or a map. */
        public boolean swept() {
            return Binning.swept(dimension);
        }
    }

    private static final String PYLORIC = "pyloric";
    private static final List<String> BURST_FEATURES = List.of("period_ms", "duty_cycle", "spikes_per_burst");
    /** Period, the three duty cycles and the phases at which LP and PY start: the rhythm's shape (P04 Table 1). */
    private static final List<String> PYLORIC_FEATURES = List.of("period_ms", "abpd_duty_cycle", "lp_duty_cycle",
            "py_duty_cycle", "lp_start_phase", "py_start_phase");

    public ReportKind {
        classOrder = List.copyOf(classOrder);
        parameters = List.copyOf(parameters);
        featureColumns = List.copyOf(featureColumns);
    }

    public static ReportKind of(SweepSpec spec) {
        ModelKind kind = spec.kind();
        // The pyloric template's cells are sampler dimensions but not columns: its parameters are the synapses.
        List<Parameter> parameters = spec.parameters().stream()
                .map(d -> new Parameter(kind == ModelKind.CIRCUIT ? TableSchemas.circuitColumn(d.name()) : d.name(), d))
                .toList();
        List<String> classes = spec.classLabels();
        if (!kind.isNetwork()) {
            return new ReportKind(kind, classes, parameters, "bursting", BURST_FEATURES);
        }
        if (classes.contains(PYLORIC)) {
            return new ReportKind(kind, classes, parameters, PYLORIC, PYLORIC_FEATURES);
        }
        List<String> periods = spec.circuit().circuit().cells().stream()
                .map(c -> c.name().toLowerCase(Locale.ROOT) + "_period_ms").toList();
        return new ReportKind(kind, classes, parameters, "alternating", periods);
    }

    /** The columns of the swept parameters, in spec order: what histograms and maps are drawn of. */
    public List<String> swept() {
        return parameters.stream().filter(Parameter::swept).map(Parameter::column).toList();
    }

    /** Whether the table names each cell's neuron, so that classes can be counted per neuron combination. */
    public boolean hasNeuronCombinations() {
        return kind == ModelKind.PYLORIC;
    }
}
