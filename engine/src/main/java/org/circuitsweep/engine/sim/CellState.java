package org.circuitsweep.engine.sim;

import org.circuitsweep.engine.channel.ChannelCatalog;
import org.circuitsweep.engine.channel.prinz2003.Prinz2003;

/**
 * The dynamic state of one Prinz 2003 cell: membrane potential, intracellular calcium and the
 * activation (m) and inactivation (h) gates of each current in catalogue order. Mutable and
 * reused from run to run; a current without a gate keeps m = 1 or h = 1 so that the conductance
 * formula needs no special case.
 */
public final class CellState {

    /** Membrane potential, mV. */
    double v;
    /** Intracellular calcium concentration, µM. */
    double ca;
    final double[] m = new double[ChannelCatalog.SIZE];
    final double[] h = new double[ChannelCatalog.SIZE];

    /** A cell in the initial state of the database runs. */
    public CellState() {
        setDatabaseInitialState();
    }

    /**
     * V = −50 mV, [Ca] = 0.05 µM, every activation gate 0 and every inactivation gate 1 (sheet
     * §1.4, P03 p. 4001). The leak, which has no gate, keeps m = 1.
     */
    public void setDatabaseInitialState() {
        v = Prinz2003.V_INITIAL_MV;
        ca = Prinz2003.CA_REST_UM;
        for (int i = 0; i < ChannelCatalog.SIZE; i++) {
            m[i] = ChannelCatalog.PRINZ2003.get(i).channel().p() == 0 ? 1.0 : 0.0;
            h[i] = 1.0;
        }
    }

    /** Copies another cell's state into this one (for warm starts from a cached steady state). */
    public void copyFrom(CellState other) {
        v = other.v;
        ca = other.ca;
        System.arraycopy(other.m, 0, m, 0, m.length);
        System.arraycopy(other.h, 0, h, 0, h.length);
    }

    public double vMv() {
        return v;
    }

    public double caUm() {
        return ca;
    }

    public double m(int channel) {
        return m[channel];
    }

    public double h(int channel) {
        return h[channel];
    }

    /** Sets V and [Ca] and puts every gate at its steady state there (a cell clamped at rest). */
    public void setSteadyState(double vMv, double caUm) {
        v = vMv;
        ca = caUm;
        for (int i = 0; i < ChannelCatalog.SIZE; i++) {
            var channel = ChannelCatalog.PRINZ2003.get(i).channel();
            m[i] = channel.p() == 0 ? 1.0 : channel.mInf(vMv, caUm);
            h[i] = channel.q() == 0 ? 1.0 : channel.hInf(vMv);
        }
    }

    /**
     * Whether the state is still a physical one. Diverging or NaN states are how a numerical
     * blow-up shows; the bound on V is far outside any reversal potential (±134 mV at most).
     */
    public boolean isPhysical() {
        return Math.abs(v) < 1000.0 && ca > 0.0 && ca < 1e6;
    }
}
