package org.circuitsweep.jobs.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run or resume did.
 *
 * @param output       the output directory (qualified URI)
 * @param variants     N, the variants of the sweep
 * @param variantsDone variants committed after this run
 * @param chunksRun    chunks simulated by this run
 * @param runCounts    models per class simulated by this run, from the chunk summaries
 * @param sweepCounts  models per class of the whole models table: counted by Spark SQL, or summed
 *                     from the chunk summaries when this run wrote the whole table and there is
 *                     no user tag
 * @param tagCounts    models of the whole table for which each tag is true (built-in, then user
 *                     tags), counted as sweepCounts
 * @param runTimeMs    wall time of the run, ms: the sweeps row's {@code run_time_ms} (the job from
 *                     checking the tags to writing that row; JVM and Spark start-up excluded)
 */
public record RunResult(String output, long variants, long variantsDone, int chunksRun, ClassCounts runCounts,
                        ClassCounts sweepCounts, Map<String, Long> tagCounts, long runTimeMs) {

    public RunResult {
        tagCounts = Collections.unmodifiableMap(new LinkedHashMap<>(tagCounts)); // keeps the tag order
    }

    public boolean complete() {
        return variantsDone == variants;
    }
}
