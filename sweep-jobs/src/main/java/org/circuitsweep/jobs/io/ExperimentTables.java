package org.circuitsweep.jobs.io;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The tables of an experiment output as Spark SQL temporary views over its Parquet files:
 * {@code experiments} (one row per unit) and {@code selection} (the selected base rows). The views
 * of a sweep ({@code models}, {@code tags}, {@code sweeps}) are dropped, so that a session shared
 * by several commands never answers from another output.
 */
public final class ExperimentTables {

    public static final String EXPERIMENTS = "experiments";
    public static final String SELECTION = "selection";

    private ExperimentTables() {
    }

    public static void register(SparkSession spark, ExperimentOutput output) {
        for (String view : new String[] {SweepTables.MODELS, SweepTables.TAGS, SweepTables.SWEEPS}) {
            spark.catalog().dropTempView(view);
        }
        if (!hasChunk(spark, output.experiments())) {
            throw new OutputException(SweepOutput.display(output.experiments()) + ": no committed chunk yet; run or "
                    + "resume the experiment first");
        }
        spark.read().parquet(output.experiments().toString()).createOrReplaceTempView(EXPERIMENTS);
        spark.read().parquet(output.selectionFile().toString()).createOrReplaceTempView(SELECTION);
    }

    private static boolean hasChunk(SparkSession spark, Path dir) {
        try {
            var fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(dir)) {
                return false;
            }
            for (FileStatus s : fs.listStatus(dir)) {
                String name = s.getPath().getName();
                if (s.isFile() && name.endsWith(".parquet") && !name.startsWith(".")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
