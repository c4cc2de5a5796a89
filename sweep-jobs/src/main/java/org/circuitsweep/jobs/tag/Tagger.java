package org.circuitsweep.jobs.tag;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.circuitsweep.jobs.io.Manifest;
import org.circuitsweep.jobs.io.SweepOutput;
import org.circuitsweep.jobs.io.SweepTables;
import org.circuitsweep.jobs.io.TableSchemas;
import org.circuitsweep.jobs.io.TagDefinition;
import org.circuitsweep.jobs.io.TagTable;
import org.circuitsweep.jobs.plan.SweepPlan;

/**
 * Computes the user tags of a sweep output with Spark SQL from its committed models rows, writes
 * them as a new version of the tags table, and counts every tag. The models files are only read.
 * Used on the driver; not thread-safe.
 */
public final class Tagger {

    /**
     * Committed models per class, and for each tag (built-in, then user tags) the models for
     * which it is true; both in a stable order.
     */
    public record Counts(Map<String, Long> classes, Map<String, Long> tags) {
    }

    private final SparkSession spark;
    private final SweepOutput output;
    private final List<TagDefinition> specTags;

    /** @param specTags the tags of the output's spec */
    public Tagger(SparkSession spark, SweepOutput output, List<TagDefinition> specTags) {
        this.spark = spark;
        this.output = output;
        this.specTags = List.copyOf(specTags);
    }

    /**
     * Analyses each tag against the models table {@code models} (see {@link TagRules#analyse});
     * throws the first {@link TagException}.
     */
    public static void analyse(SparkSession spark, StructType models, List<TagDefinition> tags) {
        for (TagDefinition t : tags) {
            TagRules.analyse(spark, models, t);
        }
    }

    /** The user tags: the spec's, then those added by {@code sweep tag}. */
    public List<TagDefinition> definitions() {
        return output.tagTable().definitions(specTags);
    }

    /**
     * Brings the stored tags up to date with the spec and the committed rows: rewrites the tags
     * table unless it already holds exactly {@link #definitions()} over every committed row.
     */
    public void refresh() {
        List<TagDefinition> tags = definitions();
        if (tags.isEmpty()) {
            return;
        }
        Optional<TagTable.Stored> stored = output.tagTable().read();
        Manifest m = output.requireManifest();
        long rows = output.committedVariants(new SweepPlan(m.variantCount(), m.chunkSize()));
        if (stored.isEmpty() || !stored.get().tags().equals(tags) || stored.get().rows() != rows) {
            write(tags);
        }
    }

    /**
     * Computes {@code tags} over the committed models rows and publishes them as the tags table in
     * one rename. The new file is opened before Spark computes the values, so a process killed
     * while they are computed or written leaves the old table and a hidden temporary file.
     */
    public void write(List<TagDefinition> tags) {
        Dataset<Row> base = SweepTables.models(spark, output);
        List<Column> columns = new ArrayList<>(List.of(base.col(TableSchemas.VARIANT)));
        tags.forEach(t -> columns.add(t.value()));
        // sorted, so the file's row groups hold variant ranges and the bytes do not depend on Spark's partitions
        Dataset<Row> values = base.select(columns.toArray(Column[]::new)).orderBy(TableSchemas.VARIANT);
        try (TagTable.Writer writer = output.tagTable().create(tags)) {
            spark.sparkContext().setJobDescription("tag " + output + " (" + tags.size() + " tags)");
            boolean[] row = new boolean[tags.size()];
            for (Iterator<Row> it = values.toLocalIterator(); it.hasNext(); ) {
                Row r = it.next();
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.getBoolean(i + 1);
                }
                writer.write(r.getLong(0), row);
            }
            writer.publish();
        }
    }

    /** The counts of the whole models table, in one pass over the models view with its user tags. */
    public Counts count() {
        List<TagDefinition> userTags = definitions();
        Dataset<Row> models = SweepTables.taggedModels(spark, output, userTags);
        List<String> tags = new ArrayList<>(SweepTables.builtInTags(SweepTables.models(spark, output)));
        userTags.forEach(t -> tags.add(t.name()));
        List<Column> aggregates = new ArrayList<>();
        for (String tag : tags) {
            aggregates.add(functions.count_if(models.col(tag)));
        }
        Map<String, Long> classes = new LinkedHashMap<>();
        long[] tagCounts = new long[tags.size()];
        for (Row r : models.groupBy(TableSchemas.CLASS).agg(functions.count(functions.lit(1)),
                aggregates.toArray(Column[]::new)).collectAsList()) {
            classes.put(r.getString(0), r.getLong(1));
            for (int i = 0; i < tagCounts.length; i++) {
                tagCounts[i] += r.getLong(i + 2);
            }
        }
        Map<String, Long> byTag = new LinkedHashMap<>();
        for (int i = 0; i < tagCounts.length; i++) {
            byTag.put(tags.get(i), tagCounts[i]);
        }
        return new Counts(classes, byTag);
    }
}
