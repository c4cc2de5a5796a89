package org.circuitsweep.engine.synapse;

/**
 * The graded chemical synapse of Prinz, Bucher &amp; Marder 2004 (Methods, Abbott–Marder form; sheet
 * §5.2): I_s = g_s·s·(V_post − E_s), ds/dt = (s_inf(V_pre) − s)/τ_s with
 * s_inf = 1/(1 + exp((V_th − V_pre)/Δ)) and τ_s = (1 − s_inf)/k₋. Sources: xolotl
 * prinz/Glutamatergic.hpp and Cholinergic.hpp, mackelab/pyloric, OpenSourceBrain Synapses.nml.
 */
public final class GradedSynapse {

    /** Half-activation presynaptic voltage V_th, mV. */
    public static final double V_THRESHOLD_MV = -35.0;
    /** Slope Δ of the activation curve, mV. */
    public static final double DELTA_MV = 5.0;

    private GradedSynapse() {
    }

    public static double sInf(double vPreMv) {
        return 1.0 / (1.0 + Math.exp((V_THRESHOLD_MV - vPreMv) / DELTA_MV));
    }

    public static double tauSMs(double vPreMv, Transmitter transmitter) {
        return (1.0 - sInf(vPreMv)) / transmitter.kMinusPerMs();
    }

    /**
     * One truncated forward-Euler step, as in Prinz's code (mackelab/pyloric describes it): τ_s → 0
     * as s_inf → 1, so a step longer than τ_s jumps straight to s_inf instead of overshooting; s is
     * kept in [0, 1].
     */
    public static double step(double s, double vPreMv, Transmitter transmitter, double dtMs) {
        double sInf = sInf(vPreMv);
        double tau = (1.0 - sInf) / transmitter.kMinusPerMs();
        double next = dtMs > tau ? sInf : s + (sInf - s) * dtMs / tau;
        return Math.min(1.0, Math.max(0.0, next));
    }
}
