package org.circuitsweep.jobs.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.analysis.PyloricFeatures;
import org.circuitsweep.engine.classify.NetworkClass;
import org.circuitsweep.engine.model.Prinz2004Pyloric;

/**
 * Turns one simulated network into a row of a network {@code models} table
 * ({@link TableSchemas#networks()} or {@link TableSchemas#circuitNetworks}). The columns between
 * {@code variant} and {@code class} describe the network and are given by the caller by name; the
 * result columns come from the {@link NetworkResult}: each of the fifteen {@link PyloricFeatures}
 * under its snake_case name ({@code gapAbpdLpMs} → {@code gap_abpd_lp_ms}) and each cell's class
 * and period under {@code <cell>_class} and {@code <cell>_period_ms}. NaN becomes null.
 *
 * <p>One instance per partition: it reuses a single record, so a returned record is valid until
 * the next call. Not thread-safe.
 */
public final class NetworkRecords {

    private static final String STATUS_OK = "ok";

    private final GenericData.Record record;
    private final int descriptionCount;
    private final List<String> cellNames;

    public NetworkRecords(Schema schema, String sweepId, List<String> cellNames) {
        this.record = new GenericData.Record(schema);
        this.descriptionCount = schema.getField(TableSchemas.CLASS).pos() - schema.getField(TableSchemas.VARIANT).pos() - 1;
        this.cellNames = List.copyOf(cellNames);
        record.put(TableSchemas.SWEEP_ID, sweepId);
        // Fails at the first chunk, not silently, when a feature or cell has no column.
        resultColumns(NetworkResult.numericalFailure(cellNames.size(), 0), cellNames).keySet().forEach(this::position);
    }

    /**
     * The row of network {@code variant}.
     *
     * @param description a value for every column between {@code variant} and {@code class}, by name
     */
    public GenericRecord row(long variant, Map<String, Object> description, NetworkResult result) {
        if (description.size() != descriptionCount) {
            throw new IllegalArgumentException("need " + descriptionCount + " description columns, got " + description.keySet());
        }
        record.put(TableSchemas.VARIANT, variant);
        description.forEach((column, value) -> record.put(position(column), value));
        resultColumns(result, cellNames).forEach((column, value) -> record.put(position(column), value));
        return record;
    }

    /**
     * The description columns of a prinz2004-pyloric network, by name.
     *
     * @param networkCode  its code in Prinz's files, or null when it is not on the P04 grid
     * @param neurons      the neuron names of ABPD, LP and PY
     * @param baseVariants for each cell, the variant of the neuron sweep it was selected from, or null
     * @param strengthsNs  the seven synapse strengths in template order, nS
     */
    public static Map<String, Object> pyloricDescription(String networkCode, List<String> neurons,
                                                         List<Long> baseVariants, double[] strengthsNs) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("network_code", networkCode);
        List<String> cells = Prinz2004Pyloric.CELL_NAMES.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        for (int c = 0; c < cells.size(); c++) {
            columns.put(cells.get(c) + "_neuron", neurons.get(c));
        }
        for (int c = 0; c < cells.size(); c++) {
            columns.put(cells.get(c) + "_base_variant", baseVariants.get(c));
        }
        for (int k = 0; k < Prinz2004Pyloric.SYNAPSES.size(); k++) {
            columns.put(Prinz2004Pyloric.SYNAPSES.get(k).name(), strengthsNs[k]);
        }
        return columns;
    }

    /**
     * The result columns of a network under their column names, in table order, NaN as null: the
     * row without its sweep, variant and description columns (what {@code trace} prints).
     */
    public static Map<String, Object> resultColumns(NetworkResult r, List<String> cellNames) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put(TableSchemas.CLASS, r.networkClass().label());
        columns.put(TableSchemas.STATUS, r.networkClass() == NetworkClass.NUMERICAL_FAILURE ? r.networkClass().label()
                : STATUS_OK);
        columns.put("cycles", r.cycles());
        columns.put("analysed_ms", r.analysedMs());
        double[] features = r.pyloric().toArray();
        for (int i = 0; i < features.length; i++) {
            columns.put(ModelRecords.snakeCase(PyloricFeatures.NAMES.get(i)), orNull(features[i]));
        }
        for (int c = 0; c < cellNames.size(); c++) {
            NeuronFeatures cell = r.cells().get(c);
            String prefix = cellNames.get(c).toLowerCase(Locale.ROOT) + "_";
            columns.put(prefix + "class", cell.activityClass().label());
            columns.put(prefix + "period_ms", orNull(cell.periodMs()));
        }
        return columns;
    }

    private int position(String column) {
        Schema.Field field = record.getSchema().getField(column);
        if (field == null) {
            throw new IllegalStateException("table " + record.getSchema().getName() + " has no column '" + column + "'");
        }
        return field.pos();
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
