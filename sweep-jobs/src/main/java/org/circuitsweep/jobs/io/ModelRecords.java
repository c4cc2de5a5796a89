package org.circuitsweep.jobs.io;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ActivityClass;

/**
 * Turns one simulated variant into a {@code models} row. Each {@link NeuronFeatures} component
 * maps to the column of its snake_case name ({@link #snakeCase}), so a
 * feature added to the engine without a column in models.avsc fails here, at the first chunk,
 * rather than being dropped silently. NaN features become null.
 *
 * <p>One instance per partition: it reuses a single record, so a returned record is valid until
 * the next call. Not thread-safe.
 */
public final class ModelRecords {

    /** The {@code status} of a row whose simulation completed. */
    private static final String STATUS_OK = "ok";

    private record FeatureColumn(int position, MethodHandle accessor) {
    }

    private final GenericData.Record record;
    private final int variantPos;
    private final int firstParameterPos;
    private final int parameterCount;
    private final int classPos;
    private final int statusPos;
    private final List<FeatureColumn> features;

    public ModelRecords(Schema schema, String sweepId, int parameterCount) {
        this.record = new GenericData.Record(schema);
        this.variantPos = position(schema, TableSchemas.VARIANT);
        this.firstParameterPos = variantPos + 1;
        this.parameterCount = parameterCount;
        this.classPos = position(schema, TableSchemas.CLASS);
        this.statusPos = position(schema, TableSchemas.STATUS);
        this.features = featureColumns(schema);
        record.put(position(schema, TableSchemas.SWEEP_ID), sweepId);
    }

    /** The row of variant {@code index} with parameter values {@code values} (spec order) and its features. */
    public GenericRecord row(long index, double[] values, NeuronFeatures f) {
        record.put(variantPos, index);
        for (int i = 0; i < parameterCount; i++) {
            record.put(firstParameterPos + i, values[i]);
        }
        ActivityClass c = f.activityClass();
        record.put(classPos, c.label());
        record.put(statusPos, c == ActivityClass.NUMERICAL_FAILURE ? c.label() : STATUS_OK);
        for (FeatureColumn column : features) {
            record.put(column.position, value(column.accessor, f));
        }
        return record;
    }

    /**
     * The class and every feature of {@code f} under their column names, in record order, NaN as
     * null: the {@code models} row without its sweep and variant columns (what {@code trace} prints).
     */
    public static Map<String, Object> featureColumns(NeuronFeatures f) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put(TableSchemas.CLASS, f.activityClass().label());
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (RecordComponent rc : NeuronFeatures.class.getRecordComponents()) {
            if (rc.getType() != ActivityClass.class) {
                try {
                    columns.put(snakeCase(rc.getName()), value(lookup.unreflect(rc.getAccessor()), f));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return columns;
    }

    private static Object value(MethodHandle accessor, NeuronFeatures f) {
        Object v;
        try {
            v = accessor.invoke(f);
        } catch (Throwable t) {
            throw new IllegalStateException("cannot read a NeuronFeatures component", t);
        }
        return v instanceof Double d && d.isNaN() ? null : v;
    }

    private static List<FeatureColumn> featureColumns(Schema schema) {
        List<FeatureColumn> columns = new ArrayList<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (RecordComponent rc : NeuronFeatures.class.getRecordComponents()) {
            if (rc.getType() == ActivityClass.class) {
                continue; // the class and status columns
            }
            try {
                columns.add(new FeatureColumn(position(schema, snakeCase(rc.getName())), lookup.unreflect(rc.getAccessor())));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(columns);
    }

    /**
     * {@code spikeRateHz} → {@code spike_rate_hz}; a unit suffix keeps the case of its symbol, so
     * {@code vMinMv} → {@code v_min_mV} and {@code caMeanUm} → {@code ca_mean_uM}.
     */
    static String snakeCase(String camel) {
        if (camel.endsWith("Mv")) {
            return snakeCase(camel.substring(0, camel.length() - 2)) + "_mV";
        }
        if (camel.endsWith("Um")) {
            return snakeCase(camel.substring(0, camel.length() - 2)) + "_uM";
        }
        StringBuilder b = new StringBuilder(camel.length() + 4);
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                b.append('_').append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static int position(Schema schema, String column) {
        Schema.Field field = schema.getField(column);
        if (field == null) {
            throw new IllegalStateException("models.avsc has no column '" + column + "'");
        }
        return field.pos();
    }
}
