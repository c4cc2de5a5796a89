package org.circuitsweep.jobs.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Where commands get their Spark session. The command line starts one per command and stops it;
 * tests hand in their shared session instead.
 */
public interface SparkSessions {

    SparkSession open(SparkConf conf);

    void close(SparkSession spark);

    /** A new session per command, stopped when the command ends. */
    SparkSessions EMBEDDED = new SparkSessions() {
        @Override
        public SparkSession open(SparkConf conf) {
            return SparkSession.builder().config(conf).getOrCreate();
        }

        @Override
        public void close(SparkSession spark) {
            spark.stop();
        }
    };
}
