package org.circuitsweep.engine.channel;

/**
 * The part of a {@link Channel} that is a table of constants: name, gate exponents, reversal
 * potential and source. A current extends it and adds only its kinetic functions, so each
 * current's file reads like its row of the paper's table.
 */
public abstract class ChannelConstants implements Channel {

    private final String name;
    private final int p;
    private final int q;
    private final double reversalMv;
    private final String source;

    protected ChannelConstants(String name, int p, int q, double reversalMv, String source) {
        this.name = name;
        this.p = p;
        this.q = q;
        this.reversalMv = reversalMv;
        this.source = source;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int p() {
        return p;
    }

    @Override
    public final int q() {
        return q;
    }

    @Override
    public final double reversalMv() {
        return reversalMv;
    }

    @Override
    public final String source() {
        return source;
    }

    @Override
    public String toString() {
        return "I_" + name;
    }
}
