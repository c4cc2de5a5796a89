package org.circuitsweep.jobs.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A set of chunk ids out of [0, universe), stored as one bit per chunk: the driver's whole record
 * of which chunks are committed or missing. Mutable; not thread-safe.
 */
public final class ChunkSet {

    private final int universe;
    private final BitSet bits;

    private ChunkSet(int universe, BitSet bits) {
        this.universe = universe;
        this.bits = bits;
    }

    /** No chunk of [0, universe). */
    public static ChunkSet empty(int universe) {
        if (universe < 0) {
            throw new IllegalArgumentException("universe: " + universe + " must be >= 0");
        }
        return new ChunkSet(universe, new BitSet(universe));
    }

    public int universe() {
        return universe;
    }

    public void add(int chunk) {
        if (chunk < 0 || chunk >= universe) {
            throw new IndexOutOfBoundsException("chunk " + chunk + " is outside [0, " + universe + ")");
        }
        bits.set(chunk);
    }

    public boolean contains(int chunk) {
        return bits.get(chunk);
    }

    /** Number of chunks in the set. */
    public int size() {
        return bits.cardinality();
    }

    /** The chunks of [0, universe) that are not in this set. */
    public ChunkSet complement() {
        BitSet c = (BitSet) bits.clone();
        c.flip(0, universe);
        return new ChunkSet(universe, c);
    }

    /** The smallest {@code limit} chunk ids of the set, ascending: the work list of one job. */
    public List<Integer> first(int limit) {
        List<Integer> ids = new ArrayList<>(Math.min(limit, size()));
        for (int k = bits.nextSetBit(0); k >= 0 && ids.size() < limit; k = bits.nextSetBit(k + 1)) {
            ids.add(k);
        }
        return ids;
    }

    /** Bytes held by the set's bits: ⌈universe / 64⌉ words at most, whatever the number of variants. */
    public long footprintBytes() {
        return bits.size() / Byte.SIZE;
    }

    @Override
    public String toString() {
        return size() + " of " + universe + " chunks";
    }
}
