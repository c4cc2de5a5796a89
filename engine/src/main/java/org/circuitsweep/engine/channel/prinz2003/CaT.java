package org.circuitsweep.engine.channel.prinz2003;

import static org.circuitsweep.engine.channel.Channel.boltzmann;

import org.circuitsweep.engine.channel.Channel;

/** Transient (T-type) calcium current; E_Ca follows [Ca] through the Nernst equation. */
public final class CaT implements Channel {

    public static final CaT INSTANCE = new CaT();

    private CaT() {
    }

    @Override
    public String name() {
        return "CaT";
    }

    @Override
    public int p() {
        return 3;
    }

    @Override
    public int q() {
        return 1;
    }

    @Override
    public double reversalMv() {
        return Double.NaN;
    }

    @Override
    public double mInf(double v, double ca) {
        return boltzmann(v, 27.1, -7.2);
    }

    @Override
    public double tauMMs(double v) {
        return 43.4 - 42.6 * boltzmann(v, 68.1, -20.5);
    }

    @Override
    public double hInf(double v) {
        return boltzmann(v, 32.1, 5.5);
    }

    @Override
    public double tauHMs(double v) {
        return 210.0 - 179.6 * boltzmann(v, 55.0, -16.9);
    }

    @Override
    public String source() {
        return Prinz2003.SOURCE;
    }
}
