package org.circuitsweep.jobs.job;

/**
 * What a task returns for one chunk: the only per-chunk data that reaches the driver.
 *
 * @param chunk  the chunk id
 * @param counts models per class in the chunk
 * @param tags   models of the chunk for which each built-in tag (a boolean column) is true, in column order
 */
public record ChunkSummary(int chunk, ClassCounts counts, ClassCounts tags) {
}
