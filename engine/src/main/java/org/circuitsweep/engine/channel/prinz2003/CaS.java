package org.circuitsweep.engine.channel.prinz2003;

import static org.circuitsweep.engine.channel.Channel.boltzmann;

import org.circuitsweep.engine.channel.ChannelConstants;

/** Slow calcium current; E_Ca follows [Ca] through the Nernst equation. */
public final class CaS extends ChannelConstants {

    public static final CaS INSTANCE = new CaS();

    private CaS() {
        super("CaS", 3, 1, Double.NaN, Prinz2003.SOURCE);
    }

    @Override
    public double mInf(double v, double ca) {
        return boltzmann(v, 33.0, -8.1);
    }

    @Override
    public double tauMMs(double v) {
        return 2.8 + 14.0 / (Math.exp((v + 27.0) / 10.0) + Math.exp((v + 70.0) / -13.0));
    }

    @Override
    public double hInf(double v) {
        return boltzmann(v, 60.0, 6.2);
    }

    @Override
    public double tauHMs(double v) {
        return 120.0 + 300.0 / (Math.exp((v + 55.0) / 9.0) + Math.exp((v + 65.0) / -16.0));
    }
}
