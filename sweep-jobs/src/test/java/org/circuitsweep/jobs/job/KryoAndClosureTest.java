package org.circuitsweep.jobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.jobs.plan.SweepPlan;
import org.junit.jupiter.api.Test;

import scala.reflect.ClassTag$;

/** What travels between driver and executors survives its serializer. */
class KryoAndClosureTest {

    @Test
    void chunkSummariesRoundTripThroughKryoWithRegistrationRequired() {
        SparkConf conf = SweepSparkConf.create("kryo", "local[1]").set("spark.kryo.registrationRequired", "true");
        SerializerInstance kryo = new KryoSerializer(conf).newInstance();
        ClassCounts counts = new ClassCounts();
        counts.add(ActivityClass.BURSTING, 5);
        counts.add(ActivityClass.NUMERICAL_FAILURE, 2);
        ChunkSummary summary = new ChunkSummary(41, counts);
        ChunkSummary[] back = kryo.deserialize(kryo.serialize(new ChunkSummary[] {summary},
                ClassTag$.MODULE$.apply(ChunkSummary[].class)), ClassTag$.MODULE$.apply(ChunkSummary[].class));
        assertThat(back).containsExactly(summary);
    }

    @Test
    void thePlanSurvivesJavaSerializationWithItsValidation() throws Exception {
        SweepPlan plan = new SweepPlan(20_250_000L, 100);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(plan);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(plan);
        }
    }
}
