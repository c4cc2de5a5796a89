package org.circuitsweep.engine.sim.kernel;

/**
 * exp and ln written with only +, −, ×, fused multiply-add and bit moves, the operations whose
 * result IEEE 754 fixes exactly. {@link SimdLanes} performs the very same operations lane-wise, so
 * the scalar and the vector kernel give identical bits on any JVM, JIT tier or CPU, which neither
 * {@link Math#exp} (a CPU-specific intrinsic in compiled code) nor a vector SVML call promises.
 * Both functions are accurate to a few ulps, far below what the kernels' tables contribute.
 */
final class KernelMath {

    /** Adding it rounds a double below 2^51 in magnitude to an integer held in the low mantissa bits. */
    static final double ROUNDER = 0x1.8p52;
    static final double LOG2E = 1.4426950408889634;
    /** ln 2 split so that n·LN2_HI is exact for the |n| ≤ 1022 of a double exponent (fdlibm's split). */
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    /** Below this exp underflows to subnormals; the kernels only need exp(x) ≈ 0 there. */
    static final double EXP_MIN_ARG = -708.0;
    /** Taylor coefficients 1/k!, k = 12 down to 2, of exp on |r| ≤ ln2 / 2 (truncation error 2e-16). */
    static final double[] EXP_POLY = {
        1.0 / 479001600, 1.0 / 39916800, 1.0 / 3628800, 1.0 / 362880, 1.0 / 40320, 1.0 / 5040,
        1.0 / 720, 1.0 / 120, 1.0 / 24, 1.0 / 6, 1.0 / 2};

    static final long EXPONENT_SHIFT = 52;
    static final long MANTISSA_BITS = 0x000F_FFFF_FFFF_FFFFL;
    static final long ONE_BITS = 0x3FF0_0000_0000_0000L;
    /** ORed with a biased exponent e, gives the double 2^52 + e, from which e follows exactly. */
    static final long TWO52_BITS = 0x4330_0000_0000_0000L;
    static final double TWO52_PLUS_BIAS = 0x1p52 + 1023.0;
    static final double SQRT2 = 1.4142135623730951;
    /** 1/(2k+1), k = 8 down to 1: ln m = 2s·Σ s^2k/(2k+1) with s = (m−1)/(m+1), |s| ≤ 0.172 (error 1e-16). */
    static final double[] LOG_POLY = {1.0 / 17, 1.0 / 15, 1.0 / 13, 1.0 / 11, 1.0 / 9, 1.0 / 7, 1.0 / 5, 1.0 / 3};

    private KernelMath() {
    }

    /**
     * e^x for x ≤ 0 (an exponential-Euler decay factor); arguments below −708 give e^−708 ≈ 3e-308.
     * x = n·ln2 + r with n the nearest integer to x·log2(e), so e^x = 2^n·e^r.
     */
    static double expNonPositive(double x) {
        double y = Math.max(x, EXP_MIN_ARG);
        double shifted = Math.fma(y, LOG2E, ROUNDER);
        double n = shifted - ROUNDER;
        double r = Math.fma(n, -LN2_HI, y);
        r = Math.fma(n, -LN2_LO, r);
        double p = EXP_POLY[0];
        for (int k = 1; k < EXP_POLY.length; k++) {
            p = Math.fma(p, r, EXP_POLY[k]);
        }
        p = Math.fma(p, r, 1.0);
        p = Math.fma(p, r, 1.0);
        // The low mantissa bits of `shifted` hold n; moved into the exponent field with the bias they make 2^n.
        double twoToN = Double.longBitsToDouble((Double.doubleToRawLongBits(shifted) + 1023L) << EXPONENT_SHIFT);
        return p * twoToN;
    }

    /**
     * ln x for a positive x; inputs below the smallest normal double are raised to it (the kernels
     * flag a [Ca] that low as unphysical anyway). x = 2^e·m with m in [√½, √2).
     */
    static double ln(double x) {
        long bits = Double.doubleToRawLongBits(Math.max(x, Double.MIN_NORMAL));
        double e = Double.longBitsToDouble((bits >>> EXPONENT_SHIFT) | TWO52_BITS) - TWO52_PLUS_BIAS;
        double m = Double.longBitsToDouble((bits & MANTISSA_BITS) | ONE_BITS);
        boolean high = m > SQRT2;
        m = high ? m * 0.5 : m;
        e = high ? e + 1.0 : e;
        double s = (m - 1.0) / (m + 1.0);
        double z = s * s;
        double p = LOG_POLY[0];
        for (int k = 1; k < LOG_POLY.length; k++) {
            p = Math.fma(p, z, LOG_POLY[k]);
        }
        p = Math.fma(p, z, 1.0);
        double twoS = s + s;
        return Math.fma(e, LN2_HI, Math.fma(e, LN2_LO, twoS * p));
    }
}
