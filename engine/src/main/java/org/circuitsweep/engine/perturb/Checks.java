package org.circuitsweep.engine.perturb;

import org.circuitsweep.engine.channel.ChannelCatalog;

/** Argument checks shared by the perturbation records; each failure is one line naming the value. */
final class Checks {

    /** Cell, synapse and neuron names: as {@link org.circuitsweep.engine.model.Cell} allows. */
    static final String NAME = "[A-Za-z][A-Za-z0-9_]*";
    /** Largest synapse strength a perturbation may set, nS (the network sweeps' bound). */
    static final double MAX_SYNAPSE_NS = 10_000;
    /** Largest scale factor: far beyond any experiment, small enough to catch a typo. */
    static final double MAX_FACTOR = 1000;

    private Checks() {
    }

    static void name(String name, String what) {
        if (name == null || !name.matches(NAME)) {
            throw new IllegalArgumentException(what + " name '" + name + "': use a letter then letters, digits or '_'");
        }
    }

    /** A cell name, or "" for every cell. */
    static void cellOrAll(String cell) {
        if (cell == null) {
            throw new IllegalArgumentException("cell: use \"\" for every cell, not null");
        }
        if (!cell.isEmpty()) {
            name(cell, "cell");
        }
    }

    static void conductance(String name) {
        if (ChannelCatalog.indexOf(name) < 0) {
            throw new IllegalArgumentException("unknown conductance '" + name + "'; allowed: " + ChannelCatalog.names());
        }
    }

    static void factor(double factor, String of) {
        if (!(factor >= 0 && factor <= MAX_FACTOR)) {
            throw new IllegalArgumentException(of + ": factor " + factor + " is not in [0, " + (int) MAX_FACTOR + "]");
        }
    }

    static void synapseStrength(double nS, String synapse) {
        if (!(nS >= 0 && nS <= MAX_SYNAPSE_NS)) {
            throw new IllegalArgumentException(synapse + " = " + nS + " nS is not in [0, " + (int) MAX_SYNAPSE_NS + "] nS");
        }
    }

    /** "LP." for a cell, "" for every cell. */
    static String prefix(String cell) {
        return cell.isEmpty() ? "" : cell + ".";
    }

    /** How a message names the cell(s) a stimulus goes into. */
    static String who(String cell) {
        return cell.isEmpty() ? "every cell" : cell;
    }
}
