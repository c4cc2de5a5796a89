package org.circuitsweep.engine.model;

import static org.circuitsweep.engine.synapse.Transmitter.ACETYLCHOLINE;
import static org.circuitsweep.engine.synapse.Transmitter.GLUTAMATE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.circuitsweep.engine.synapse.Transmitter;

/**
 * The three-cell pyloric circuit of Prinz, Bucher &amp; Marder 2004 (sheet §5): AB/PD (one lumped
 * pacemaker), LP and PY, the sixteen model neurons of P04 Table 2 by name, and the seven synapses
 * in the order of Prinz's code and files (ABLP, PDLP, ABPY, PDPY, LPPM, LPPY, PYLP). No
 * electrical coupling: AB and PD are one neuron, and which of its synapses are "AB" or "PD" is a
 * matter of transmitter.
 */
public final class Prinz2004Pyloric {

    public static final String TEMPLATE = "prinz2004-pyloric";
    public static final int ABPD = 0;
    public static final int LP = 1;
    public static final int PY = 2;
    public static final List<String> CELL_NAMES = List.of("ABPD", "LP", "PY");

    /** A synapse slot of the template: its name in Prinz's files, its cells and transmitter. */
    public record SynapseSlot(String name, int pre, int post, Transmitter transmitter) {
    }

    public static final List<SynapseSlot> SYNAPSES = List.of(
            new SynapseSlot("ABLP", ABPD, LP, GLUTAMATE),
            new SynapseSlot("PDLP", ABPD, LP, ACETYLCHOLINE),
            new SynapseSlot("ABPY", ABPD, PY, GLUTAMATE),
            new SynapseSlot("PDPY", ABPD, PY, ACETYLCHOLINE),
            new SynapseSlot("LPPM", LP, ABPD, GLUTAMATE),
            new SynapseSlot("LPPY", LP, PY, GLUTAMATE),
            new SynapseSlot("PYLP", PY, LP, GLUTAMATE));

    /** P04 Table 2 (sheet §5.1, confirmed by ≥ 2 implementations): Na, CaT, CaS, A, KCa, Kd, H, leak in mS/cm². */
    private static final Map<String, Conductances> NEURONS = new LinkedHashMap<>();

    static {
        put("ABPD1", 400, 2.5, 6, 50, 10, 100, 0.01, 0);
        put("ABPD2", 100, 2.5, 6, 50, 5, 100, 0.01, 0);
        put("ABPD3", 200, 2.5, 4, 50, 5, 50, 0.01, 0);
        put("ABPD4", 200, 5.0, 4, 40, 5, 125, 0.01, 0);
        put("ABPD5", 300, 2.5, 2, 10, 5, 125, 0.01, 0);
        put("LP1", 100, 0, 8, 40, 5, 75, 0.05, 0.02);
        put("LP2", 100, 0, 6, 30, 5, 50, 0.05, 0.02);
        put("LP3", 100, 0, 10, 50, 5, 100, 0, 0.03);
        put("LP4", 100, 0, 4, 20, 0, 25, 0.05, 0.03);
        put("LP5", 100, 0, 6, 30, 0, 50, 0.03, 0.02);
        put("PY1", 100, 2.5, 2, 50, 0, 125, 0.05, 0.01);
        put("PY2", 200, 7.5, 0, 50, 0, 75, 0.05, 0);
        put("PY3", 200, 10, 0, 50, 0, 100, 0.03, 0);
        put("PY4", 400, 2.5, 2, 50, 0, 75, 0.05, 0);
        put("PY5", 500, 2.5, 2, 40, 0, 125, 0.01, 0.03);
        put("PY6", 500, 2.5, 2, 40, 0, 125, 0, 0.02);
    }

    private Prinz2004Pyloric() {
    }

    private static void put(String name, double... g) {
        NEURONS.put(name, Conductances.of(g));
    }

    /** The model neurons that may fill a cell: ABPD1..5 for AB/PD, LP1..5 for LP, PY1..6 for PY. */
    public static List<String> neuronsFor(int cell) {
        String prefix = CELL_NAMES.get(cell);
        return NEURONS.keySet().stream().filter(n -> n.startsWith(prefix) && n.length() == prefix.length() + 1).toList();
    }

    public static Conductances neuron(String name) {
        Conductances g = NEURONS.get(name);
        if (g == null) {
            throw new IllegalArgumentException("unknown neuron '" + name + "'; allowed: " + String.join(", ", NEURONS.keySet()));
        }
        return g;
    }

    public static List<String> neuronNames() {
        return List.copyOf(NEURONS.keySet());
    }

    public static List<String> synapseNames() {
        return SYNAPSES.stream().map(SynapseSlot::name).toList();
    }

    /**
     * The circuit with the given neurons and synapse strengths (nS, in the order of {@link #SYNAPSES}).
     */
    public static Circuit circuit(String abpd, String lp, String py, double[] strengthsNs) {
        if (strengthsNs.length != SYNAPSES.size()) {
            throw new IllegalArgumentException("need " + SYNAPSES.size() + " synapse strengths ("
                    + String.join(", ", synapseNames()) + "), got " + strengthsNs.length);
        }
        String[] names = {abpd, lp, py};
        List<Cell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (!neuronsFor(i).contains(names[i])) {
                throw new IllegalArgumentException(CELL_NAMES.get(i) + ": '" + names[i] + "' is not allowed; allowed: "
                        + String.join(", ", neuronsFor(i)));
            }
            cells.add(new Cell(CELL_NAMES.get(i), names[i], neuron(names[i]), 0.0));
        }
        List<Synapse> synapses = new java.util.ArrayList<>();
        for (int k = 0; k < SYNAPSES.size(); k++) {
            SynapseSlot slot = SYNAPSES.get(k);
            synapses.add(new Synapse(slot.name(), slot.pre(), slot.post(), slot.transmitter(), strengthsNs[k]));
        }
        return new Circuit(cells, synapses, List.of());
    }

    /** {@code ABLP=30,PDLP=30,...} as strengths in template order; unnamed synapses are 0 nS. */
    public static double[] strengths(Map<String, Double> byName) {
        double[] g = new double[SYNAPSES.size()];
        for (Map.Entry<String, Double> e : byName.entrySet()) {
            int k = synapseNames().indexOf(e.getKey());
            if (k < 0) {
                throw new IllegalArgumentException("unknown synapse '" + e.getKey() + "'; allowed: "
                        + SYNAPSES.stream().map(SynapseSlot::name).collect(Collectors.joining(", ")));
            }
            g[k] = e.getValue();
        }
        return g;
    }
}
