package org.circuitsweep.jobs.job;

import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.circuitsweep.engine.sample.Sampler;

import scala.Tuple2;

/**
 * The Spark configuration of every circuit-sweep session. Values a user sets as {@code -Dspark.*}
 * system properties win over the defaults here (for example {@code spark.driver.host} when the
 * executors run on other machines).
 */
public final class SweepSparkConf {

    private SweepSparkConf() {
    }

    /** A configuration for the application {@code circuit-sweep <name>} on {@code master}. */
    public static SparkConf create(String name, String master) {
        SparkConf conf = new SparkConf(true) // loads spark.* system properties
                .setAppName("circuit-sweep " + name)
                .setMaster(master);
        conf.setIfMissing("spark.ui.enabled", "false");
        // Else Spark creates spark-warehouse/ in the working directory.
        conf.setIfMissing("spark.sql.warehouse.dir",
                Paths.get(System.getProperty("java.io.tmpdir"), "circuit-sweep-warehouse").toUri().toString());
        conf.setIfMissing("spark.serializer", KryoSerializer.class.getName());
        conf.setIfMissing("spark.kryo.registrator", SweepKryoRegistrator.class.getName());
        // A lost executor or a failed attempt re-runs the chunk; the commit keeps it to one file.
        conf.setIfMissing("spark.task.maxFailures", "4");
        // Heartbeats carry the accumulators of running tasks: the progress line moves within a chunk.
        conf.setIfMissing("spark.executor.heartbeatInterval", "3s");
        // No .crc side files next to the tables on file:// outputs.
        conf.setIfMissing("spark.hadoop.fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem");
        if (master.startsWith("local")) {
            // Embedded: nothing needs to reach the driver from elsewhere.
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        } else {
            // The driver address stays Spark's default (SPARK_LOCAL_IP if set, as scripts/sweep
            // does, else this host's): executors on YARN, Kubernetes or other machines must reach it.
            // Executors of a cluster have Spark's jars only: ship ours and what Spark lacks.
            conf.setIfMissing("spark.jars", String.join(",", applicationJars()));
            // Executor JVMs started by a worker get Spark's module flags only; the SIMD kernel
            // needs jdk.incubator.vector, and the rest matches what the driver runs with.
            conf.setIfMissing("spark.executor.extraJavaOptions", BuildInfo.jvmFlags());
        }
        return conf;
    }

    /**
     * The jars executors need beyond Spark's own: this module, the engine, parquet-avro and the
     * YAML parser of specs. Found where the classes were loaded from; classes loaded from a
     * directory (a build's target/classes) cannot be shipped and are left out.
     */
    static List<String> applicationJars() {
        return Stream.of(ChunkTask.class, Sampler.class, AvroParquetWriter.class, YAMLFactory.class)
                .map(c -> c.getProtectionDomain().getCodeSource())
                .filter(Objects::nonNull)
                .map(source -> source.getLocation().toString())
                .filter(location -> location.endsWith(".jar"))
                .distinct()
                .toList();
    }

    /**
     * The Hadoop configuration the driver uses before Spark starts (to validate an output and
     * refuse it quickly): Hadoop defaults plus every {@code spark.hadoop.*} entry, as Spark builds it.
     */
    public static Configuration hadoopConf(SparkConf conf) {
        Configuration hadoop = new Configuration();
        for (Tuple2<String, String> kv : conf.getAllWithPrefix("spark.hadoop.")) {
            hadoop.set(kv._1(), kv._2());
        }
        return hadoop;
    }
}
