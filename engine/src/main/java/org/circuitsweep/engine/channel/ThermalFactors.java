package org.circuitsweep.engine.channel;

import java.io.Serializable;
import java.util.Arrays;

import org.circuitsweep.engine.channel.prinz2003.Prinz2003;
import org.circuitsweep.engine.synapse.Transmitter;

/**
 * What a temperature does to the Prinz 2003 / 2004 model, as factors the kernels apply (a wrapper
 * around the channels, never a copy of them): at T, with ΔT = T − {@link Q10Table#REFERENCE_TEMPERATURE_C},
 * <ul>
 *   <li>every gate's rate is multiplied by φ = Q10_τ^(ΔT/10) of its current and gate, that is τ_x(V)
 *       is divided by φ, which the kernels realise as one step of dt·φ in the gate update;</li>
 *   <li>every maximal conductance is multiplied by Q10_g^(ΔT/10);</li>
 *   <li>the calcium buffer's rate 1/τ_Ca by its own factor;</li>
 *   <li>each synapse type's k₋ (so τ_s) and maximal conductance by theirs;</li>
 *   <li>the Nernst factor RT/zF of E_Ca follows the absolute temperature: 12.193 mV at T_ref, times
 *       (T + 273.15)/(T_ref + 273.15) (mackelab/pyloric also lets RT/zF follow T).</li>
 * </ul>
 * Steady states (x_inf, s_inf) do not change. At T_ref every factor is exactly 1.0 and the Nernst
 * factor exactly the model's, so every kernel gives the unperturbed bits. Values: {@link Q10Table}.
 * Immutable and thread-safe; equal when the temperatures are equal.
 */
public final class ThermalFactors implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int N = ChannelCatalog.SIZE;

    /** The model's own conditions: every factor 1. */
    public static final ThermalFactors REFERENCE = at(Q10Table.REFERENCE_TEMPERATURE_C);

    private final double temperatureC;
    private final double[] activationRate = new double[N];
    private final double[] inactivationRate = new double[N];
    private final double[] conductanceFactor = new double[N];
    private final double calciumRate;
    private final double[] synapseRate = new double[Transmitter.values().length];
    private final double[] synapseConductanceFactor = new double[Transmitter.values().length];
    private final double nernstFactorMv;

    private ThermalFactors(double temperatureC) {
        this.temperatureC = temperatureC;
        double tenths = (temperatureC - Q10Table.REFERENCE_TEMPERATURE_C) / 10.0;
        for (int i = 0; i < N; i++) {
            Q10Table row = Q10Table.ofCurrent(i);
            activationRate[i] = factor(row.q10Activation(), tenths);
            inactivationRate[i] = factor(row.q10Inactivation(), tenths);
            conductanceFactor[i] = factor(row.q10Conductance(), tenths);
        }
        calciumRate = factor(Q10Table.CALCIUM_BUFFER.q10Activation(), tenths);
        synapseRate[Transmitter.GLUTAMATE.ordinal()] = factor(Q10Table.GLUTAMATE_SYNAPSE.q10Activation(), tenths);
        synapseRate[Transmitter.ACETYLCHOLINE.ordinal()] = factor(Q10Table.ACETYLCHOLINE_SYNAPSE.q10Activation(), tenths);
        synapseConductanceFactor[Transmitter.GLUTAMATE.ordinal()] =
                factor(Q10Table.GLUTAMATE_SYNAPSE.q10Conductance(), tenths);
        synapseConductanceFactor[Transmitter.ACETYLCHOLINE.ordinal()] =
                factor(Q10Table.ACETYLCHOLINE_SYNAPSE.q10Conductance(), tenths);
        double referenceK = Q10Table.REFERENCE_TEMPERATURE_C + Q10Table.ZERO_CELSIUS_K;
        // 1 + ΔT/T_ref(K) rather than T(K)/T_ref(K): exactly 1 at T_ref whatever the rounding of 273.15.
        nernstFactorMv = Prinz2003.NERNST_FACTOR_CA_MV * (1.0 + (temperatureC - Q10Table.REFERENCE_TEMPERATURE_C) / referenceK);
    }

    /** Q10^tenths; a process without a Q10 (NaN) keeps factor 1. Math.pow(q, 0) is exactly 1. */
    private static double factor(double q10, double tenths) {
        return Double.isNaN(q10) ? 1.0 : Math.pow(q10, tenths);
    }

    /**
     * The factors at a temperature in [{@value Q10Table#MIN_TEMPERATURE_C}, {@value Q10Table#MAX_TEMPERATURE_C}] °C.
     */
    public static ThermalFactors at(double temperatureC) {
        if (!(temperatureC >= Q10Table.MIN_TEMPERATURE_C && temperatureC <= Q10Table.MAX_TEMPERATURE_C)) {
            throw new IllegalArgumentException("temperature " + temperatureC + " °C is not in ["
                    + (int) Q10Table.MIN_TEMPERATURE_C + ", " + (int) Q10Table.MAX_TEMPERATURE_C + "] °C");
        }
        return new ThermalFactors(temperatureC);
    }

    public double temperatureC() {
        return temperatureC;
    }

    /** Whether this is the model's own temperature (every factor exactly 1). */
    public boolean isReference() {
        return temperatureC == Q10Table.REFERENCE_TEMPERATURE_C;
    }

    /** Factor of the activation rate 1/τ_m of the current at catalogue index i (1 for the leak). */
    public double activationRate(int i) {
        return activationRate[i];
    }

    /** Factor of the inactivation rate 1/τ_h of the current at catalogue index i (1 where it has no h). */
    public double inactivationRate(int i) {
        return inactivationRate[i];
    }

    /** Factor of the maximal conductance of the current at catalogue index i. */
    public double conductanceFactor(int i) {
        return conductanceFactor[i];
    }

    /** Factor of the calcium buffer's rate 1/τ_Ca. */
    public double calciumRate() {
        return calciumRate;
    }

    /** Factor of a synapse type's k₋ (τ_s divided by it). */
    public double synapseRate(Transmitter t) {
        return synapseRate[t.ordinal()];
    }

    /** Factor of a synapse type's maximal conductance. */
    public double synapseConductanceFactor(Transmitter t) {
        return synapseConductanceFactor[t.ordinal()];
    }

    /** RT/zF of calcium at this temperature, mV. */
    public double nernstFactorMv() {
        return nernstFactorMv;
    }

    /** E_Ca (Nernst) at this temperature, mV, for an intracellular [Ca] in µM. */
    public double calciumReversalMv(double caUm) {
        return nernstFactorMv * Math.log(Prinz2003.CA_OUT_UM / caUm);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThermalFactors t && Double.compare(t.temperatureC, temperatureC) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(temperatureC);
    }

    @Override
    public String toString() {
        return "ThermalFactors[" + temperatureC + " °C, conductances " + Arrays.toString(conductanceFactor) + "]";
    }
}
