package org.circuitsweep.engine.sample;

/**
 * Counter-based random numbers: every number is a hash of its coordinates, so a variant can
 * be computed on any executor, in any order, with no generator state to carry or restore.
 *
 * <p>Construction. {@link #mix64} is the SplitMix64 finaliser (Stafford's "Mix13"), a bijection
 * of 64-bit words with full avalanche. A stream key is
 * {@code mix64(mix64(seed·φ + φ) + word·φ)} with {@code word = stream << 32 | dimension} and
 * φ = 2^64/golden ratio (odd), so distinct (stream, dimension) pairs of one seed give distinct
 * keys. The number at {@code index} is {@code mix64(mix64(index·φ + key) XOR key)}: the inner
 * call is the SplitMix64 stream started at {@code key}; the outer one decorrelates streams
 * whose keys differ by a multiple of φ, which would otherwise be shifted copies of each other.
 */
final class StatelessRandom {

    /** Round(2^64 / golden ratio), odd: multiplying by it is a bijection that spreads counters. */
    static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** Stream tags, so two methods (or two uses within one method) never share numbers. */
    static final int RANDOM = 1;
    static final int LHS_PERMUTATION = 2;
    static final int LHS_JITTER = 3;
    static final int SOBOL_SCRAMBLE = 4;

    private StatelessRandom() {
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The key of one dimension's stream of one use (one of the stream tags above). */
    static long key(long seed, int stream, int dimension) {
        long word = ((long) stream << 32) | (dimension & 0xFFFF_FFFFL);
        return mix64(mix64(seed * GOLDEN + GOLDEN) + word * GOLDEN);
    }

    /** 64 random bits at {@code index} of the stream with that key. */
    static long bits(long key, long index) {
        return mix64(mix64(index * GOLDEN + key) ^ key);
    }

    /** The top 53 bits as a double in [0, 1): every value is a multiple of 2^-53, 1 is never reached. */
    static double unit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }
}
