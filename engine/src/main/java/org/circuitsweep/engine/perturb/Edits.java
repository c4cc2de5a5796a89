package org.circuitsweep.engine.perturb;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;

import org.circuitsweep.engine.channel.ChannelCatalog;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.model.Coupling;
import org.circuitsweep.engine.model.ParameterInfo;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.engine.model.Synapse;

/** The edits behind the perturbation records: each returns a new preparation that differs only where named. */
final class Edits {

    private Edits() {
    }

    /** One conductance of one cell ("" = every cell) replaced by f(old value). */
    static Preparation conductance(Preparation p, String cell, String name, DoubleUnaryOperator f, String text) {
        Circuit c = p.circuit();
        List<Cell> cells = new ArrayList<>(c.cells());
        ParameterInfo info = ChannelCatalog.parameter(name).orElseThrow();
        for (int i : cellIndices(p, cell, text)) {
            Cell old = cells.get(i);
            double value = f.applyAsDouble(old.conductances().get(name));
            if (!info.accepts(value)) {
                throw new IllegalArgumentException(text + ": cell " + old.name() + ": " + info.rangeMessage(value));
            }
            Conductances g = old.conductances().with(name, value);
            cells.set(i, new Cell(old.name(), old.neuron(), g, old.dcCurrentNa()));
        }
        return p.withCircuit(new Circuit(cells, c.synapses(), c.couplings()));
    }

    /** Every synapse of that name gets strength f(old strength). */
    static Preparation synapse(Preparation p, String name, DoubleUnaryOperator f, String text) {
        Circuit c = p.circuit();
        List<Synapse> synapses = new ArrayList<>(c.synapses());
        boolean found = false;
        for (int k = 0; k < synapses.size(); k++) {
            Synapse s = synapses.get(k);
            if (s.name().equals(name)) {
                double value = f.applyAsDouble(s.strengthNs());
                Checks.synapseStrength(value, text + ": synapse " + name);
                synapses.set(k, s.withStrength(value));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException(text + ": unknown synapse '" + name + "'; allowed: " + synapseNames(c));
        }
        return p.withCircuit(new Circuit(c.cells(), synapses, c.couplings()));
    }

    /** Every synapse from or onto the cell and every coupling of it at 0 nS. */
    static Preparation remove(Preparation p, String cell, String text) {
        Circuit c = p.circuit();
        int i = p.requireCell(cell, text);
        List<Synapse> synapses = c.synapses().stream()
                .map(s -> s.pre() == i || s.post() == i ? s.withStrength(0.0) : s).toList();
        List<Coupling> couplings = c.couplings().stream()
                .map(k -> k.a() == i || k.b() == i ? new Coupling(k.a(), k.b(), 0.0) : k).toList();
        return p.withCircuit(new Circuit(c.cells(), synapses, couplings));
    }

    /** The cell's conductances and neuron label replaced by a named P04 neuron's. */
    static Preparation swap(Preparation p, String cell, String neuron, String text) {
        Circuit c = p.circuit();
        int i = p.requireCell(cell, text);
        List<Cell> cells = new ArrayList<>(c.cells());
        Cell old = cells.get(i);
        cells.set(i, new Cell(old.name(), neuron, Prinz2004Pyloric.neuron(neuron), old.dcCurrentNa()));
        return p.withCircuit(new Circuit(cells, c.synapses(), c.couplings()));
    }

    /** The stimulus added into one cell, or into every cell ("" ), in cell order. */
    static Preparation stimulate(Preparation p, String cell, Stimulus template, String text) {
        Environment e = p.environment();
        for (int i : cellIndices(p, cell, text)) {
            e = e.withStimulus(template.into(p.circuit().cells().get(i).name()));
        }
        return p.withEnvironment(e);
    }

    private static int[] cellIndices(Preparation p, String cell, String text) {
        if (cell.isEmpty()) {
            int[] all = new int[p.circuit().cells().size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        return new int[] {p.requireCell(cell, text)};
    }

    private static String synapseNames(Circuit c) {
        return c.synapses().isEmpty() ? "none (this preparation has no synapses)"
                : c.synapses().stream().map(Synapse::name).distinct().collect(Collectors.joining(", "));
    }
}
