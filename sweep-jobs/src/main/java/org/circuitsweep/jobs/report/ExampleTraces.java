package org.circuitsweep.jobs.report;

import java.util.Arrays;

import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.engine.sim.NeuronSimulator;
import org.circuitsweep.jobs.report.ReportData.Example;
import org.circuitsweep.jobs.spec.SweepSpec;
import org.circuitsweep.jobs.trace.TraceRecorder;

/**
 * Simulates example variants again, on the driver, exactly as a sweep task did: the spec's sampler
 * gives the parameters of (seed, index) and the engine runs them under the spec's protocol. Tables
 * never store traces (a 10-s trace is 200,000 steps per model); a few examples cost a few seconds.
 * Used by one thread.
 */
final class ExampleTraces {

    /** Time buckets per trace; each keeps its minimum and maximum, about one per pixel column of the chart. */
    static final int BUCKETS = 1000;

    private final SweepSpec spec;
    private final Sampler sampler;
    private final NeuronSimulator simulator;

    ExampleTraces(SweepSpec spec) {
        this.spec = spec;
        this.sampler = spec.sampler();
        this.simulator = new NeuronSimulator(spec.simulation(), spec.classifierThresholds());
    }

    /** Variant {@code variant}, stored with class {@code group}, simulated again. */
    Example simulate(String group, long variant) {
        double[] values = new double[sampler.names().size()];
        sampler.variant(variant, values);
        TraceRecorder trace = new TraceRecorder();
        NeuronFeatures features = simulator.run(spec.conductances(values), trace);
        // A run that failed during the transient has no analysis window: show the whole run.
        boolean window = features.analysedMs() > 0;
        double start = window ? spec.simulation().transientMs() : 0;
        double end = window ? start + features.analysedMs() : trace.t(trace.size() - 1);
        double[][] tv = minMax(trace, start, end);
        return new Example(group, variant, values, features.activityClass().label(), start, end, tv[0], tv[1]);
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
