package org.circuitsweep.engine.model;

import org.circuitsweep.engine.channel.ChannelCatalog;

/**
 * The eight maximal conductance densities (mS/cm²) that make one Prinz 2003 model neuron, in the
 * database's column order. Validated against {@link ChannelCatalog}.
 */
public record Conductances(double gNa, double gCaT, double gCaS, double gA, double gKCa, double gKd, double gH,
                           double gLeak) {

    public Conductances {
        double[] values = {gNa, gCaT, gCaS, gA, gKCa, gKd, gH, gLeak};
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(ChannelCatalog.PRINZ2003.get(i).gMax().name() + " = " + values[i]
                        + ": a maximal conductance must be a finite number >= 0 mS/cm²");
            }
        }
    }

    /** AB/PD 2 of Prinz 2004, a regular burster: the catalogue defaults. */
    public static Conductances defaults() {
        return of(ChannelCatalog.parameters().stream().mapToDouble(ParameterInfo::defaultValue).toArray());
    }

    /** From an array in catalogue order. */
    public static Conductances of(double... g) {
        if (g.length != ChannelCatalog.SIZE) {
            throw new IllegalArgumentException("need " + ChannelCatalog.SIZE + " conductances (" + ChannelCatalog.names()
                    + "), got " + g.length);
        }
        return new Conductances(g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7]);
    }

    /** The values in catalogue order. */
    public double[] toArray() {
        return new double[] {gNa, gCaT, gCaS, gA, gKCa, gKd, gH, gLeak};
    }

    /** The value of a named conductance such as {@code gKd}. */
    public double get(String name) {
        return toArray()[requireIndex(name)];
    }

    /** A copy with one named conductance replaced. */
    public Conductances with(String name, double value) {
        double[] g = toArray();
        g[requireIndex(name)] = value;
        return of(g);
    }

    private static int requireIndex(String name) {
        int i = ChannelCatalog.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown conductance '" + name + "'; allowed: " + ChannelCatalog.names());
        }
        return i;
    }
}
