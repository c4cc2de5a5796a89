package org.circuitsweep.jobs.job;

/**
 * What a task returns for one chunk: the only per-chunk data that reaches the driver.
 *
 * @param chunk     the chunk id
 * @param counts    models per class in the chunk
 * @param committed false when another attempt had already committed the chunk (this attempt's
 *                  file was dropped)
 */
public record ChunkSummary(int chunk, ClassCounts counts, boolean committed) {
}
