package org.circuitsweep.engine.channel;

/**
 * The default temperature dependence of the Prinz 2003 / 2004 model: one row per current (in
 * {@link ChannelCatalog} order), the calcium buffer and the two synapse types, each with the Q10 of
 * its maximal conductance and of its rates. At temperature T a rate is multiplied (a time constant
 * divided) by Q10^((T − T_ref)/10) and a maximal conductance multiplied by its own Q10^((T − T_ref)/10);
 * see {@link ThermalFactors}, which applies the table, and the kernels, which never copy a channel.
 *
 * <p><b>Reference temperature T_ref = {@value #REFERENCE_TEMPERATURE_C} °C.</b> The model's Nernst
 * factor (12.193 mV) is computed at 283 K in the code bases closest to Prinz's files (model sheet
 * §1.2), and mackelab/pyloric also refers its Q10s to 283 K; 283 K is 10 °C to the nearest kelvin,
 * and we take the model to be at 10 °C exactly (xolotl's STG examples use 11 °C; the P03 paper's
 * temperature is not known, sheet §1.2 [U]). At T_ref every factor is exactly 1 and a run is
 * bit-identical to the unperturbed one.
 *
 * <p><b>Sources.</b> Every value is the default of mackelab/pyloric {@code pyloric/interface.py}
 * (the P04 network simulator of Deistler, Macke &amp; Gonçalves 2022, PNAS), read from its code:
 * maximal conductances of every current and synapse 1.5; activation time constants 2.4, except CaS
 * (2.0) and KCa (1.6), which that code attributes to Caplan, Williams &amp; Marder 2014 (J Neurosci
 * 34:4963); inactivation time constants 2.8; the calcium buffer 2.0; both synapses' kinetics 1.7.
 * For orientation: Tang et al. 2010 (PLoS Biol 8:e1000469) measured a Q10 of about 2.3 for the
 * pyloric frequency between 7 and 23 °C, with phases nearly constant, and Q10s of I_A, I_H and the
 * synaptic currents in that neighbourhood; O'Leary &amp; Marder 2016 (Curr Biol 26:2935) and Rinberg,
 * Taylor &amp; Marder 2013 (PLoS Comput Biol 9:e1002857) use Q10s of 1–3 per process in the same spirit.
 *
 * <p><b>Uncertain.</b> Only the two Caplan 2014 activation values are current-specific; all other
 * rows share one value per kind of process (the 1.5 of every maximal conductance, including the
 * leak, and the 2.4 / 2.8 of the gates are modelling defaults, not measurements of these currents;
 * the H current's and the synapses' values in particular were not measured in the STG for this
 * model). Rows flagged {@link #uncertain()} are those. Exact published per-current numbers were not
 * at hand when this table was written; change a value here and only here.
 */
public enum Q10Table {

    NA(1.5, 2.4, 2.8, true, "mackelab/pyloric defaults (gbar 1.5, tau_m 2.4, tau_h 2.8)"),
    CAT(1.5, 2.4, 2.8, true, "mackelab/pyloric defaults (gbar 1.5, tau_m 2.4, tau_h 2.8)"),
    CAS(1.5, 2.0, 2.8, false, "tau_m 2.0: Caplan, Williams & Marder 2014 via mackelab/pyloric; gbar 1.5, tau_h 2.8 defaults"),
    A(1.5, 2.4, 2.8, true, "mackelab/pyloric defaults (gbar 1.5, tau_m 2.4, tau_h 2.8)"),
    KCA(1.5, 1.6, Double.NaN, false, "tau_m 1.6: Caplan, Williams & Marder 2014 via mackelab/pyloric; gbar 1.5 default"),
    KD(1.5, 2.4, Double.NaN, true, "mackelab/pyloric defaults (gbar 1.5, tau_m 2.4)"),
    H(1.5, 2.4, Double.NaN, true, "mackelab/pyloric defaults (gbar 1.5, tau_m 2.4)"),
    LEAK(1.5, Double.NaN, Double.NaN, true, "mackelab/pyloric default (gbar 1.5)"),
    /** The calcium buffer: its rate 1/τ_Ca (no conductance). */
    CALCIUM_BUFFER(Double.NaN, 2.0, Double.NaN, true, "mackelab/pyloric default (tau_Ca 2.0)"),
    /** Glutamatergic synapses: maximal conductance and the rate k₋ of s. */
    GLUTAMATE_SYNAPSE(1.5, 1.7, Double.NaN, true, "mackelab/pyloric defaults (gbar 1.5, tau_s 1.7)"),
    /** Cholinergic synapses: maximal conductance and the rate k₋ of s. */
    ACETYLCHOLINE_SYNAPSE(1.5, 1.7, Double.NaN, true, "mackelab/pyloric defaults (gbar 1.5, tau_s 1.7)");

    /** The temperature at which the model's constants hold, °C (see the class comment). */
    public static final double REFERENCE_TEMPERATURE_C = 10.0;
    /** 0 °C in kelvin. */
    public static final double ZERO_CELSIUS_K = 273.15;
    /** Temperatures a perturbation may set, °C: the range of STG experiments (Tang 2010: 7–23 °C) with margin. */
    public static final double MIN_TEMPERATURE_C = 0.0;
    public static final double MAX_TEMPERATURE_C = 40.0;

    private final double q10Conductance;
    private final double q10Activation;
    private final double q10Inactivation;
    private final boolean uncertain;
    private final String source;

    Q10Table(double q10Conductance, double q10Activation, double q10Inactivation, boolean uncertain, String source) {
        this.q10Conductance = q10Conductance;
        this.q10Activation = q10Activation;
        this.q10Inactivation = q10Inactivation;
        this.uncertain = uncertain;
        this.source = source;
    }

    /** Q10 of the maximal conductance (NaN for the calcium buffer). */
    public double q10Conductance() {
        return q10Conductance;
    }

    /** Q10 of the activation rate 1/τ_m (of 1/τ_Ca for the buffer, of k₋ for a synapse); NaN for the leak. */
    public double q10Activation() {
        return q10Activation;
    }

    /** Q10 of the inactivation rate 1/τ_h; NaN where there is no inactivation gate. */
    public double q10Inactivation() {
        return q10Inactivation;
    }

    /** Whether the value is a shared modelling default rather than a current-specific one (see the class comment). */
    public boolean uncertain() {
        return uncertain;
    }

    public String source() {
        return source;
    }

    /** The row of the current at catalogue index i. */
    public static Q10Table ofCurrent(int catalogueIndex) {
        if (catalogueIndex < 0 || catalogueIndex >= ChannelCatalog.SIZE) {
            throw new IllegalArgumentException("catalogue index " + catalogueIndex + ": allowed 0.." + (ChannelCatalog.SIZE - 1));
        }
        return values()[catalogueIndex];
    }
}
