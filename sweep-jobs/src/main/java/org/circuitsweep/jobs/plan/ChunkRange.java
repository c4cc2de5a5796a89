package org.circuitsweep.jobs.plan;

/**
 * The variants [start, end) of chunk {@code chunk}: one Parquet file of the models table and one
 * Spark task.
 */
public record ChunkRange(int chunk, long start, long end) {

    public ChunkRange {
        if (chunk < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("chunk " + chunk + ": need 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    /** Number of variants in the chunk. */
    public long size() {
        return end - start;
    }
}
