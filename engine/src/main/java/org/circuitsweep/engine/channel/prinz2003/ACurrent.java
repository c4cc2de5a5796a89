package org.circuitsweep.engine.channel.prinz2003;

import static org.circuitsweep.engine.channel.Channel.boltzmann;

import org.circuitsweep.engine.channel.ChannelConstants;

/** Transient potassium (A-type) current. */
public final class ACurrent extends ChannelConstants {

    public static final ACurrent INSTANCE = new ACurrent();

    private ACurrent() {
        super("A", 3, 1, Prinz2003.E_K_MV, Prinz2003.SOURCE);
    }

    @Override
    public double mInf(double v, double ca) {
        return boltzmann(v, 27.2, -8.7);
    }

    @Override
    public double tauMMs(double v) {
        return 23.2 - 20.8 * boltzmann(v, 32.9, -15.2);
    }

    @Override
    public double hInf(double v) {
        return boltzmann(v, 56.9, 4.9);
    }

    @Override
    public double tauHMs(double v) {
        return 77.2 - 58.4 * boltzmann(v, 38.9, -26.5);
    }
}
