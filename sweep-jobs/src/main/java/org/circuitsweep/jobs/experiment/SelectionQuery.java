package org.circuitsweep.jobs.experiment;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.circuitsweep.jobs.io.SweepTables;
import org.circuitsweep.jobs.io.TableSchemas;
import org.circuitsweep.jobs.io.TagDefinition;
import org.circuitsweep.jobs.spec.ExperimentSpec;

/**
 * Runs an experiment's condition once over the base sweep's models table, its user tags included
 * as columns (as {@code sweep query} shows it), and returns the selected rows exactly as stored,
 * ascending by variant: the selection table. The driver holds them, so the selection is bounded.
 * Driver only.
 */
final class SelectionQuery {

    /** Rows the driver collects and every task reads; more is surely too broad a condition. */
    static final int MAX_SELECTED = 100_000;

    private SelectionQuery() {
    }

    /**
     * The selected rows in {@code schema} (the base models table's columns); refuses a condition
     * Spark cannot analyse on that table, or one that selects no row or too many.
     */
    static List<GenericRecord> select(SparkSession spark, BaseSweep base, ExperimentSpec experiment, Schema schema) {
        List<TagDefinition> userTags = base.output().tagTable().definitions(base.unresolvedSpec().tags());
        Dataset<Row> models = SweepTables.taggedModels(spark, base.output(), userTags);
        Column[] stored = schema.getFields().stream().map(f -> functions.col("`" + f.name() + "`")).toArray(Column[]::new);
        List<Row> rows;
        try {
            rows = models.where(experiment.where()).select(stored).orderBy(TableSchemas.VARIANT)
                    .limit(MAX_SELECTED + 1).collectAsList();
        } catch (Exception e) { // Scala does not declare the checked AnalysisException
            if (e instanceof AnalysisException) {
                throw experiment.error("where", "cannot be run on " + experiment.base() + "'s models table: "
                        + SweepTables.firstLine(e.getMessage()));
            }
            throw e;
        }
        if (rows.isEmpty()) {
            throw experiment.error("where", "selects no variant of " + experiment.base() + "; loosen the condition");
        }
        if (rows.size() > MAX_SELECTED) {
            throw experiment.error("where", "selects more than " + MAX_SELECTED + " variants of " + experiment.base()
                    + "; allowed: at most " + MAX_SELECTED + "; narrow the condition");
        }
        List<GenericRecord> records = new ArrayList<>(rows.size());
        for (Row r : rows) {
            GenericData.Record record = new GenericData.Record(schema);
            for (int i = 0; i < r.length(); i++) {
                record.put(i, r.isNullAt(i) ? null : r.get(i));
            }
            records.add(record);
        }
        return records;
    }

    /** SHA-256 (hex) of the selected variants, 8 bytes each, big-endian, in order. */
    static String digest(List<GenericRecord> rows) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteBuffer b = ByteBuffer.allocate(Long.BYTES);
            for (GenericRecord r : rows) {
                sha.update(b.clear().putLong((Long) r.get(TableSchemas.VARIANT)).array());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
