package org.circuitsweep.jobs.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.SparkSqlParser;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.circuitsweep.jobs.plan.SweepPlan;

/**
 * The tables of a sweep output as Spark SQL temporary views ({@code models}, {@code tags},
 * {@code sweeps}) over its Parquet files, with the schema taken from the files; and the guard that
 * lets only a single read-only query through.
 */
public final class SweepTables {

    public static final String MODELS = "models";
    public static final String TAGS = "tags";
    public static final String SWEEPS = "sweeps";

    private SweepTables() {
    }

    /**
     * Refuses anything but one query (SELECT, WITH … SELECT, VALUES, TABLE, set operations): INSERT,
     * CREATE, DROP, ALTER, CACHE, SET, ADD JAR and several statements all fail here, before Spark
     * runs anything. Needs no SparkSession.
     */
    public static void requireReadOnlyQuery(String sql) {
        SparkSqlParser parser = new SparkSqlParser();
        LogicalPlan statement;
        try {
            statement = parser.parsePlan(sql);
        } catch (Exception e) { // Scala does not declare the checked ParseException
            if (e instanceof ParseException) {
                throw new QueryException("SQL: not a single valid statement: " + firstLine(e.getMessage()));
            }
            throw e;
        }
        try {
            // The grammar's query rule has no INSERT, DDL or command: a statement that parses here reads only.
            parser.parseQuery(sql.strip().replaceAll(";+$", ""));
        } catch (Exception e) {
            if (!(e instanceof ParseException)) {
                throw e;
            }
            throw new QueryException("SQL: only a read-only query (SELECT, WITH, VALUES, TABLE) is allowed, got a "
                    + statement.nodeName() + " statement");
        }
    }

    /**
     * Registers {@code models} (its own columns, then one per user tag), {@code tags} ({@code variant},
     * the built-in tags, then the user tags) and, once a run has finished, {@code sweeps}.
     *
     * @param specTags the tags of the output's spec
     */
    public static void register(SparkSession spark, SweepOutput output, List<TagDefinition> specTags) {
        List<TagDefinition> userTags = output.tagTable().definitions(specTags);
        Dataset<Row> models = taggedModels(spark, output, userTags);
        models.createOrReplaceTempView(MODELS);
        List<String> tags = new ArrayList<>(builtInTags(models(spark, output)));
        userTags.forEach(t -> tags.add(t.name()));
        models.select(TableSchemas.VARIANT, tags.toArray(String[]::new)).createOrReplaceTempView(TAGS);
        if (hasParquet(spark, output.sweeps())) {
            spark.read().parquet(output.sweeps().toString()).createOrReplaceTempView(SWEEPS);
        } else {
            // A session shared by several commands (tests, notebooks) must not show another output's row.
            spark.catalog().dropTempView(SWEEPS);
        }
    }

    /**
     * The committed models rows with one column per user tag after their own. The values are the
     * stored ones, joined on variant, when the tags file holds exactly {@code userTags} and covers
     * every committed row; else they are computed from the expressions, which gives the same
     * values: the file is a cache of them that a run or {@code sweep tag} brings up to date, and
     * it falls behind only when a run is killed after it committed chunks.
     *
     * @param userTags the output's user tags ({@link TagTable#definitions})
     */
    public static Dataset<Row> taggedModels(SparkSession spark, SweepOutput output, List<TagDefinition> userTags) {
        Dataset<Row> base = models(spark, output);
        if (userTags.isEmpty()) {
            return base;
        }
        List<Column> columns = new ArrayList<>(Arrays.stream(base.columns()).map(base::col).toList());
        Optional<TagTable.Stored> stored = output.tagTable().read();
        Manifest m = output.requireManifest();
        long rows = output.committedVariants(new SweepPlan(m.variantCount(), m.chunkSize()));
        if (stored.isEmpty() || !stored.get().tags().equals(userTags) || stored.get().rows() != rows) {
            userTags.forEach(t -> columns.add(t.value()));
            return base.select(columns.toArray(Column[]::new));
        }
        Dataset<Row> values = spark.read().parquet(output.tagTable().file().toString());
        userTags.forEach(t -> columns.add(values.col(t.name())));
        return base.join(values, base.col(TableSchemas.VARIANT).equalTo(values.col(TableSchemas.VARIANT)))
                .select(columns.toArray(Column[]::new));
    }

    /** The built-in tags of a models table as the chunk files hold it: its boolean columns. */
    public static List<String> builtInTags(Dataset<Row> models) {
        return Arrays.stream(models.schema().fields()).filter(f -> f.dataType().equals(DataTypes.BooleanType))
                .map(StructField::name).toList();
    }

    /** The committed models rows as the chunk files hold them, without user tags. */
    public static Dataset<Row> models(SparkSession spark, SweepOutput output) {
        if (!hasParquet(spark, output.models())) {
            throw new OutputException(SweepOutput.display(output.models()) + ": no committed chunk yet; run or resume the sweep first");
        }
        return spark.read().parquet(output.models().toString());
    }

    private static boolean hasParquet(SparkSession spark, Path dir) {
        try {
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(dir)) {
                return false;
            }
            RemoteIterator<FileStatus> it = fs.listStatusIterator(dir);
            while (it.hasNext()) {
                FileStatus s = it.next();
                if (s.isFile() && s.getPath().getName().endsWith(".parquet") && !s.getPath().getName().startsWith(".")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The first non-blank line of a (multi-line) Spark message. */
    public static String firstLine(String message) {
        return message == null ? "" : message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }
}
