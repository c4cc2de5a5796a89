package org.circuitsweep.engine.sim;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.circuitsweep.engine.channel.Channel;
import org.circuitsweep.engine.channel.ChannelCatalog;
import org.circuitsweep.engine.channel.ThermalFactors;
import org.circuitsweep.engine.channel.prinz2003.Prinz2003;
import org.circuitsweep.engine.model.Conductances;

/**
 * The Prinz 2003 cell as an ODE system y' = f(t, y) for general-purpose integrators, with
 * y = [V, [Ca], m_0..m_7, h_0..h_7] (catalogue order). Gates that a current does not have keep a
 * zero derivative. Used by the reference integrator that bounds the exponential-Euler error.
 *
 * <p>At a temperature other than the model's, each gate's and the calcium buffer's derivative is
 * multiplied by its rate factor, each maximal conductance by its factor, and E_Ca uses the
 * temperature's Nernst factor ({@link ThermalFactors}); at the reference every factor is 1.0 and
 * the derivatives are the unscaled ones bit for bit. A further current (set between integrations,
 * piecewise constant) may be added to the protocol's DC.
 */
public final class Prinz2003Equations implements FirstOrderDifferentialEquations {

    static final int V = 0;
    static final int CA = 1;
    static final int M = 2;
    static final int H = M + ChannelCatalog.SIZE;
    static final int DIMENSION = H + ChannelCatalog.SIZE;

    private final double[] gMax;
    private final double dcCurrentUaPerCm2;
    private final double dcOnsetMs;
    private final ThermalFactors thermal;
    private double extraUaPerCm2;

    public Prinz2003Equations(Conductances conductances, double dcCurrentNa, double dcOnsetMs) {
        this(conductances, dcCurrentNa, dcOnsetMs, ThermalFactors.REFERENCE);
    }

    public Prinz2003Equations(Conductances conductances, double dcCurrentNa, double dcOnsetMs, ThermalFactors thermal) {
        this.gMax = conductances.toArray();
        for (int i = 0; i < gMax.length; i++) {
            gMax[i] *= thermal.conductanceFactor(i);
        }
        this.dcCurrentUaPerCm2 = dcCurrentNa * Prinz2003.NA_TO_UA_PER_CM2;
        this.dcOnsetMs = dcOnsetMs;
        this.thermal = thermal;
    }

    /** A current density (µA/cm²) added to the DC from now on; callers restart the integrator where it changes. */
    void setExtraCurrent(double uaPerCm2) {
        this.extraUaPerCm2 = uaPerCm2;
    }

    @Override
    public int getDimension() {
        return DIMENSION;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        double v = y[V];
        double ca = y[CA];
        double eCa = thermal.calciumReversalMv(ca);
        double iIonic = 0.0;
        double iCa = 0.0;
        for (int i = 0; i < ChannelCatalog.SIZE; i++) {
            Channel channel = ChannelCatalog.PRINZ2003.get(i).channel();
            double m = y[M + i];
            double h = y[H + i];
            double open = Math.pow(m, channel.p()) * (channel.q() == 0 ? 1.0 : h);
            double current = gMax[i] * open * (v - (channel.carriesCalcium() ? eCa : channel.reversalMv()));
            iIonic += current;
            if (channel.carriesCalcium()) {
                iCa += current;
            }
            yDot[M + i] = channel.p() == 0 ? 0.0 : (channel.mInf(v, ca) - m) / channel.tauMMs(v) * thermal.activationRate(i);
            yDot[H + i] = channel.q() == 0 ? 0.0 : (channel.hInf(v) - h) / channel.tauHMs(v) * thermal.inactivationRate(i);
        }
        double iExt = t >= dcOnsetMs ? dcCurrentUaPerCm2 : 0.0;
        if (extraUaPerCm2 != 0.0) {
            iExt += extraUaPerCm2;
        }
        yDot[V] = (iExt - iIonic) / Prinz2003.CAPACITANCE_UF_PER_CM2;
        double iCaNa = iCa * Prinz2003.AREA_CM2 * 1e3;
        yDot[CA] = (-Prinz2003.CA_PER_CURRENT_UM_PER_NA * iCaNa - ca + Prinz2003.CA_REST_UM) / Prinz2003.TAU_CA_MS
                * thermal.calciumRate();
    }

    /** The state vector of a cell. */
    static void pack(CellState cell, double[] y) {
        y[V] = cell.v;
        y[CA] = cell.ca;
        System.arraycopy(cell.m, 0, y, M, ChannelCatalog.SIZE);
        System.arraycopy(cell.h, 0, y, H, ChannelCatalog.SIZE);
    }

    static void unpack(double[] y, CellState cell) {
        cell.v = y[V];
        cell.ca = y[CA];
        System.arraycopy(y, M, cell.m, 0, ChannelCatalog.SIZE);
        System.arraycopy(y, H, cell.h, 0, ChannelCatalog.SIZE);
    }
}
