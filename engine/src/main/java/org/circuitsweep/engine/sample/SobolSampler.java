package org.circuitsweep.engine.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Owen-scrambled Sobol points, computed directly from the index.
 *
 * <p>Point {@code i} of coordinate {@code c} is the XOR of the direction numbers selected by the
 * bits of the Gray code {@code i ^ (i >>> 1)} (the Antonov–Saleev order that
 * {@link SobolSequenceGenerator} also uses), so one point costs O(64) per coordinate and no
 * work grows with the index. Direction numbers are Joe and Kuo's {@code new-joe-kuo-6}
 * (primitive polynomials and initial numbers m_k), read from the copy shipped inside
 * commons-math3 and expanded to 64 bits, so indices up to 2^63 - 1 are exact.
 *
 * <p>Scrambling is a hash-based nested uniform (Owen) scramble, applied by its definition: the
 * binary digits of a coordinate form a tree, digit {@code k} (k = 0 the most significant)
 * being a node identified by the k digits above it, and each node flips its digit when one bit
 * of a {@link StatelessRandom} hash of (seed, dimension, node) says so. The 53 digits that
 * reach the double are scrambled. Every map of this form sends each dyadic interval of length
 * 2^-k onto another one, so the net properties of Sobol points survive: for count = 2^k every
 * coordinate has exactly one point in each of the 2^k equal intervals. Counts that are powers of
 * two therefore give the best balance; other counts are allowed.
 */
final class SobolSampler extends UnitCubeSampler {

    private static final String DIRECTIONS = "/assets/org/apache/commons/math3/random/new-joe-kuo-6.1000";
    /** Coordinates with direction numbers in that file (line d holds coordinate d - 1). */
    static final int MAX_COORDINATES = 1000;
    private static final int BITS = 64;
    private static final int SCRAMBLED_DIGITS = 53;

    /** coordinates[d]: the Sobol coordinate of dimension d; fixed dimensions take none. */
    private final int[] coordinates;
    private final long[][] directions;
    private final long[] scrambleKeys;

    SobolSampler(Dimension[] dimensions, long count, long seed) {
        super(dimensions, count);
        coordinates = new int[dimensions.length];
        scrambleKeys = new long[dimensions.length];
        int used = 0;
        for (int d = 0; d < dimensions.length; d++) {
            coordinates[d] = dimensions[d] instanceof Dimension.Fixed ? -1 : used++;
            scrambleKeys[d] = StatelessRandom.key(seed, StatelessRandom.SOBOL_SCRAMBLE, d);
        }
        if (used > MAX_COORDINATES) {
            throw new IllegalArgumentException("sobol supports at most " + MAX_COORDINATES
                    + " non-fixed dimensions (the Joe-Kuo direction numbers of commons-math3), got " + used);
        }
        directions = directionNumbers(used);
    }

    @Override
    double unit(long index, int dimension) {
        long point = sobolBits(directions[coordinates[dimension]], index);
        return StatelessRandom.unit(owenScramble(point, scrambleKeys[dimension]));
    }

    /** Unscrambled point {@code index} of one coordinate, as a 64-bit binary fraction. */
    static long sobolBits(long[] directions, long index) {
        long x = 0;
        int k = 0;
        for (long gray = index ^ (index >>> 1); gray != 0; gray >>>= 1, k++) {
            if ((gray & 1) != 0) {
                x ^= directions[k];
            }
        }
        return x;
    }

    static long owenScramble(long x, long key) {
        long out = x;
        for (int digit = 0; digit < SCRAMBLED_DIGITS; digit++) {
            // Heap numbering of the tree: a leading 1 above the digits already passed.
            long node = digit == 0 ? 1 : (1L << digit) | (x >>> (BITS - digit));
            out ^= (StatelessRandom.bits(key, node) >>> 63) << (BITS - 1 - digit);
        }
        return out;
    }

    /**
     * The direction numbers v_1..v_64 of the first {@code count} coordinates, v_k at [k - 1], as
     * binary fractions scaled by 2^64, by the recurrence of Bratley–Fox / Joe–Kuo.
     */
    static long[][] directionNumbers(int count) {
        long[][] v = new long[count][BITS];
        if (count == 0) {
            return v;
        }
        for (int k = 1; k <= BITS; k++) {
            v[0][k - 1] = 1L << (BITS - k);
        }
        try (InputStream in = SobolSequenceGenerator.class.getResourceAsStream(DIRECTIONS)) {
            if (in == null) {
                throw new IllegalStateException("Sobol direction numbers " + DIRECTIONS + " not found on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            reader.readLine(); // header: d s a m_i
            for (int c = 1; c < count; c++) {
                String[] f = reader.readLine().trim().split("\\s+");
                int s = Integer.parseInt(f[1]);
                long a = Long.parseLong(f[2]);
                long[] w = v[c];
                for (int k = 1; k <= s; k++) {
                    w[k - 1] = Long.parseLong(f[2 + k]) << (BITS - k);
                }
                for (int k = s + 1; k <= BITS; k++) {
                    long x = w[k - s - 1] ^ (w[k - s - 1] >>> s);
                    for (int j = 1; j < s; j++) {
                        x ^= ((a >>> (s - 1 - j)) & 1) * w[k - j - 1];
                    }
                    w[k - 1] = x;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Sobol direction numbers " + DIRECTIONS, e);
        }
        return v;
    }
}
