package org.circuitsweep.engine.channel;

/**
 * One ionic current of a single-compartment neuron, I = gbar · m^p · h^q · (V − E).
 *
 * <p>Implementations are immutable constant tables plus their kinetic functions; V is in mV,
 * τ in ms and [Ca] in µM. A current without an inactivation gate has q = 0 and h ≡ 1; the leak
 * has no gate at all (p = q = 0). Thread-safe.
 */
public interface Channel {

    /** Short name of the current as the papers write it, for example {@code Na}, {@code KCa}. */
    String name();

    /** Activation exponent p. */
    int p();

    /** Inactivation exponent q (0 when the current does not inactivate). */
    int q();

    /** Reversal potential in mV, or NaN for calcium currents, whose E_Ca follows [Ca] (Nernst). */
    double reversalMv();

    default boolean carriesCalcium() {
        return Double.isNaN(reversalMv());
    }

    /** Steady-state activation; only KCa depends on [Ca] (µM). */
    double mInf(double vMv, double caUm);

    double tauMMs(double vMv);

    /** Steady-state inactivation; 1 for currents with q = 0. */
    default double hInf(double vMv) {
        return 1.0;
    }

    /** Inactivation time constant; infinite (a frozen h = 1) for currents with q = 0. */
    default double tauHMs(double vMv) {
        return Double.POSITIVE_INFINITY;
    }

    /** Where the constants come from. */
    String source();

    /** The Boltzmann form of the Prinz 2003 tables, S(V; a, b) = 1 / (1 + exp((V + a) / b)). */
    static double boltzmann(double vMv, double a, double b) {
        return 1.0 / (1.0 + Math.exp((vMv + a) / b));
    }
}
