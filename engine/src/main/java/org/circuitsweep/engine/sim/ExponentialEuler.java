package org.circuitsweep.engine.sim;

import static org.circuitsweep.engine.channel.prinz2003.Prinz2003.CAPACITANCE_UF_PER_CM2;

import org.circuitsweep.engine.channel.Channel;
import org.circuitsweep.engine.channel.ChannelCatalog;
import org.circuitsweep.engine.channel.ThermalFactors;
import org.circuitsweep.engine.channel.prinz2003.Prinz2003;
import org.circuitsweep.engine.model.Conductances;

/**
 * The exact-kinetics exponential-Euler step of one Prinz 2003 cell at a fixed dt (Prinz's method,
 * Dayan &amp; Abbott 2001 pp. 191–193): every gate, [Ca] and V relax over one step toward the
 * steady state their rates give at the start of the step. It evaluates every kinetic function of
 * the channel classes directly (no tables), so it is the reference the faster kernels are
 * compared with. One instance per thread; it allocates nothing per step.
 *
 * <p>Temperature ({@link ThermalFactors}): a gate whose rate is scaled by φ relaxes over the step as
 * exp(−dt·φ/τ), maximal conductances are multiplied by their factors when set, the calcium buffer
 * decays with its own factor and E_Ca uses the temperature's Nernst factor. At the reference
 * temperature every factor is exactly 1, so the arithmetic is the unscaled one bit for bit.
 */
public final class ExponentialEuler {

    private static final Channel[] CHANNELS =
            ChannelCatalog.PRINZ2003.stream().map(ChannelCatalog.Entry::channel).toArray(Channel[]::new);
    private static final int N = CHANNELS.length;
    private static final double[] REVERSAL_MV = new double[N];
    private static final boolean[] CARRIES_CALCIUM = new boolean[N];

    static {
        for (int i = 0; i < N; i++) {
            REVERSAL_MV[i] = CHANNELS[i].reversalMv();
            CARRIES_CALCIUM[i] = CHANNELS[i].carriesCalcium();
        }
    }

    /** Below this total conductance (mS/cm²) V_inf is 0/0: at t = 0 with every m = 0 and gLeak = 0. */
    private static final double MIN_TOTAL_CONDUCTANCE = 1e-12;

    private final double dt;
    private final UpdateOrder order;
    private final double caDecay;
    private final double[] gMax = new double[N];
    private final ThermalFactors thermal;
    /** dt·φ of each current's activation and inactivation gate, ms. */
    private final double[] dtM = new double[N];
    private final double[] dtH = new double[N];
    private final double nernstMv;

    public ExponentialEuler(double dtMs, UpdateOrder order) {
        this(dtMs, order, ThermalFactors.REFERENCE);
    }

    /** A stepper at the temperature of {@code thermal}. */
    public ExponentialEuler(double dtMs, UpdateOrder order, ThermalFactors thermal) {
        this.dt = dtMs;
        this.order = order;
        this.thermal = thermal;
        this.caDecay = Math.exp(-(dtMs * thermal.calciumRate()) / Prinz2003.TAU_CA_MS);
        for (int i = 0; i < N; i++) {
            dtM[i] = dtMs * thermal.activationRate(i);
            dtH[i] = dtMs * thermal.inactivationRate(i);
        }
        this.nernstMv = thermal.nernstFactorMv();
    }

    /** Sets the maximal conductances of the cell to integrate next (scaled by the temperature's factors). */
    public void setConductances(Conductances conductances) {
        double[] values = conductances.toArray();
        for (int i = 0; i < N; i++) {
            gMax[i] = values[i] * thermal.conductanceFactor(i);
        }
    }

    public ThermalFactors thermal() {
        return thermal;
    }

    public double dtMs() {
        return dt;
    }

