package org.circuitsweep.jobs.job;

import java.util.ArrayList;
import java.util.List;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import org.apache.spark.serializer.KryoRegistrator;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType$;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.TimestampType$;
import org.apache.spark.util.io.ChunkedByteBuffer;

/**
 * Registers with Kryo what tasks send back, so that runs with {@code spark.kryo.registrationRequired}
 * (the tests) pass. Records get explicit serializers: Kryo 4 cannot set the final fields of a Java
 * record.
 */
public final class SweepKryoRegistrator implements KryoRegistrator {

    @Override
    public void registerClasses(Kryo kryo) {
        kryo.register(ChunkSummary.class, new ChunkSummarySerializer());
        kryo.register(ChunkSummary[].class);
        // Spark reads Parquet footers in a job that returns the schemas found; it registers the
        // common data types itself, but not these types of the sweeps, models and tags tables.
        kryo.register(ArrayType.class);
        kryo.register(MapType.class);
        kryo.register(TimestampType$.class);
        kryo.register(BooleanType$.class);
        // Dataset.toLocalIterator (query --format csv|json streams rows) returns these from tasks.
        kryo.register(ChunkedByteBuffer[].class);
    }

    /** The chunk id, then the class counts and the tag counts, each as its labels and the counts in their order. */
    static final class ChunkSummarySerializer extends Serializer<ChunkSummary> {

        @Override
        public void write(Kryo kryo, Output out, ChunkSummary s) {
            out.writeInt(s.chunk(), true);
            writeCounts(out, s.counts());
            writeCounts(out, s.tags());
        }

        @Override
        public ChunkSummary read(Kryo kryo, Input in, Class<ChunkSummary> type) {
            int chunk = in.readInt(true);
            ClassCounts counts = readCounts(in);
            return new ChunkSummary(chunk, counts, readCounts(in));
        }

        private static void writeCounts(Output out, ClassCounts counts) {
            List<String> labels = counts.labels();
            out.writeInt(labels.size(), true);
            labels.forEach(out::writeString);
            out.writeLongs(counts.toArray(), true);
        }

        private static ClassCounts readCounts(Input in) {
            int n = in.readInt(true);
            List<String> labels = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                labels.add(in.readString());
            }
            return ClassCounts.of(labels, in.readLongs(n, true));
        }
    }
}
