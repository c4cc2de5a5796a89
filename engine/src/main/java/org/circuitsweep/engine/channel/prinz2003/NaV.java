package org.circuitsweep.engine.channel.prinz2003;

import static org.circuitsweep.engine.channel.Channel.boltzmann;

import org.circuitsweep.engine.channel.ChannelConstants;

/** Fast transient sodium current, the spike upstroke. */
public final class NaV extends ChannelConstants {

    public static final NaV INSTANCE = new NaV();

    private NaV() {
        super("Na", 3, 1, Prinz2003.E_NA_MV, Prinz2003.SOURCE);
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
}
