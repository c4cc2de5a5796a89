package org.circuitsweep.engine.channel.prinz2003;

import static org.circuitsweep.engine.channel.Channel.boltzmann;

import org.circuitsweep.engine.channel.ChannelConstants;

/** Delayed-rectifier potassium current, the spike downstroke. */
public final class Kd extends ChannelConstants {

    public static final Kd INSTANCE = new Kd();

    private Kd() {
        super("Kd", 4, 0, Prinz2003.E_K_MV, Prinz2003.SOURCE);
    }

    @Override
    public double mInf(double v, double ca) {
        return boltzmann(v, 12.3, -11.8);
    }

    @Override
    public double tauMMs(double v) {
        return 14.4 - 12.8 * boltzmann(v, 28.3, -19.2);
    }
}
