package org.circuitsweep.engine.sim.kernel;

import java.util.function.DoubleUnaryOperator;

import org.circuitsweep.engine.channel.ChannelCatalog;
import org.circuitsweep.engine.channel.ThermalFactors;
import org.circuitsweep.engine.channel.prinz2003.ACurrent;
import org.circuitsweep.engine.channel.prinz2003.CaS;
import org.circuitsweep.engine.channel.prinz2003.CaT;
import org.circuitsweep.engine.channel.prinz2003.HCurrent;
import org.circuitsweep.engine.channel.prinz2003.KCa;
import org.circuitsweep.engine.channel.prinz2003.Kd;
import org.circuitsweep.engine.channel.prinz2003.NaV;

/**
 * The voltage-dependent part of every gate of the Prinz 2003 cell tabulated on a uniform V grid for
 * one dt (NEURON's TABLE, xolotl's lookup tables): per gate the steady state x_inf(V) and the
 * one-step decay exp(−dt/τ_x(V)), which are all an exponential-Euler gate update needs, so the
 * kernels evaluate no exp per gate. KCa's m_inf = [Ca]/([Ca] + 3)·S(V) is tabulated as S(V) and
 * multiplied by the calcium factor per step.
 *
 * <p>Linear interpolation between grid points; outside [{@value #V_MIN_MV}, {@value #V_MAX_MV}] mV
 * the end values hold. The range covers every reversal potential, E_Ca included (at most 134 mV at
 * [Ca] = 0.05 µM), so only a cell driven by a large injected current ever leaves it. The interpolation
 * error is at most h²/8·max|f''|: about 1e-6 for the steepest gate (Na m_inf) at h = 0.05 mV. A
 * piecewise-cubic table (error 1e-10) was tried and agreed no better with the exact kernel (1,000 random
 * P03 models: same class for 98.9–99.1 % against 99.3 %, bursts within 0.5 % of the exact period for
 * 92–94 % against 92.6 %), at 20 % more time per step: what differs is the models' sensitivity to any
 * perturbation, not the table error (see scripts/bench-agreement).
 *
 * <p>Layout: one row per grid point, four blocks of {@value #STRIDE} doubles each: x_inf of every gate,
 * its slope, the decay of every gate, its slope (the slope being the change to the next row; blocks are
 * padded with zeros past the 11th gate). A step of one cell reads one row, and the vector kernel reads
 * each block of it with whole-vector loads; the slope form makes each interpolation one fused
 * multiply-add, value + f·slope. Immutable once built.
 *
 * <p>Temperature: a gate whose rate a {@link ThermalFactors} scales by φ gets the decay
 * exp(−dt·φ/τ(V)), the table of the step dt·φ; steady states do not depend on temperature. At the
 * reference temperature dt·φ = dt exactly and the table is the unscaled one.
 */
final class GateTable {

    static final double V_MIN_MV = -150.0;
    static final double V_MAX_MV = 150.0;

    /* Gate columns: the order in which the kernels keep their gate state. */
    static final int NA_M = 0;
    static final int NA_H = 1;
    static final int CAT_M = 2;
    static final int CAT_H = 3;
    static final int CAS_M = 4;
    static final int CAS_H = 5;
    static final int A_M = 6;
    static final int A_H = 7;
    /** KCa's column holds S(V), the voltage factor of m_inf. */
    static final int KCA_M = 8;
    static final int KD_M = 9;
    static final int H_M = 10;
    static final int GATES = 11;

    /* Catalogue indices of the tabled currents (for their temperature factors). */
    static final int C_NA = ChannelCatalog.indexOf("gNa");
    static final int C_CAT = ChannelCatalog.indexOf("gCaT");
    static final int C_CAS = ChannelCatalog.indexOf("gCaS");
    static final int C_A = ChannelCatalog.indexOf("gA");
    static final int C_KCA = ChannelCatalog.indexOf("gKCa");
    static final int C_KD = ChannelCatalog.indexOf("gKd");
    static final int C_H = ChannelCatalog.indexOf("gH");
    static final int C_LEAK = ChannelCatalog.indexOf("gLeak");

