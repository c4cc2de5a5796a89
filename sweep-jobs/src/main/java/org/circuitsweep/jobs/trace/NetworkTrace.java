package org.circuitsweep.jobs.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.engine.model.Synapse;
import org.circuitsweep.engine.sim.CircuitSimulator;
import org.circuitsweep.engine.sim.SimulationSettings;
import org.circuitsweep.jobs.io.NetworkRecords;
import org.circuitsweep.jobs.spec.CircuitFile;
import org.circuitsweep.jobs.spec.Prinz2004Grid;

/**
 * The network side of {@code trace}: a circuit from {@code --circuit prinz2004-pyloric --cells ...
 * --syn ...} or from a circuit file (with {@code --syn} overriding its strengths), simulated under
 * the P04 protocol like a sweep's variant. Writes trace.csv and trace.png (the cells' voltages
 * stacked) and gives the JSON columns: those of the network table's row, without sweep and variant.
 *
 * @param circuit     the circuit to simulate
 * @param description the columns that describe it (the pyloric template's neurons, code and strengths), by name
 * @param label       what the plot's title says it is
 */
record NetworkTrace(Circuit circuit, Map<String, Object> description, String label) {

    /** {@code --circuit prinz2004-pyloric}: neurons from {@code --cells}, strengths from {@code --syn} (unlisted 0 nS). */
    static NetworkTrace pyloric(String cells, String syn) {
        List<String> neurons = NetworkAssignments.cells(cells);
        Map<String, Double> byName = syn == null ? Map.of()
                : NetworkAssignments.synapses(syn, Prinz2004Pyloric.synapseNames());
        double[] strengths = Prinz2004Pyloric.strengths(byName);
        Circuit circuit = Prinz2004Pyloric.circuit(neurons.get(0), neurons.get(1), neurons.get(2), strengths);
        List<Long> noBase = new ArrayList<>();
        neurons.forEach(n -> noBase.add(null));
        return new NetworkTrace(circuit, NetworkRecords.pyloricDescription(Prinz2004Grid.code(neurons, strengths), neurons,
                noBase, strengths), String.join(", ", neurons) + "; " + strengths(circuit));
    }

    /** {@code --circuit FILE}: the file's circuit with the strengths {@code --syn} names replaced. */
    static NetworkTrace file(Path file, String syn) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--circuit: no such file '" + file + "'; allowed: "
                    + Prinz2004Pyloric.TEMPLATE + " or a circuit file (see configs/circuits/half-centre.yaml)");
        }
        CircuitFile circuitFile = CircuitFile.parse(file.toString(), text);
        Circuit circuit = circuitFile.circuit();
        if (syn != null) {
            Map<String, Double> byName = NetworkAssignments.synapses(syn,
                    circuit.synapses().stream().map(Synapse::name).toList());
            circuit = circuitFile.with(List.copyOf(byName.keySet()),
                    byName.values().stream().mapToDouble(Double::doubleValue).toArray());
        }
        return new NetworkTrace(circuit, Map.of(), file.getFileName() + "; " + strengths(circuit));
    }

    /** Simulates, writes trace.csv and trace.png into {@code out}, and returns the JSON columns. */
    Map<String, Object> run(SimulationSettings settings, Path out) throws IOException {
        List<String> cellNames = circuit.cells().stream().map(Cell::name).toList();
        List<TraceRecorder> traces = new ArrayList<>();
        cellNames.forEach(c -> traces.add(new TraceRecorder()));
        NetworkResult result = new CircuitSimulator(settings, ClassifierThresholds.defaults()).run(circuit, traces);
        TraceRecorder.writeCsv(cellNames, traces, out.resolve("trace.csv"));
        TracePlot.writeNetworkPng(cellNames, traces, settings.transientMs(),
                result.networkClass().label() + " — " + label, out.resolve("trace.png"));
        Map<String, Object> columns = new LinkedHashMap<>(description);
        columns.putAll(NetworkRecords.resultColumns(result, cellNames));
        return columns;
    }

    private static String strengths(Circuit circuit) {
        return circuit.synapses().stream()
                .map(s -> s.name() + " " + plain(s.strengthNs()))
                .collect(Collectors.joining(", ")) + " nS";
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
