package org.circuitsweep.jobs.job;

/**
 * What a run or resume did.
 *
 * @param output       the output directory (qualified URI)
 * @param variants     N, the variants of the sweep
 * @param variantsDone variants committed after this run
 * @param chunksRun    chunks simulated by this run
 * @param runCounts    models per class simulated by this run, from the chunk summaries
 * @param sweepCounts  models per class of the whole models table, counted by Spark SQL
 */
public record RunResult(String output, long variants, long variantsDone, int chunksRun, ClassCounts runCounts,
                        ClassCounts sweepCounts) {

    public boolean complete() {
        return variantsDone == variants;
    }
}
