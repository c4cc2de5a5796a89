package org.circuitsweep.jobs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.circuitsweep.jobs.job.SweepSparkConf;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that needs Spark. {@link #prepare} checks the user's input without Spark and writes
 * nothing, so a refusal is quick and leaves everything as it was; then the session is opened,
 * {@link #run} does the work, and the session is closed whatever happens.
 */
abstract class SparkCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", description = "Log Spark, Hadoop and Parquet at INFO (default: warnings only).")
    private boolean verbose;

    /**
     * The Spark master: the one spark-submit set (as the system property {@code spark.master}),
     * else {@code local[*]}; a subcommand may offer {@code --master} to choose another.
     */
    protected String master() {
        return System.getProperty("spark.master", "local[*]");
    }

    /** Checks the input and remembers what {@link #run} needs; must not write anything. */
    protected abstract void prepare(Configuration hadoopConf);

    /** The application name after {@code circuit-sweep }, known once {@link #prepare} ran. */
    protected abstract String name();

    /** Does the work; returns the exit code. */
    protected abstract int run(SparkSession spark);

    @Override
    public final Integer call() {
        if (verbose) {
            Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.INFO);
        }
        SparkConf conf = SweepSparkConf.create(spec.name(), master());
        prepare(SweepSparkConf.hadoopConf(conf));
        conf.setAppName("circuit-sweep " + name());
        SparkSession spark = main.sessions().open(conf);
        try {
            return run(spark);
        } finally {
            main.sessions().close(spark);
        }
    }

    protected CommandSpec spec() {
        return spec;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
