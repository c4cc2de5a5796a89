package org.circuitsweep.jobs.io;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * The one row of the {@code sweeps} table; see sweeps.avsc for the meaning and unit of each field.
 */
public record SweepRow(Manifest manifest, String specText, long seed, String method, long variantsDone,
                       Map<String, Long> classCounts, Instant startedAt, Instant finishedAt, long variantsRun) {

    public SweepRow {
        classCounts = Collections.unmodifiableMap(new LinkedHashMap<>(classCounts)); // keeps the class order
    }

    GenericRecord toAvro() {
        GenericData.Record r = new GenericData.Record(TableSchemas.sweeps());
        r.put("sweep_id", manifest.sweepId());
        r.put("name", manifest.name());
        r.put("spec_hash", manifest.specHash());
        r.put("spec_text", specText);
        r.put("seed", seed);
        r.put("method", method);
        r.put("variant_count", manifest.variantCount());
        r.put("variants_done", variantsDone);
        r.put("chunk_size", manifest.chunkSize());
        r.put("chunk_count", manifest.chunkCount());
        r.put("parameter_names", List.copyOf(manifest.parameterNames()));
        r.put("class_counts", classCounts);
        r.put("engine_version", manifest.engineVersion());
        r.put("created_at", manifest.createdAt().toEpochMilli());
        r.put("started_at", startedAt.toEpochMilli());
        r.put("finished_at", finishedAt.toEpochMilli());
        r.put("run_time_ms", finishedAt.toEpochMilli() - startedAt.toEpochMilli());
        r.put("variants_run", variantsRun);
        return r;
    }
}