    /**
     * Advances {@code cell} by one step.
     *
     * @param iExtUaPerCm2 injected current density, µA/cm² (positive depolarises)
     * @param gSyn         total synaptic (or coupling) conductance onto the cell, mS/cm²
     * @param gSynTimesE   Σ g_s·E_s of those inputs, mS/cm²·mV
     */
    public void step(CellState cell, double iExtUaPerCm2, double gSyn, double gSynTimesE) {
        double v0 = cell.v;
        double ca0 = cell.ca;
        double eCa0 = calciumReversalMv(ca0);
        double caNext = advanceCalcium(cell, v0, ca0, eCa0);
        if (order == UpdateOrder.GATES_FIRST) {
            advanceGates(cell, v0, ca0);
            cell.v = advanceVoltage(cell, v0, calciumReversalMv(caNext), iExtUaPerCm2, gSyn, gSynTimesE);
        } else {
            double vNext = advanceVoltage(cell, v0, eCa0, iExtUaPerCm2, gSyn, gSynTimesE);
            advanceGates(cell, v0, ca0);
            cell.v = vNext;
        }
        cell.ca = caNext;
    }

    /** Prinz2003.calciumReversalMv with this temperature's Nernst factor (the same expression). */
    private double calciumReversalMv(double caUm) {
        return nernstMv * Math.log(Prinz2003.CA_OUT_UM / caUm);
    }

    /** τ_Ca d[Ca]/dt = −f·I_Ca − [Ca] + [Ca]_0, with I_Ca the absolute calcium current in nA. */
    private double advanceCalcium(CellState cell, double v, double ca, double eCa) {
        double gCa = 0.0;
        for (int i = 0; i < N; i++) {
            if (CARRIES_CALCIUM[i]) {
                gCa += conductance(cell, i);
            }
        }
        double iCaNa = gCa * (v - eCa) * Prinz2003.AREA_CM2 * 1e3;
        double caInf = Prinz2003.CA_REST_UM - Prinz2003.CA_PER_CURRENT_UM_PER_NA * iCaNa;
        return caInf + (ca - caInf) * caDecay;
    }

    private void advanceGates(CellState cell, double v, double ca) {
        for (int i = 0; i < N; i++) {
            Channel channel = CHANNELS[i];
            if (channel.p() > 0) {
                double mInf = channel.mInf(v, ca);
                cell.m[i] = mInf + (cell.m[i] - mInf) * Math.exp(-dtM[i] / channel.tauMMs(v));
            }
            if (channel.q() > 0) {
                double hInf = channel.hInf(v);
                cell.h[i] = hInf + (cell.h[i] - hInf) * Math.exp(-dtH[i] / channel.tauHMs(v));
            }
        }
    }

    private double advanceVoltage(CellState cell, double v, double eCa, double iExt, double gSyn, double gSynTimesE) {
        double sumG = gSyn;
        double sumGE = gSynTimesE;
        for (int i = 0; i < N; i++) {
            double gi = conductance(cell, i);
            sumG += gi;
            sumGE += gi * (CARRIES_CALCIUM[i] ? eCa : REVERSAL_MV[i]);
        }
        if (sumG < MIN_TOTAL_CONDUCTANCE) {
            // No conductance at all: the membrane only integrates the injected current (forward Euler is exact here).
            return v + dt * (iExt + sumGE - sumG * v) / CAPACITANCE_UF_PER_CM2;
        }
        double vInf = (sumGE + iExt) / sumG;
        return vInf + (v - vInf) * Math.exp(-dt * sumG / CAPACITANCE_UF_PER_CM2);
    }

    private double conductance(CellState cell, int i) {
        return gMax[i] * power(cell.m[i], CHANNELS[i].p()) * (CHANNELS[i].q() == 0 ? 1.0 : cell.h[i]);
    }

    private static double power(double x, int p) {
        return switch (p) {
            case 0 -> 1.0;
            case 1 -> x;
            case 3 -> x * x * x;
            case 4 -> (x * x) * (x * x);
            default -> Math.pow(x, p);
        };
    }
}
