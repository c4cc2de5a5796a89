package org.circuitsweep.engine.channel.prinz2003;

import org.circuitsweep.engine.channel.ChannelConstants;

/** Voltage-independent leak current, I = gLeak · (V − E_leak); it has no gate. */
public final class Leak extends ChannelConstants {

    public static final Leak INSTANCE = new Leak();

    private Leak() {
        super("leak", 0, 0, Prinz2003.E_LEAK_MV, Prinz2003.SOURCE);
    }

    @Override
    public double mInf(double v, double ca) {
        return 1.0;
    }

    @Override
    public double tauMMs(double v) {
        return Double.POSITIVE_INFINITY;
    }
}
