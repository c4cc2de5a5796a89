package org.circuitsweep.engine.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A circuit of single-compartment cells joined by graded chemical synapses and electrical
 * couplings. Cells are referred to by index; names are unique.
 */
public record Circuit(List<Cell> cells, List<Synapse> synapses, List<Coupling> couplings) {

    public Circuit {
        cells = List.copyOf(cells);
        synapses = List.copyOf(synapses);
        couplings = List.copyOf(couplings);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a circuit needs at least one cell");
        }
        Set<String> names = new HashSet<>();
        for (Cell c : cells) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("cell name '" + c.name() + "' is used twice");
            }
        }
        for (Synapse s : synapses) {
            checkIndex(cells.size(), s.pre(), "synapse " + s.name() + " pre");
            checkIndex(cells.size(), s.post(), "synapse " + s.name() + " post");
        }
        for (Coupling c : couplings) {
            checkIndex(cells.size(), c.a(), "coupling");
            checkIndex(cells.size(), c.b(), "coupling");
        }
    }

    private static void checkIndex(int cellCount, int i, String what) {
        if (i < 0 || i >= cellCount) {
            throw new IllegalArgumentException(what + ": cell index " + i + " is outside 0.." + (cellCount - 1));
        }
    }

    public int indexOf(String cellName) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).name().equals(cellName)) {
                return i;
            }
        }
        return -1;
    }

    /** Density equivalent (mS/cm²) of an absolute conductance in nS on one Prinz 2003 membrane. */
    public static double nanoSiemensToDensity(double nS) {
        return nS * 1e-6 / org.circuitsweep.engine.channel.prinz2003.Prinz2003.AREA_CM2;
    }
}
