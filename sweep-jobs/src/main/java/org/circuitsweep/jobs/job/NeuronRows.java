package org.circuitsweep.jobs.job;

import java.util.List;

import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.engine.sim.NeuronBatchSimulator;
import org.circuitsweep.jobs.io.ModelRecords;
import org.circuitsweep.jobs.spec.SweepSpec;

/**
 * The rows of a single-neuron sweep: one Prinz 2003 neuron per variant, simulated in the lanes of a
 * {@link NeuronBatchSimulator}, which gives each variant exactly the features a single-neuron run
 * gives, whichever variants share its lanes.
 */
final class NeuronRows implements VariantRows {

    /**
     * Variants simulated per batch at most: a 500-variant chunk is one batch, so lanes refill from
     * the whole chunk and idle only at its end; a larger chunk is cut so that the values and
     * features held for a batch stay small (about 1 MB).
     */
    static final int MAX_BATCH = 4096;

    private final SweepSpec spec;
    private final NeuronBatchSimulator simulator;
    private final ModelRecords rows;
    private final List<String> labels;
    private final double[][] values;
    private final Conductances[] batch;
    private final NeuronFeatures[] features;

    NeuronRows(SweepSpec spec, String sweepId) {
        this(spec, sweepId, MAX_BATCH);
    }

    /** @param maxBatch variants per batch at most; tests use small ones to cut chunks into several batches */
    NeuronRows(SweepSpec spec, String sweepId, int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch = " + maxBatch + ": allowed an integer >= 1");
        }
        this.spec = spec;
        this.simulator = new NeuronBatchSimulator(spec.simulation(), spec.classifierThresholds());
        this.rows = new ModelRecords(VariantRows.schema(spec), sweepId, spec.parameterNames().size());
        this.labels = spec.classLabels();
        this.values = new double[maxBatch][spec.parameterNames().size()];
        this.batch = new Conductances[maxBatch];
        this.features = new NeuronFeatures[maxBatch];
    }

    @Override
    public void rows(Sampler sampler, long start, long end, RowSink sink) {
        for (long from = start; from < end; from += batch.length) {
            int n = (int) Math.min(batch.length, end - from);
            for (int i = 0; i < n; i++) {
                sampler.variant(from + i, values[i]);
                batch[i] = spec.conductances(values[i]);
            }
            simulator.run(batch, n, features);
            for (int i = 0; i < n; i++) {
                sink.accept(rows.row(from + i, values[i], features[i]),
                        VariantRows.classIndex(labels, features[i].activityClass().label()));
            }
        }
    }
}
