package org.circuitsweep.engine.channel.prinz2003;

import org.circuitsweep.engine.channel.Channel;

/** Voltage-independent leak current, I = gLeak · (V − E_leak); it has no gate. */
public final class Leak implements Channel {

    public static final Leak INSTANCE = new Leak();

    private Leak() {
    }

    @Override
    public String name() {
        return "leak";
    }

    @Override
    public int p() {
        return 0;
    }

    @Override
    public int q() {
        return 0;
    }

    @Override
    public double reversalMv() {
        return Prinz2003.E_LEAK_MV;
    }

    @Override
    public double mInf(double v, double ca) {
        return 1.0;
    }

    @Override
    public double tauMMs(double v) {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public String source() {
        return Prinz2003.SOURCE;
    }
}
