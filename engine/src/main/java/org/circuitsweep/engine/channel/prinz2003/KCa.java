package org.circuitsweep.engine.channel.prinz2003;

import static org.circuitsweep.engine.channel.Channel.boltzmann;

import org.circuitsweep.engine.channel.ChannelConstants;

/** Calcium-dependent potassium current; its activation depends on [Ca] in µM. */
public final class KCa extends ChannelConstants {

    public static final KCa INSTANCE = new KCa();

    private KCa() {
        super("KCa", 4, 0, Prinz2003.E_K_MV, Prinz2003.SOURCE);
    }

    @Override
    public double mInf(double v, double ca) {
        return (ca / (ca + 3.0)) * voltageFactor(v);
    }

    /**
     * The voltage-dependent factor S(V; 28.3, −12.6) of m_inf, which the tabled kernels tabulate
     * on their V grid and multiply by [Ca]/([Ca] + 3) per step.
     */
    public double voltageFactor(double v) {
        return boltzmann(v, 28.3, -12.6);
    }

    @Override
    public double tauMMs(double v) {
        return 180.6 - 150.2 * boltzmann(v, 46.0, -22.7);
    }
}
