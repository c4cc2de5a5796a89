package org.circuitsweep.engine.channel.prinz2003;

import static org.circuitsweep.engine.channel.Channel.boltzmann;

import org.circuitsweep.engine.channel.ChannelConstants;

/** Transient (T-type) calcium current; E_Ca follows [Ca] through the Nernst equation. */
public final class CaT extends ChannelConstants {

    public static final CaT INSTANCE = new CaT();

    private CaT() {
        super("CaT", 3, 1, Double.NaN, Prinz2003.SOURCE);
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
}
