package org.circuitsweep.jobs.io;

import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Turns one simulated unit into a row of the {@code experiments} table
 * ({@link TableSchemas#experiments}): the before values from the base variant's stored row, the
 * after values from the perturbed run's result columns under their models-table names (what
 * {@link ModelRecords#featureColumns} and {@link NetworkRecords#resultColumns} give), and the
 * differences. NaN levels become null.
 *
 * <p>One instance per partition: it reuses a single record, so a returned record is valid until
 * the next call. Not thread-safe.
 */
public final class ExperimentRecords {

    /**
     * What a unit's perturbation is, as its row describes it.
     *
     * @param condition  position of its --perturb argument
     * @param levelIndex position of the level in that argument's series
     * @param text       the level's perturbation as text
     * @param kind       its kind label
     * @param target     what it acts on, or null/blank for nothing
     * @param level      its level, NaN for none
     */
    public record Level(int condition, int levelIndex, String text, String kind, String target, double level) {
    }

    private final GenericData.Record record;
    private final ExperimentColumns columns;

    public ExperimentRecords(Schema schema, ExperimentColumns columns, String experimentId, String sweepId) {
        this.record = new GenericData.Record(schema);
        this.columns = columns;
        record.put("experiment_id", experimentId);
        record.put("sweep_id", sweepId);
    }

    /**
     * The row of unit {@code unit}.
     *
     * @param before the base variant's row as stored (a selection row)
     * @param after  the perturbed run's class, tags and features by column name
     */
    public GenericRecord row(long unit, Level level, GenericRecord before, Map<String, Object> after) {
        record.put("unit", unit);
        record.put("variant", before.get(TableSchemas.VARIANT));
        record.put("condition", level.condition());
        record.put("level_index", level.levelIndex());
        record.put("perturbation", level.text());
        record.put("kind", level.kind());
        record.put("target", level.target() == null || level.target().isBlank() ? null : level.target());
        record.put("level", Double.isNaN(level.level()) ? null : level.level());
        String classBefore = before.get(TableSchemas.CLASS).toString();
        String classAfter = (String) required(after, TableSchemas.CLASS);
        record.put("class_before", classBefore);
        record.put("class_after", classAfter);
        record.put("kept", classAfter.equals(classBefore));
        for (String tag : columns.tags()) {
            record.put(ExperimentColumns.before(tag), before.get(tag));
            record.put(ExperimentColumns.after(tag), required(after, tag));
        }
        for (String feature : columns.features()) {
            Double b = (Double) before.get(feature);
            Double a = (Double) required(after, feature);
            record.put(ExperimentColumns.before(feature), b);
            record.put(ExperimentColumns.after(feature), a);
            record.put(ExperimentColumns.delta(feature), a == null || b == null ? null : a - b);
        }
        return record;
    }

    private static Object required(Map<String, Object> after, String column) {
        if (!after.containsKey(column)) {
            throw new IllegalStateException("the perturbed run has no column '" + column + "' of the base models table");
        }
        return after.get(column);
    }
}
