package org.circuitsweep.jobs.job;

/**
 * What a task returns for one chunk: the only per-chunk data that reaches the driver.
 *
 * @param chunk  the chunk id
 * @param counts models per class in the chunk
 */
public record ChunkSummary(int chunk, ClassCounts counts) {
}
