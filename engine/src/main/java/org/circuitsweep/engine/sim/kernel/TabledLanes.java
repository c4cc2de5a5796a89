package org.circuitsweep.engine.sim.kernel;

import static org.circuitsweep.engine.sim.kernel.GateTable.A_H;
import static org.circuitsweep.engine.sim.kernel.GateTable.A_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.CAS_H;
import static org.circuitsweep.engine.sim.kernel.GateTable.CAS_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.CAT_H;
import static org.circuitsweep.engine.sim.kernel.GateTable.CAT_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.DECAY;
import static org.circuitsweep.engine.sim.kernel.GateTable.DECAY_SLOPE;
import static org.circuitsweep.engine.sim.kernel.GateTable.GATES;
import static org.circuitsweep.engine.sim.kernel.GateTable.INF;
import static org.circuitsweep.engine.sim.kernel.GateTable.H_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.INF_SLOPE;
import static org.circuitsweep.engine.sim.kernel.GateTable.KCA_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.KD_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.NA_H;
import static org.circuitsweep.engine.sim.kernel.GateTable.NA_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.ROW;
import static org.circuitsweep.engine.sim.kernel.GateTable.STRIDE;

import org.circuitsweep.engine.channel.ThermalFactors;

/**
 * The tabled exponential-Euler step in scalar code. It is the definition of what {@link SimdLanes}
 * computes (the same operations in the same order, so the same bits), the kernel of single-neuron
 * runs, and the fallback when the JVM lacks the vector module.
 */
public final class TabledLanes extends TabledKernel {

    public TabledLanes(double dtMs, int pointsPerMv, int lanes) {
        this(dtMs, pointsPerMv, lanes, ThermalFactors.REFERENCE);
    }

    /** A kernel at the temperature of {@code thermal} (see {@link TabledKernel}). */
    public TabledLanes(double dtMs, int pointsPerMv, int lanes, ThermalFactors thermal) {
        super(new GateTable(dtMs, pointsPerMv, thermal), dtMs, lanes, thermal);
    }

    @Override
    void relaxCalcium() {
        for (int lane = 0; lane < lanes; lane++) {
            double caInf = CA_REST - CA_PER_NA * ((gCa[lane] * (v[lane] - eCa[lane])) * DENSITY_TO_NA);
            double ca1 = Math.fma(ca[lane] - caInf, caDecay, caInf);
            caNext[lane] = ca1;
            eCaNext[lane] = calciumReversal(ca1);
        }
    }

    @Override
    void relaxGates() {
        double[] t = table.data;
        for (int lane = 0; lane < lanes; lane++) {
            double pos = tablePosition(v[lane]);
            int index = (int) pos;
            double f = pos - index;
            int row = index * ROW;
            double caFactor = kcaCalciumFactor(ca[lane]);
            for (int g = 0; g < GATES; g++) {
                int at = row + g;
                double inf = Math.fma(f, t[at + INF_SLOPE], t[at + INF]);
                // The vector kernel multiplies every gate by a factor, 1 but for KCa; ×1 is exact.
                inf = g == KCA_M ? caFactor * inf : inf;
                double decay = Math.fma(f, t[at + DECAY_SLOPE], t[at + DECAY]);
                int x = lane * STRIDE + g;
                gate[x] = Math.fma(gate[x] - inf, decay, inf);
            }
        }
        // A loop of its own: short independent bodies whose dependency chains the CPU overlaps across lanes.
        for (int lane = 0; lane < lanes; lane++) {
            int x = lane * STRIDE;
            sums(lane,
                    gMax[x + NA_M] * cube(gate[x + NA_M]) * gate[x + NA_H],
                    gMax[x + CAT_M] * cube(gate[x + CAT_M]) * gate[x + CAT_H],
                    gMax[x + CAS_M] * cube(gate[x + CAS_M]) * gate[x + CAS_H],
                    gMax[x + A_M] * cube(gate[x + A_M]) * gate[x + A_H],
                    gMax[x + KCA_M] * fourth(gate[x + KCA_M]),
                    gMax[x + KD_M] * fourth(gate[x + KD_M]),
                    gMax[x + H_M] * gate[x + H_M],
                    gMax[x + LEAK]);
        }
    }

    /** Σg, drive and g_Ca of a lane from its new conductances and E_Ca: the order {@link SimdLanes} follows. */
    @SuppressWarnings("java:S107")
    private void sums(int lane, double gNa, double gCaT, double gCaS, double gA, double gKCa, double gKd, double gH,
                      double gLeak) {
        double caConductance = gCaT + gCaS;
        gCa[lane] = caConductance;
        sumG[lane] = gNa + gCaT + gCaS + gA + gKCa + gKd + gH + gLeak;
        double sumGE = gNa * E_NA + caConductance * eCaNext[lane] + (gA + gKCa + gKd) * E_K + gH * E_H
                + gLeak * E_LEAK;
        drive[lane] = sumGE + iExt[lane];
    }

    private static double cube(double m) {
        return m * m * m;
    }

    private static double fourth(double m) {
        double m2 = m * m;
        return m2 * m2;
    }

    @Override
    void relaxVoltage() {
        long failed = 0;
        for (int lane = 0; lane < lanes; lane++) {
            double g = sumG[lane];
            double in = drive[lane];
            double v0 = v[lane];
            double v1;
            if (g < MIN_TOTAL_CONDUCTANCE) {
                v1 = v0 + (in - g * v0) * dtOverC;
            } else {
                double vInf = in / g;
                v1 = Math.fma(v0 - vInf, KernelMath.expNonPositive(g * -dtOverC), vInf);
            }
            double ca1 = caNext[lane];
            v[lane] = v1;
            ca[lane] = ca1;
            eCa[lane] = eCaNext[lane];
            if (!(Math.abs(v1) < V_BOUND_MV && ca1 > 0.0 && ca1 < CA_BOUND_UM)) {
                failed |= 1L << lane;
            }
        }
        failedLanes = failed;
    }
}
