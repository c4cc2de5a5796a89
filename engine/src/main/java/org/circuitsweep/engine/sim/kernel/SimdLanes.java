package org.circuitsweep.engine.sim.kernel;

import static org.circuitsweep.engine.sim.kernel.GateTable.DECAY;
import static org.circuitsweep.engine.sim.kernel.GateTable.DECAY_SLOPE;
import static org.circuitsweep.engine.sim.kernel.GateTable.INF;
import static org.circuitsweep.engine.sim.kernel.GateTable.INF_SLOPE;
import static org.circuitsweep.engine.sim.kernel.GateTable.H_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.KCA_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.ROW;
import static org.circuitsweep.engine.sim.kernel.GateTable.STRIDE;

import org.circuitsweep.engine.channel.ThermalFactors;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link TabledLanes}'s step with {@code jdk.incubator.vector}: every operation done lane-wise in the
 * same order as the scalar code, so each lane's bits equal the scalar kernel's. exp and ln are
 * {@link KernelMath}'s polynomials, not SVML, whose results could differ between compiled and
 * interpreted code. Needs {@code --add-modules jdk.incubator.vector}.
 *
 * <ul>
 *   <li>[Ca], E_Ca and V: one vector holds one quantity of {@link #vectorLength()} lanes; lanes is a
 *       multiple of it, and several vectors per phase (16 lanes = 4 vectors) let the CPU overlap one
 *       vector's long dependency chain (ln; exp) with the others';</li>
 *   <li>gates: one lane at a time, a vector holding four gates of that lane, so that the lane's table
 *       row is read with whole-vector loads. Vectors across lanes would need a gather per table column
 *       (44 per step), and on the AMD Zen 4 this was tuned on a gather cost three times as much as the
 *       scalar loads it replaces;</li>
 *   <li>conductance sums: across lanes again, four at a time; formed per lane they made one long
 *       dependency chain per lane and cost more than the whole gate update.</li>
 * </ul>
 */
public final class SimdLanes extends TabledKernel {

    /*
     * One species, 4 doubles (AVX2; half an AVX-512 register). It serves both across lanes (one
     * quantity of 4 lanes per vector) and within a lane (3 blocks of 4 gates, GateTable.STRIDE = 12).
     * Mixing two species in one kernel made Java 17's C2 lose the vector types and box every vector;
     * and the AMD Zen 4 this was tuned on runs 512-bit operations as two 256-bit halves, so 8-lane
     * vectors measured no faster.
     */
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_256;
    private static final int W = D.length();
    /* Lanes of block 2 (gates 8..11: KCa, Kd, H and the leak's slot) that need their own treatment. */
    private static final VectorMask<Double> KCA_LANE = VectorMask.fromLong(D, 1L << (KCA_M - 2 * W));
    private static final VectorMask<Double> H_LANE = VectorMask.fromLong(D, 1L << (H_M - 2 * W));
    private static final VectorMask<Double> LEAK_LANE = VectorMask.fromLong(D, 1L << (LEAK - 2 * W));

    /** Scratch: one lane's blocks of gMax·m^p and of gates, read back as scalars. */
    private final double[] open = new double[5 * W];
    /** Scratch: conductance[c·lanes + lane], channels in catalogue order. */
    private final double[] conductance;

    /** @param lanes a multiple of {@link #vectorLength()} */
    public SimdLanes(double dtMs, int pointsPerMv, int lanes) {
        this(dtMs, pointsPerMv, lanes, ThermalFactors.REFERENCE);
    }

    /** A kernel at the temperature of {@code thermal} (see {@link TabledKernel}); lanes a multiple of {@link #vectorLength()}. */
    public SimdLanes(double dtMs, int pointsPerMv, int lanes, ThermalFactors thermal) {
        super(new GateTable(dtMs, pointsPerMv, thermal), dtMs, lanes, thermal);
        conductance = new double[8 * lanes];
        if (lanes % W != 0) {
            throw new IllegalArgumentException("lanes = " + lanes + ": allowed a multiple of the vector length "
                    + W);
        }
    }

    /** Lanes per vector: lane counts must be a multiple of it. */
    public static int vectorLength() {
        return W;
    }

    /** Whether the CPU and JIT support the 256-bit vectors this kernel uses (x86 with AVX2 or better). */
    public static boolean isAccelerated() {
        return DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= D.vectorBitSize();
    }

    @Override
    void relaxCalcium() {
        DoubleVector rest = DoubleVector.broadcast(D, CA_REST);
        DoubleVector decay = DoubleVector.broadcast(D, caDecay);
        DoubleVector lnOut = DoubleVector.broadcast(D, LN_CA_OUT);
        for (int i = 0; i < lanes; i += W) {
            DoubleVector drivingForce = DoubleVector.fromArray(D, v, i).sub(DoubleVector.fromArray(D, eCa, i));
            DoubleVector flux = DoubleVector.fromArray(D, gCa, i).mul(drivingForce).mul(DENSITY_TO_NA)
                    .mul(CA_PER_NA);
            DoubleVector caInf = rest.sub(flux);
            DoubleVector ca1 = DoubleVector.fromArray(D, ca, i).sub(caInf).fma(decay, caInf);
            ca1.intoArray(caNext, i);
            lnOut.sub(ln(ca1)).mul(nernst).intoArray(eCaNext, i);
        }
    }

    @Override
    void relaxGates() {
        double[] t = table.data;
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        for (int lane = 0; lane < lanes; lane++) {
            double pos = tablePosition(v[lane]);
            int index = (int) pos;
            DoubleVector f = DoubleVector.broadcast(D, pos - index);
            int row = index * ROW;
            int x = lane * STRIDE;
            DoubleVector b0 = relax(t, row, x, f, steadyState(t, row, f));
            DoubleVector b1 = relax(t, row + W, x + W, f, steadyState(t, row + W, f));
            DoubleVector caFactor = one.blend(kcaCalciumFactor(ca[lane]), KCA_LANE);
            DoubleVector b2 = relax(t, row + 2 * W, x + 2 * W, f, caFactor.mul(steadyState(t, row + 2 * W, f)));
            // gMax·m³ in the m slots of blocks 0 and 1; gMax·m⁴ (KCa, Kd), gMax·m (H) and gMax (leak) in block 2.
            DoubleVector c0 = b0.mul(b0).mul(b0).mul(DoubleVector.fromArray(D, gMax, x));
            DoubleVector c1 = b1.mul(b1).mul(b1).mul(DoubleVector.fromArray(D, gMax, x + W));
            DoubleVector b2Squared = b2.mul(b2);
            DoubleVector c2 = b2Squared.mul(b2Squared).blend(b2, H_LANE).blend(one, LEAK_LANE)
                    .mul(DoubleVector.fromArray(D, gMax, x + 2 * W));
            // The eight conductances go to per-channel arrays, to be summed four lanes at a time.
            double[] o = open;
            c0.intoArray(o, 0);
            b0.intoArray(o, W);
            c1.intoArray(o, 2 * W);
            b1.intoArray(o, 3 * W);
            c2.intoArray(o, 4 * W);
            double[] g = conductance;
            int n = lanes;
            g[lane] = o[0] * o[W + 1];
            g[n + lane] = o[2] * o[W + 3];
            g[2 * n + lane] = o[2 * W] * o[3 * W + 1];
            g[3 * n + lane] = o[2 * W + 2] * o[3 * W + 3];
            g[4 * n + lane] = o[4 * W];
            g[5 * n + lane] = o[4 * W + 1];
            g[6 * n + lane] = o[4 * W + 2];
            g[7 * n + lane] = o[4 * W + 3];
        }
        sums();
    }

    /** Σg, drive and g_Ca four lanes at a time, the terms added in {@link TabledLanes}'s order. */
    private void sums() {
        double[] g = conductance;
        int n = lanes;
        for (int i = 0; i < n; i += W) {
            DoubleVector gNa = DoubleVector.fromArray(D, g, i);
            DoubleVector gCaT = DoubleVector.fromArray(D, g, n + i);
            DoubleVector gCaS = DoubleVector.fromArray(D, g, 2 * n + i);
            DoubleVector gA = DoubleVector.fromArray(D, g, 3 * n + i);
            DoubleVector gKCa = DoubleVector.fromArray(D, g, 4 * n + i);
            DoubleVector gKd = DoubleVector.fromArray(D, g, 5 * n + i);
            DoubleVector gH = DoubleVector.fromArray(D, g, 6 * n + i);
            DoubleVector gLeak = DoubleVector.fromArray(D, g, 7 * n + i);
            DoubleVector caConductance = gCaT.add(gCaS);
            caConductance.intoArray(gCa, i);
            gNa.add(gCaT).add(gCaS).add(gA).add(gKCa).add(gKd).add(gH).add(gLeak).intoArray(sumG, i);
            DoubleVector sumGE = gNa.mul(E_NA).add(caConductance.mul(DoubleVector.fromArray(D, eCaNext, i)))
                    .add(gA.add(gKCa).add(gKd).mul(E_K)).add(gH.mul(E_H)).add(gLeak.mul(E_LEAK));
            sumGE.add(DoubleVector.fromArray(D, iExt, i)).intoArray(drive, i);
        }
    }

    /** x_inf of one block of gates, interpolated. */
    private static DoubleVector steadyState(double[] t, int at, DoubleVector f) {
        return f.fma(DoubleVector.fromArray(D, t, at + INF_SLOPE), DoubleVector.fromArray(D, t, at + INF));
    }

    /** One block of a lane's gates relaxed toward inf with the interpolated decay, stored and returned. */
    private DoubleVector relax(double[] t, int at, int x, DoubleVector f, DoubleVector inf) {
        DoubleVector decay = f.fma(DoubleVector.fromArray(D, t, at + DECAY_SLOPE),
                DoubleVector.fromArray(D, t, at + DECAY));
        DoubleVector next = DoubleVector.fromArray(D, gate, x).sub(inf).fma(decay, inf);
        next.intoArray(gate, x);
        return next;
    }

    @Override
    void relaxVoltage() {
        long failed = 0;
        for (int i = 0; i < lanes; i += W) {
            DoubleVector v0 = DoubleVector.fromArray(D, v, i);
            DoubleVector g = DoubleVector.fromArray(D, sumG, i);
            DoubleVector in = DoubleVector.fromArray(D, drive, i);
            DoubleVector euler = v0.add(in.sub(g.mul(v0)).mul(dtOverC));
            DoubleVector vInf = in.div(g);
            DoubleVector relaxed = v0.sub(vInf).fma(expNonPositive(g.mul(-dtOverC)), vInf);
            DoubleVector v1 = relaxed.blend(euler, g.compare(VectorOperators.LT, MIN_TOTAL_CONDUCTANCE));
            DoubleVector ca1 = DoubleVector.fromArray(D, caNext, i);
            VectorMask<Double> physical = v1.abs().compare(VectorOperators.LT, V_BOUND_MV)
                    .and(ca1.compare(VectorOperators.GT, 0.0))
                    .and(ca1.compare(VectorOperators.LT, CA_BOUND_UM));
            v1.intoArray(v, i);
            ca1.intoArray(ca, i);
            DoubleVector.fromArray(D, eCaNext, i).intoArray(eCa, i);
            // Java 17's VectorMask.toLong builds a boolean[]; allTrue is intrinsified: allocation only on failure.
            if (!physical.allTrue()) {
                failed |= physical.not().toLong() << i;
            }
        }
        failedLanes = failed;
    }

    /** {@link KernelMath#expNonPositive} lane-wise. */
    static DoubleVector expNonPositive(DoubleVector x) {
        DoubleVector y = x.max(KernelMath.EXP_MIN_ARG);
        DoubleVector shifted = y.fma(KernelMath.LOG2E, KernelMath.ROUNDER);
        DoubleVector n = shifted.sub(KernelMath.ROUNDER);
        DoubleVector r = n.fma(DoubleVector.broadcast(D, -KernelMath.LN2_HI), y);
        r = n.fma(DoubleVector.broadcast(D, -KernelMath.LN2_LO), r);
        double[] c = KernelMath.EXP_POLY;
        DoubleVector p = DoubleVector.broadcast(D, c[0]);
        for (int k = 1; k < c.length; k++) {
            p = p.fma(r, DoubleVector.broadcast(D, c[k]));
        }
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        p = p.fma(r, one);
        p = p.fma(r, one);
        DoubleVector twoToN = shifted.reinterpretAsLongs().add(1023L)
                .lanewise(VectorOperators.LSHL, KernelMath.EXPONENT_SHIFT).reinterpretAsDoubles();
        return p.mul(twoToN);
    }

    /** {@link KernelMath#ln} lane-wise. */
    static DoubleVector ln(DoubleVector x) {
        var bits = x.max(Double.MIN_NORMAL).reinterpretAsLongs();
        DoubleVector e = bits.lanewise(VectorOperators.LSHR, KernelMath.EXPONENT_SHIFT).or(KernelMath.TWO52_BITS)
                .reinterpretAsDoubles().sub(KernelMath.TWO52_PLUS_BIAS);
        DoubleVector m = bits.and(KernelMath.MANTISSA_BITS).or(KernelMath.ONE_BITS).reinterpretAsDoubles();
        VectorMask<Double> high = m.compare(VectorOperators.GT, KernelMath.SQRT2);
        m = m.blend(m.mul(0.5), high);
        e = e.blend(e.add(1.0), high);
        DoubleVector s = m.sub(1.0).div(m.add(1.0));
        DoubleVector z = s.mul(s);
        double[] c = KernelMath.LOG_POLY;
        DoubleVector p = DoubleVector.broadcast(D, c[0]);
        for (int k = 1; k < c.length; k++) {
            p = p.fma(z, DoubleVector.broadcast(D, c[k]));
        }
        p = p.fma(z, DoubleVector.broadcast(D, 1.0));
        DoubleVector twoS = s.add(s);
        return e.fma(DoubleVector.broadcast(D, KernelMath.LN2_HI),
                e.fma(DoubleVector.broadcast(D, KernelMath.LN2_LO), twoS.mul(p)));
    }
}
