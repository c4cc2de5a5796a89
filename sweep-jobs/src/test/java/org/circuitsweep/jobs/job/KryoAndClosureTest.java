package org.circuitsweep.jobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.jobs.plan.SweepPlan;
import org.circuitsweep.jobs.spec.Candidate;
import org.circuitsweep.jobs.spec.Selection;
import org.circuitsweep.jobs.spec.SpecInputs;
import org.junit.jupiter.api.Test;

import scala.reflect.ClassTag$;

/** What travels between driver and executors survives its serializer. */
class KryoAndClosureTest {

    @Test
    void chunkSummariesRoundTripThroughKryoWithRegistrationRequired() {
        SparkConf conf = SweepSparkConf.create("kryo", "local[1]").set("spark.kryo.registrationRequired", "true");
        SerializerInstance kryo = new KryoSerializer(conf).newInstance();
        ClassCounts counts = new ClassCounts(List.of("pyloric", "pyloric-like", "silent", "numerical_failure"));
        counts.add("pyloric-like", 5);
        counts.add("numerical_failure", 2);
        ClassCounts tags = new ClassCounts(List.of("triphasic", "pyloric_order"));
        tags.add("triphasic", 5);
        ChunkSummary summary = new ChunkSummary(41, counts, tags);
        ChunkSummary[] back = kryo.deserialize(kryo.serialize(new ChunkSummary[] {summary},
                ClassTag$.MODULE$.apply(ChunkSummary[].class)), ClassTag$.MODULE$.apply(ChunkSummary[].class));
        assertThat(back).containsExactly(summary);
    }

    /** The inputs a task gets besides the spec text: the driver's selections and circuit text, by Java serialization. */
    @Test
    void specInputsSurviveJavaSerialization() throws Exception {
        Candidate lp = new Candidate("q-0123456789ab:7", Prinz2004Pyloric.neuron("LP4").toArray(), 7);
        SpecInputs inputs = new SpecInputs("cells: []", Map.of()).withSelection("LP",
                new Selection("q-0123456789ab", "f".repeat(64), List.of(lp)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(inputs);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(inputs);
        }
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
