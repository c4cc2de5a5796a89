package org.circuitsweep.engine.sample;

import java.io.Serializable;

/**
 * A keyed pseudo-random permutation of [0, size), evaluated one element at a time without
 * building it: a Feistel network on the {@code b}-bit words, {@code 2^b} the smallest power of
 * two &ge; size, restricted to [0, size) by cycle walking (re-encrypt until the result is in
 * range; it terminates because the network permutes [0, 2^b), and it takes fewer than two
 * steps on average because {@code 2^b < 2·size}).
 *
 * <p>The word is split into a high half of {@code ceil(b/2)} bits and a low half of
 * {@code floor(b/2)} bits; each round XORs one half with a keyed hash of the other, alternating
 * halves. Every round is invertible whatever the hash, so the network is a bijection also when
 * the halves have different widths (odd {@code b}), which avoids the up to 4x cycle walking of
 * padding {@code b} to even.
 */
final class FeistelPermutation implements Serializable {

    /** Eight half-rounds: well past the four Luby–Rackoff needs, for small domains where halves are a few bits. */
    private static final int ROUNDS = 8;

    private final long size;
    private final int lowBits;
    private final long lowMask;
    private final long highMask;
    private final long[] roundKeys = new long[ROUNDS];

    FeistelPermutation(long size, long key) {
        if (size < 1) {
            throw new IllegalArgumentException("a permutation needs a size of at least 1, got " + size);
        }
        this.size = size;
        int bits = 64 - Long.numberOfLeadingZeros(size - 1);
        lowBits = bits / 2;
        lowMask = (1L << lowBits) - 1;
        highMask = (1L << (bits - lowBits)) - 1;
        for (int r = 0; r < ROUNDS; r++) {
            roundKeys[r] = StatelessRandom.mix64(key + (r + 1) * StatelessRandom.GOLDEN);
        }
    }

    /** The image of {@code x}, which must be in [0, size). */
    long apply(long x) {
        long y = x;
        do {
            y = encrypt(y);
        } while (y >= size);
        return y;
    }

    private long encrypt(long x) {
        long high = x >>> lowBits;
        long low = x & lowMask;
        for (int r = 0; r < ROUNDS; r += 2) {
            high ^= StatelessRandom.bits(roundKeys[r], low) & highMask;
            low ^= StatelessRandom.bits(roundKeys[r + 1], high) & lowMask;
        }
        return (high << lowBits) | low;
    }
}
