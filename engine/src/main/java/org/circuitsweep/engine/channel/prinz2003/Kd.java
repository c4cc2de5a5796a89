package org.circuitsweep.engine.channel.prinz2003;

import static org.circuitsweep.engine.channel.Channel.boltzmann;

import org.circuitsweep.engine.channel.Channel;

/** Delayed-rectifier potassium current, the spike downstroke. */
public final class Kd implements Channel {

    public static final Kd INSTANCE = new Kd();

    private Kd() {
    }

    @Override
    public String name() {
        return "Kd";
    }

    @Override
    public int p() {
        return 4;
    }

    @Override
    public int q() {
        return 0;
    }

    @Override
    public double reversalMv() {
        return Prinz2003.E_K_MV;
    }

    @Override
    public double mInf(double v, double ca) {
        return boltzmann(v, 12.3, -11.8);
    }

    @Override
    public double tauMMs(double v) {
        return 14.4 - 12.8 * boltzmann(v, 28.3, -19.2);
    }

    @Override
    public String source() {
        return Prinz2003.SOURCE;
    }
}
