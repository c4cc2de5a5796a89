package org.circuitsweep.engine.channel.prinz2003;

import static org.circuitsweep.engine.channel.Channel.boltzmann;

import org.circuitsweep.engine.channel.ChannelConstants;

/**
 * Hyperpolarisation-activated inward current (I_H), one activation gate, no inactivation.
 *
 * <p>τ_m uses the form printed in the paper, 2 / (exp((V + 169.7) / −11.6) + exp((V − 26.7) / 14.3)),
 * as xolotl, Conductor.jl, OpenSourceBrain and the Simatra port do. mackelab/pyloric writes the
 * Huguenard–McCormick constants 2 / (exp(−14.59 − 0.086 V) + exp(−1.87 + 0.0701 V)) instead; the two
 * differ by under 1 % over −100..+50 mV, so the choice cannot change a class, and the paper's own form
 * is the one a reader can check.
 */
public final class HCurrent extends ChannelConstants {

    public static final HCurrent INSTANCE = new HCurrent();

    private HCurrent() {
        super("H", 1, 0, Prinz2003.E_H_MV, Prinz2003.SOURCE);
    }

    @Override
    public double mInf(double v, double ca) {
        return boltzmann(v, 75.0, 5.5);
    }

    @Override
    public double tauMMs(double v) {
        return 2.0 / (Math.exp((v + 169.7) / -11.6) + Math.exp((v - 26.7) / 14.3));
    }
}
