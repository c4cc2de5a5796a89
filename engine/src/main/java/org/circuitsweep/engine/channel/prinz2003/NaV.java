package org.circuitsweep.engine.channel.prinz2003;

import static org.circuitsweep.engine.channel.Channel.boltzmann;

import org.circuitsweep.engine.channel.Channel;

/** Fast transient sodium current, the spike upstroke. */
public final class NaV implements Channel {

    public static final NaV INSTANCE = new NaV();

    private NaV() {
    }

    @Override
    public String name() {
        return "Na";
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
        return Prinz2003.E_NA_MV;
    }

    @Override
    public double mInf(double v, double ca) {
        return boltzmann(v, 25.5, -5.29);
    }

    @Override
    public double tauMMs(double v) {
        return 2.64 - 2.52 * boltzmann(v, 120.0, -25.0);
    }

    @Override
    public double hInf(double v) {
        return boltzmann(v, 48.9, 5.18);
    }

    @Override
    public double tauHMs(double v) {
        return 1.34 * boltzmann(v, 62.9, -10.0) * (1.5 + boltzmann(v, 34.9, 3.6));
    }

    @Override
    public String source() {
        return Prinz2003.SOURCE;
    }
}
