package org.circuitsweep.engine.channel.prinz2003;

/**
 * Constants of the Prinz, Billimoria &amp; Marder 2003 single-compartment STG neuron that are not
 * owned by one current: geometry, reversal potentials, the calcium buffer and the initial state.
 * Values and their sources follow the project's model sheet (§1); every value marked [C2] there
 * appears in at least two independent implementations.
 */
public final class Prinz2003 {

    public static final String SOURCE =
            "Prinz, Billimoria & Marder 2003, J Neurophysiol 90:3998, Table 1 (as reproduced by xolotl prinz/*.hpp and mackelab/pyloric)";

    /** Membrane area, cm² (cylinder r = 25 µm, L = 400 µm). */
    public static final double AREA_CM2 = 0.628e-3;
    /** Specific capacitance, µF/cm² (0.628 nF in total). */
    public static final double CAPACITANCE_UF_PER_CM2 = 1.0;

    public static final double E_NA_MV = 50.0;
    public static final double E_K_MV = -80.0;
    public static final double E_H_MV = -20.0;
    public static final double E_LEAK_MV = -50.0;

    /** Calcium buffer time constant τ_Ca, ms. */
    public static final double TAU_CA_MS = 200.0;
    /** Current-to-concentration factor f, µM/nA. */
    public static final double CA_PER_CURRENT_UM_PER_NA = 14.96;
    /** Resting intracellular calcium [Ca]_0, µM. */
    public static final double CA_REST_UM = 0.05;
    /** Extracellular calcium [Ca]_out, µM (3 mM). */
    public static final double CA_OUT_UM = 3000.0;

    /**
     * RT/zF for calcium (z = 2), mV. The paper's temperature is not known (sheet §1.2, [U]); the
     * code bases closest to Prinz's own files (mackelab/pyloric, the Prinz-style port of K. Tian)
     * use R = 8.31451 J/(mol·K), F = 96485.3415 C/mol and T = 283 K, which gives 12.193 mV, within
     * 0.1 % of the 12.2 mV "Nernstfactor" of the Prinz-lab code. We use that computation.
     */
    public static final double NERNST_FACTOR_CA_MV = 1000.0 * 8.31451 * 283.0 / (2.0 * 96485.3415);

    /** Initial membrane potential of a database run, mV (sheet §1.4). */
    public static final double V_INITIAL_MV = -50.0;

    /** Converts an absolute current in nA to a current density in µA/cm² for this membrane. */
    public static final double NA_TO_UA_PER_CM2 = 1e-3 / AREA_CM2;

    private Prinz2003() {
    }

    /** Reversal potential of calcium (Nernst), mV, for an intracellular concentration in µM. */
    public static double calciumReversalMv(double caUm) {
        return NERNST_FACTOR_CA_MV * Math.log(CA_OUT_UM / caUm);
    }
}
