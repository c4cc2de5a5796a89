package org.circuitsweep.jobs.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.engine.sim.CircuitSimulator;
import org.circuitsweep.engine.sim.NeuronSimulator;
import org.circuitsweep.jobs.report.ReportData.CellTrace;
import org.circuitsweep.jobs.report.ReportData.Example;
import org.circuitsweep.jobs.spec.Candidate;
import org.circuitsweep.jobs.spec.ModelKind;
import org.circuitsweep.jobs.spec.NetworkVariants;
import org.circuitsweep.jobs.spec.SweepSpec;
import org.circuitsweep.jobs.trace.TraceRecorder;

/**
 * Simulates example variants again, on the driver, exactly as a sweep task did: the spec's sampler
 * gives the values of (seed, index), and the engine runs the neuron or the circuit they make under
 * the spec's protocol. Tables never store traces (a 10-s trace is 200,000 steps per cell); a few
 * examples cost a few seconds. Used by one thread.
 */
final class ExampleTraces {

    /** Time buckets per trace; each keeps its minimum and maximum, about one per pixel column of the chart. */
    static final int BUCKETS = 1000;

    private final SweepSpec spec;
    private final ReportKind kind;
    private final Sampler sampler;
    /** One of the two, for the kind: reused, so a circuit's isolated steady states are computed once per neuron. */
    private final NeuronSimulator neurons;
    private final CircuitSimulator circuits;

    /** @param spec a resolved spec (cells selected from other sweeps have their rows) */
    ExampleTraces(SweepSpec spec, ReportKind kind) {
        this.spec = spec;
        this.kind = kind;
        this.sampler = spec.sampler();
        boolean network = kind.kind().isNetwork();
        this.neurons = network ? null : new NeuronSimulator(spec.simulation(), spec.classifierThresholds());
        this.circuits = network ? new CircuitSimulator(spec.simulation(), spec.classifierThresholds()) : null;
    }

    /** Variant {@code variant}, stored with class {@code group}, simulated again. */
    Example simulate(String group, long variant) {
        double[] values = new double[sampler.names().size()];
        sampler.variant(variant, values);
        return kind.kind().isNetwork() ? network(group, variant, values) : neuron(group, variant, values);
    }

    private Example neuron(String group, long variant, double[] values) {
        TraceRecorder trace = new TraceRecorder();
        NeuronFeatures f = neurons.run(spec.conductances(values), trace);
        Map<String, Object> description = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            description.put(kind.parameters().get(i).column(), values[i]);
        }
        double[] window = window(f.analysedMs(), trace);
        return new Example(group, variant, description, f.activityClass().label(), window[0], window[1],
                List.of(cellTrace("", trace, window)));
    }

    private Example network(String group, long variant, double[] values) {
        NetworkVariants networks = spec.networks();
        Map<String, Object> description = new LinkedHashMap<>();
        Circuit circuit;
        if (kind.kind() == ModelKind.PYLORIC) {
            NetworkVariants.Pyloric p = networks.pyloric(values);
            circuit = p.circuit();
            List<Candidate> neurons = p.neurons();
            for (int c = 0; c < neurons.size(); c++) {
                description.put(Prinz2004Pyloric.CELL_NAMES.get(c).toLowerCase(Locale.ROOT) + "_neuron",
                        neurons.get(c).name());
            }
            for (int k = 0; k < Prinz2004Pyloric.SYNAPSES.size(); k++) {
                description.put(Prinz2004Pyloric.SYNAPSES.get(k).name(), p.strengthsNs()[k]);
            }
        } else {
            circuit = networks.circuit(values);
            for (int i = 0; i < values.length; i++) {
                description.put(kind.parameters().get(i).column(), values[i]);
            }
        }
        List<TraceRecorder> traces = new ArrayList<>();
        circuit.cells().forEach(c -> traces.add(new TraceRecorder()));
        NetworkResult result = circuits.run(circuit, traces);
        double[] window = window(result.analysedMs(), traces.get(0));
        List<CellTrace> cells = new ArrayList<>();
        for (int c = 0; c < traces.size(); c++) {
            cells.add(cellTrace(circuit.cells().get(c).name(), traces.get(c), window));
        }
        return new Example(group, variant, description, result.networkClass().label(), window[0], window[1], cells);
    }

    /** The analysis window; a run that failed before it has none, so then the whole run. */
    private double[] window(double analysedMs, TraceRecorder trace) {
        if (analysedMs > 0) {
            double start = spec.simulation().transientMs();
            return new double[] {start, start + analysedMs};
        }
        return new double[] {0, trace.size() == 0 ? 0 : trace.t(trace.size() - 1)};
    }

    private static CellTrace cellTrace(String cell, TraceRecorder trace, double[] window) {
        double[][] tv = minMax(trace, window[0], window[1]);
        return new CellTrace(cell, tv[0], tv[1]);
    }

    /**
     * V over [start, end] as the minimum and maximum of each of {@link #BUCKETS} time buckets, in
     * time order: plotting every k-th step instead would drop most spikes (a spike lasts ~1 ms).
     */
    static double[][] minMax(TraceRecorder trace, double start, double end) {
        double[] t = new double[2 * BUCKETS];
        double[] v = new double[2 * BUCKETS];
        int n = 0;
        int bucket = -1;
        int lo = -1;
        int hi = -1;
        for (int i = 0; i <= trace.size(); i++) {
            // Non-finite V (a diverging run) cannot be drawn; the steps before it can.
            boolean inside = i < trace.size() && trace.t(i) >= start && trace.t(i) <= end && Double.isFinite(trace.v(i));
            int b = inside ? (int) Math.min(BUCKETS - 1, (trace.t(i) - start) / Math.max(end - start, 1e-9) * BUCKETS) : -1;
            if (b != bucket && bucket >= 0) {
                t[n] = trace.t(Math.min(lo, hi));
                v[n++] = trace.v(Math.min(lo, hi));
                t[n] = trace.t(Math.max(lo, hi));
                v[n++] = trace.v(Math.max(lo, hi));
                bucket = -1;
            }
            if (!inside) {
                continue;
            }
            if (b != bucket) {
                bucket = b;
                lo = i;
                hi = i;
            } else if (trace.v(i) < trace.v(lo)) {
                lo = i;
            } else if (trace.v(i) > trace.v(hi)) {
                hi = i;
            }
        }
        return new double[][] {Arrays.copyOf(t, n), Arrays.copyOf(v, n)};
    }
}
