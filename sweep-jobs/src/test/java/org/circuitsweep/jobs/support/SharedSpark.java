package org.circuitsweep.jobs.support;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.circuitsweep.jobs.cli.SparkSessions;
import org.circuitsweep.jobs.job.SweepSparkConf;

/**
 * The one local[2] Spark session of the test JVM, configured like the command line's (Kryo with
 * registration required comes from surefire's system properties). Stopped when the JVM exits.
 */
public final class SharedSpark {

    private static SparkSession session;

    /** Hands the shared session to commands and keeps it open when they finish. */
    public static final SparkSessions SESSIONS = new SparkSessions() {
        @Override
        public SparkSession open(SparkConf ignored) {
            return get();
        }

        @Override
        public void close(SparkSession spark) {
        }
    };

    private SharedSpark() {
    }

    public static synchronized SparkSession get() {
        if (session == null) {
            SparkConf conf = SweepSparkConf.create("tests", "local[2]")
                    .set("spark.sql.shuffle.partitions", "2");
            if (!"true".equals(conf.get("spark.kryo.registrationRequired", "false"))) {
                throw new IllegalStateException("run the tests through Maven: surefire sets spark.kryo.registrationRequired");
            }
            session = SparkSession.builder().config(conf).getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
