package org.circuitsweep.jobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.avro.generic.GenericRecord;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.engine.sim.Kernel;
import org.circuitsweep.engine.sim.NeuronSimulator;
import org.circuitsweep.jobs.io.ModelRecords;
import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.spec.SweepSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The job simulates a chunk's neurons in the lanes of a batch simulator; its rows must be, bit for
 * bit, those of simulating each variant alone with {@link NeuronSimulator} (the job's former path,
 * and what any single variant re-simulated later gives), however the variants are cut into batches.
 * For {@code simd} this compares the vector kernel's lanes with the scalar tabled kernel that
 * single-neuron runs use.
 */
class NeuronRowsTest {

    /**
     * 192 grid neurons around AB/PD 2 under a 3-nA step at 600 ms with the adaptive stop: tonic,
     * silent, irregular and bursting cells, most stopping early at different times, and neurons
     * without calcium, Kd and leak conductances (variants 0, 2, 64, 66 among others), which the
     * current drives to a numerical failure.
     */
    private static final String SPEC = """
            name: batch-rows
            seed: 11
            model: prinz2003
            method: grid
            parameters:
              gNa:   {grid: [0, 100, 400]}
              gCaT:  {grid: [0, 2.5]}
              gCaS:  {grid: [0, 6]}
              gKd:   {grid: [0, 100]}
              gA:    {grid: [0, 50]}
              gH:    {grid: [0, 0.01]}
              gLeak: {grid: [0, 0.05]}
            simulation:
              duration-ms: 4000
              transient-ms: 1000
              dc-current-na: 3
              dc-onset-ms: 600
              adaptive-stop: true
              kernel: %s
            """;

    @ParameterizedTest
    @EnumSource(Kernel.class)
    void batchRowsAreTheSingleVariantRowsBitForBit(Kernel kernel) {
        SweepSpec spec = SpecLoader.parse(SPEC.formatted(kernel.label()), "batch-rows.yaml");
        Sampler sampler = spec.sampler();
        // The exact kernel costs some 25 times more per step: the third of the grid with gNa = 100 only.
        long start = kernel == Kernel.EXACT ? 64 : 0;
        long end = kernel == Kernel.EXACT ? 128 : sampler.size();

        List<List<Object>> single = singleVariantRows(spec, sampler, start, end);
        List<List<Object>> oneBatch = rows(new NeuronRows(spec, "s"), sampler, start, end);
        List<List<Object>> cut = new ArrayList<>(rows(new NeuronRows(spec, "s", 7), sampler, start, start + 37));
        cut.addAll(rows(new NeuronRows(spec, "s", 7), sampler, start + 37, end));

        assertThat(oneBatch).containsExactlyElementsOf(single);
        assertThat(cut).containsExactlyElementsOf(single);
        // The comparison covers what makes lanes end at different times.
        int classColumn = spec.modelsSchema().getField("class").pos();
        int analysedColumn = spec.modelsSchema().getField("analysed_ms").pos();
        assertThat(single).extracting(row -> row.get(classColumn)).contains("numerical_failure", "silent", "bursting");
        assertThat(single).extracting(row -> row.get(analysedColumn))
                .anyMatch(ms -> ms instanceof Double d && d > 0 && d < spec.simulation().analysisMs());
    }

    /** The rows of variants [start, end) simulated one after the other by a single-neuron simulator. */
    private static List<List<Object>> singleVariantRows(SweepSpec spec, Sampler sampler, long start, long end) {
        NeuronSimulator simulator = new NeuronSimulator(spec.simulation(), spec.classifierThresholds());
        ModelRecords records = new ModelRecords(spec.modelsSchema(), "s", spec.parameterNames().size());
        double[] values = new double[spec.parameterNames().size()];
        List<List<Object>> rows = new ArrayList<>();
        for (long variant = start; variant < end; variant++) {
            sampler.variant(variant, values);
            rows.add(fields(records.row(variant, values, simulator.run(spec.conductances(values)))));
        }
        return rows;
    }

    private static List<List<Object>> rows(NeuronRows neuronRows, Sampler sampler, long start, long end) {
        List<List<Object>> rows = new ArrayList<>();
        neuronRows.rows(sampler, start, end, (row, classIndex) -> rows.add(fields(row)));
        return rows;
    }

    /** A row's values: boxed doubles compare by their bits (Double.equals), so equal lists are bit-identical rows. */
    private static List<Object> fields(GenericRecord row) {
        return IntStream.range(0, row.getSchema().getFields().size()).mapToObj(row::get).toList();
    }
}
