package org.circuitsweep.jobs.plan;

import java.io.Serializable;

/**
 * The variants [0, N) of a sweep cut into chunks of {@code chunkSize}: chunk k holds
 * [k·chunkSize, min(N, (k+1)·chunkSize)). Holds two numbers; ranges are computed when asked for.
 * Immutable and thread-safe; serializable because each task computes its chunk ranges itself.
 *
 * @param variants  N, the number of variants (≥ 1)
 * @param chunkSize variants per chunk (≥ 1)
 */
public record SweepPlan(long variants, int chunkSize) implements Serializable {

    public SweepPlan {
        if (variants < 1) {
            throw new IllegalArgumentException("variants: " + variants + " is not allowed; a sweep needs at least 1 variant");
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk-size: " + chunkSize + " is not allowed; expected an integer >= 1");
        }
        // Chunk ids are ints (Spark partitions and file names); refuse plans that would overflow them.
        if ((variants - 1) / chunkSize >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("chunk-size: " + chunkSize + " gives more than " + Integer.MAX_VALUE
                    + " chunks for " + variants + " variants; use a larger chunk size");
        }
    }

    /** ceil(N / chunkSize). */
    public int chunkCount() {
        return (int) ((variants - 1) / chunkSize + 1);
    }

    /** The range of chunk {@code k}, 0 ≤ k &lt; chunkCount. */
    public ChunkRange chunk(int k) {
        if (k < 0 || k >= chunkCount()) {
            throw new IndexOutOfBoundsException("chunk " + k + " is outside [0, " + chunkCount() + ")");
        }
        long start = (long) k * chunkSize;
        return new ChunkRange(k, start, Math.min(variants, start + chunkSize));
    }

    /** Number of variants in the chunks of {@code chunks}. */
    public long variantsIn(ChunkSet chunks) {
        long n = (long) chunks.size() * chunkSize;
        // Only the last chunk can be short.
        int last = chunkCount() - 1;
        return chunks.contains(last) ? n - chunkSize + chunk(last).size() : n;
    }

    /** An empty set sized for this plan's chunks. */
    public ChunkSet noChunks() {
        return ChunkSet.empty(chunkCount());
    }

    /** The chunks that are not in {@code committed}. */
    public ChunkSet missing(ChunkSet committed) {
        if (committed.universe() != chunkCount()) {
            throw new IllegalArgumentException("committed chunks are of a plan with " + committed.universe()
                    + " chunks, this plan has " + chunkCount());
        }
        return committed.complement();
    }
}
