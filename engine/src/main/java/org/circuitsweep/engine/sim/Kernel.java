package org.circuitsweep.engine.sim;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which implementation performs the exponential-Euler steps (all use the GATES_FIRST order); the
 * label is the spelling of specs and the CLI. The tabled kernels differ from the exact one only by
 * the interpolation error of their rate tables; {@code tabled} and {@code simd} give bit-identical
 * results, {@code simd} only faster. Agreement with {@code exact}: {@code KernelAgreementTest} and
 * {@code scripts/bench-agreement}.
 */
public enum Kernel {
    /** {@link ExponentialEuler}: every rate function evaluated directly; the reference. */
    EXACT("exact"),
    /** {@link org.circuitsweep.engine.sim.kernel.TabledLanes}: rates from tables on a 0.05-mV grid, scalar code. */
    TABLED("tabled"),
    /**
     * {@link org.circuitsweep.engine.sim.kernel.SimdLanes}: the tabled step on several neurons at once
     * with the Vector API. Falls back to {@code tabled} (same results) where the JVM lacks
     * {@code --add-modules jdk.incubator.vector} or 256-bit vectors, and for single-neuron runs.
     */
    SIMD("simd");

    private final String label;

    Kernel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Kernel fromLabel(String label) {
        for (Kernel k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("kernel: unknown '" + label + "'; allowed: " + labels());
    }

    public static String labels() {
        return Arrays.stream(values()).map(Kernel::label).collect(Collectors.joining(", "));
    }
}
