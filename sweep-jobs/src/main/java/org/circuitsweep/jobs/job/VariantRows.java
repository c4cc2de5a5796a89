package org.circuitsweep.jobs.job;

import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.jobs.spec.SweepSpec;

/**
 * Simulates the variants of one sweep and turns each into a row of its models table: the one place
 * that depends on the kind of model, so that the chunk, commit and progress logic of
 * {@link ChunkTask} and {@link SweepJob} serves neurons and networks alike. One instance per
 * partition; not thread-safe.
 */
interface VariantRows {

    /** Receives the rows of a range in variant order. */
    @FunctionalInterface
    interface RowSink {
        /**
         * @param row        the row, valid only until this call returns
         * @param classIndex its class, as an index into the spec's {@code classLabels()}
         */
        void accept(GenericRecord row, int classIndex);
    }

    /** The models table of a sweep: neurons, P04 networks or the networks of a circuit file. */
    static Schema schema(SweepSpec spec) {
        return spec.modelsSchema(); // defined by the spec, whose tags must not be named like a column
    }

    /** A simulator and row builder for the kind of model of {@code spec}. */
    static VariantRows create(SweepSpec spec, String sweepId) {
        return spec.kind().isNetwork() ? new NetworkRows(spec, sweepId) : new NeuronRows(spec, sweepId);
    }

    /** The cell names of a network spec's circuits (the first variant's; every variant has the same cells). */
    static List<String> cellNames(SweepSpec spec) {
        double[] first = new double[spec.parameterNames().size()];
        spec.sampler().variant(0, first);
        return spec.networks().circuit(first).cells().stream().map(Cell::name).toList();
    }

    /** The index of a class label; a label the spec does not expect is a bug in the class lists. */
    static int classIndex(List<String> labels, String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalStateException("class '" + label + "' is not one of the expected " + labels);
        }
        return i;
    }

    /**
     * Simulates the variants [start, end) of {@code sampler} and passes their rows to {@code sink}
     * in variant order. A row is a function of (spec, variant) alone: how a sweep is cut into
     * ranges never changes it.
     */
    void rows(Sampler sampler, long start, long end, RowSink sink);
}
