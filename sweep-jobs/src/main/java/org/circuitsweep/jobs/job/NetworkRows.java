package org.circuitsweep.jobs.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.engine.sim.CircuitSimulator;
import org.circuitsweep.engine.sim.SimulationSettings;
import org.circuitsweep.jobs.io.NetworkRecords;
import org.circuitsweep.jobs.io.TableSchemas;
import org.circuitsweep.jobs.spec.Candidate;
import org.circuitsweep.jobs.spec.ModelKind;
import org.circuitsweep.jobs.spec.NetworkVariants;
import org.circuitsweep.jobs.spec.SweepSpec;

/**
 * The rows of a network sweep: one circuit per variant, simulated under the P04 network protocol
 * by a {@link CircuitSimulator}. A prinz2004-pyloric row is described by its neurons, code and
 * seven strengths; a circuit row by its swept parameters.
 */
final class NetworkRows implements VariantRows {

    /** A thread's simulator and the protocol it was built for. */
    private record Simulator(SimulationSettings settings, ClassifierThresholds thresholds, CircuitSimulator simulator) {
    }

    /**
     * One simulator per executor thread, kept from task to task: its cache of isolated steady states
     * (about 0.13 s of CPU per distinct neuron) then serves every chunk the thread runs instead of
     * one (the 16 neurons of the P04 grid cost some 8 % of a 50-network chunk). The cache is a pure
     * function of the conductances and dt, so reusing it never changes a row.
     */
    private static final ThreadLocal<Simulator> SIMULATOR = new ThreadLocal<>();

    private final SweepSpec spec;
    private final NetworkVariants networks;
    private final CircuitSimulator simulator;
    private final NetworkRecords rows;
    private final List<String> labels;
    private final List<String> parameterColumns;
    private final double[] values;

    NetworkRows(SweepSpec spec, String sweepId) {
        this.spec = spec;
        this.networks = spec.networks();
        this.simulator = simulator(spec.simulation(), spec.classifierThresholds());
        this.rows = new NetworkRecords(VariantRows.schema(spec), sweepId, VariantRows.cellNames(spec));
        this.labels = spec.classLabels();
        this.parameterColumns = spec.parameterNames().stream().map(TableSchemas::circuitColumn).toList();
        this.values = new double[spec.parameterNames().size()];
    }

    /** One network after the other: a circuit's cells are coupled, so its lanes are its own. */
    @Override
    public void rows(Sampler sampler, long start, long end, RowSink sink) {
        for (long variant = start; variant < end; variant++) {
            sampler.variant(variant, values);
            NetworkResult result;
            Map<String, Object> description;
            if (spec.kind() == ModelKind.PYLORIC) {
                NetworkVariants.Pyloric network = networks.pyloric(values);
                result = simulator.run(network.circuit());
                description = NetworkRecords.pyloricDescription(network.code(),
                        network.neurons().stream().map(Candidate::name).toList(),
                        network.neurons().stream().map(n -> n.selected() ? n.baseVariant() : null).toList(),
                        network.strengthsNs());
            } else {
                result = simulator.run(networks.circuit(values));
                description = new LinkedHashMap<>();
                for (int i = 0; i < values.length; i++) {
                    description.put(parameterColumns.get(i), values[i]);
                }
            }
            sink.accept(rows.row(variant, description, result),
                    VariantRows.classIndex(labels, result.networkClass().label()));
        }
    }

    private static CircuitSimulator simulator(SimulationSettings settings, ClassifierThresholds thresholds) {
        Simulator s = SIMULATOR.get();
        if (s == null || !s.settings().equals(settings) || !s.thresholds().equals(thresholds)) {
            s = new Simulator(settings, thresholds, new CircuitSimulator(settings, thresholds));
            SIMULATOR.set(s);
        }
        return s.simulator();
    }
}
