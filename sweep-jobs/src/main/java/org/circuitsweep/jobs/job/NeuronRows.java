package org.circuitsweep.jobs.job;

import java.util.List;

import org.apache.avro.generic.GenericRecord;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.sim.NeuronSimulator;
import org.circuitsweep.jobs.io.ModelRecords;
import org.circuitsweep.jobs.spec.SweepSpec;

/** The rows of a single-neuron sweep: one Prinz 2003 neuron per variant. */
final class NeuronRows implements VariantRows {

    private final SweepSpec spec;
    private final NeuronSimulator simulator;
    private final ModelRecords rows;
    private final List<String> labels;
    private int lastClass = -1;

    NeuronRows(SweepSpec spec, String sweepId) {
        this.spec = spec;
        this.simulator = new NeuronSimulator(spec.simulation(), spec.classifierThresholds());
        this.rows = new ModelRecords(VariantRows.schema(spec), sweepId, spec.parameterNames().size());
        this.labels = spec.classLabels();
    }

    @Override
    public GenericRecord row(long variant, double[] values) {
        NeuronFeatures features = simulator.run(spec.conductances(values));
        lastClass = VariantRows.classIndex(labels, features.activityClass().label());
        return rows.row(variant, values, features);
    }

    @Override
    public int lastClass() {
        return lastClass;
    }
}
