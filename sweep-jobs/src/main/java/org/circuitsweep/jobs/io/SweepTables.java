package org.circuitsweep.jobs.io;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.SparkSqlParser;

/**
 * The tables of a sweep output as Spark SQL temporary views ({@code models}, {@code sweeps}) over
 * its Parquet directories, with the schema taken from the files; and the guard that lets only a
 * single read-only query through.
 */
public final class SweepTables {

    public static final String MODELS = "models";
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

    /** Registers {@code models} (and {@code sweeps} once a run has finished) over the output's files. */
    public static void register(SparkSession spark, SweepOutput output) {
        if (!hasParquet(spark, output.models())) {
            throw new OutputException(SweepOutput.display(output.models()) + ": no committed chunk yet; run or resume the sweep first");
        }
        spark.read().parquet(output.models().toString()).createOrReplaceTempView(MODELS);
        if (hasParquet(spark, output.sweeps())) {
            spark.read().parquet(output.sweeps().toString()).createOrReplaceTempView(SWEEPS);
        } else {
            // A session shared by several commands (tests, notebooks) must not show another output's row.
            spark.catalog().dropTempView(SWEEPS);
        }
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