    /** Gate slots per block, a multiple of every vector length (zero-padded past {@link #GATES}). */
    static final int STRIDE = 12;
    /* Offsets of the blocks in a row. */
    static final int INF = 0;
    static final int INF_SLOPE = STRIDE;
    static final int DECAY = 2 * STRIDE;
    static final int DECAY_SLOPE = 3 * STRIDE;
    static final int ROW = 4 * STRIDE;

    final double pointsPerMv;
    final int rows;
    final double[] data;

    /**
     * @param dtMs        the step the decays are for
     * @param pointsPerMv grid points per mV (20 gives a 0.05 mV grid); an integer so that the grid
     *                    index of a V is computed without rounding at the grid points
     */
    GateTable(double dtMs, int pointsPerMv) {
        this(dtMs, pointsPerMv, ThermalFactors.REFERENCE);
    }

    /** The table for step dt at the temperature of {@code thermal}. */
    GateTable(double dtMs, int pointsPerMv, ThermalFactors thermal) {
        if (pointsPerMv < 1 || pointsPerMv > 1000) {
            throw new IllegalArgumentException("pointsPerMv = " + pointsPerMv + ": allowed 1..1000");
        }
        this.pointsPerMv = pointsPerMv;
        this.rows = (int) Math.round((V_MAX_MV - V_MIN_MV) * pointsPerMv) + 1;
        this.data = new double[rows * ROW];
        NaV na = NaV.INSTANCE;
        CaT caT = CaT.INSTANCE;
        CaS caS = CaS.INSTANCE;
        ACurrent a = ACurrent.INSTANCE;
        Kd kd = Kd.INSTANCE;
        HCurrent h = HCurrent.INSTANCE;
        fill(NA_M, v -> na.mInf(v, 0), na::tauMMs, dtMs * thermal.activationRate(C_NA));
        fill(NA_H, na::hInf, na::tauHMs, dtMs * thermal.inactivationRate(C_NA));
        fill(CAT_M, v -> caT.mInf(v, 0), caT::tauMMs, dtMs * thermal.activationRate(C_CAT));
        fill(CAT_H, caT::hInf, caT::tauHMs, dtMs * thermal.inactivationRate(C_CAT));
        fill(CAS_M, v -> caS.mInf(v, 0), caS::tauMMs, dtMs * thermal.activationRate(C_CAS));
        fill(CAS_H, caS::hInf, caS::tauHMs, dtMs * thermal.inactivationRate(C_CAS));
        fill(A_M, v -> a.mInf(v, 0), a::tauMMs, dtMs * thermal.activationRate(C_A));
        fill(A_H, a::hInf, a::tauHMs, dtMs * thermal.inactivationRate(C_A));
        fill(KCA_M, KCa.INSTANCE::voltageFactor, KCa.INSTANCE::tauMMs, dtMs * thermal.activationRate(C_KCA));
        fill(KD_M, v -> kd.mInf(v, 0), kd::tauMMs, dtMs * thermal.activationRate(C_KD));
        fill(H_M, v -> h.mInf(v, 0), h::tauMMs, dtMs * thermal.activationRate(C_H));
    }

    /** V of grid row k, mV. */
    double vOfRow(int k) {
        return V_MIN_MV + k / pointsPerMv;
    }

    /** @param dtMs the gate's step, dt·φ */
    private void fill(int gate, DoubleUnaryOperator inf, DoubleUnaryOperator tau, double dtMs) {
        for (int k = 0; k < rows; k++) {
            double v = vOfRow(k);
            data[k * ROW + INF + gate] = inf.applyAsDouble(v);
            data[k * ROW + DECAY + gate] = Math.exp(-dtMs / tau.applyAsDouble(v));
        }
        for (int k = 0; k + 1 < rows; k++) {
            int at = k * ROW + gate;
            data[at + INF_SLOPE] = data[at + ROW + INF] - data[at + INF];
            data[at + DECAY_SLOPE] = data[at + ROW + DECAY] - data[at + DECAY];
        }
    }
}
