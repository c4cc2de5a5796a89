package org.circuitsweep.jobs.spec;

import java.util.ArrayList;
import java.util.List;

import org.circuitsweep.engine.model.ParameterInfo;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.engine.model.Prinz2004Pyloric.SynapseSlot;

/**
 * The network grid of Prinz, Bucher &amp; Marder 2004 (sheet §5.3) and its numbering in Prinz's
 * files: 5 AB/PD × 5 LP × 6 PY neurons, synapses onto LP or AB/PD at {0, 3, 10, 30, 100} nS and
 * synapses onto PY at {0, 1, 3, 10, 30, 100} nS, 20,250,000 networks. A network's code is ten
 * digits, the 0-based indices of its PM (AB/PD), LP and PY neurons and of its seven strengths in
 * the order ABLP, PDLP, ABPY, PDPY, LPPM, LPPY, PYLP (the order of the loader of Prinz's files,
 * mackelab's {@code prinzdb.py}, whose strength tables are indexed by the digits). Read as a
 * mixed-radix number, first digit most significant, the code is the variant index of
 * {@code configs/prinz2004-networks.yaml}: the grid method numbers variants the same way.
 *
 * <p>The strength tables are assumed to be in ascending order, as the sheet lists them; Prinz's
 * {@code {SYN}_strengths.dat} files themselves were not at hand.
 */
public final class Prinz2004Grid {

    /** Synapses onto LP or AB/PD (ABLP, PDLP, LPPM, PYLP), nS. */
    static final double[] ONTO_LP_OR_ABPD_NS = {0, 3, 10, 30, 100};
    /** Synapses onto PY (ABPY, PDPY, LPPY), nS. */
    static final double[] ONTO_PY_NS = {0, 1, 3, 10, 30, 100};
    /** Specs may set a synapse to any strength in [0, this]: 100 × the top of the grid, as for conductances. */
    public static final double MAX_STRENGTH_NS = 10_000;
    /** Networks in the grid, 5 · 5 · 6 · 5⁴ · 6³. */
    public static final long SIZE = 20_250_000L;

    private static final int[] RADICES = radices();

    private Prinz2004Grid() {
    }

    /** The strength levels of one synapse of the template, nS, in ascending order. */
    public static double[] strengthsNs(int synapse) {
        return (Prinz2004Pyloric.SYNAPSES.get(synapse).post() == Prinz2004Pyloric.PY ? ONTO_PY_NS : ONTO_LP_OR_ABPD_NS)
                .clone();
    }

    /**
     * The code of a network, or null when it is not in the grid: a neuron that is not one of
     * P04's (a cell selected from a sweep) or a strength that is not one of the synapse's levels.
     *
     * @param neurons     the neuron names of AB/PD, LP and PY
     * @param strengthsNs the seven strengths in template order, nS
     */
    public static String code(List<String> neurons, double[] strengthsNs) {
        StringBuilder code = new StringBuilder(RADICES.length);
        for (int cell = 0; cell < neurons.size(); cell++) {
            int i = Prinz2004Pyloric.neuronsFor(cell).indexOf(neurons.get(cell));
            if (i < 0) {
                return null;
            }
            code.append(i);
        }
        for (int k = 0; k < strengthsNs.length; k++) {
            int i = indexOf(strengthsNs(k), strengthsNs[k]);
            if (i < 0) {
                return null;
            }
            code.append(i);
        }
        return code.toString();
    }

    /** The code of grid variant {@code variant}: its mixed-radix digits, first most significant. */
    public static String code(long variant) {
        if (variant < 0 || variant >= SIZE) {
            throw new IllegalArgumentException("variant " + variant + " is outside the grid [0, " + SIZE + ")");
        }
        char[] digits = new char[RADICES.length];
        long rest = variant;
        for (int d = RADICES.length - 1; d >= 0; d--) {
            digits[d] = (char) ('0' + rest % RADICES[d]);
            rest /= RADICES[d];
        }
        return new String(digits);
    }

    /** The grid variant of a code. */
    public static long variant(String code) {
        if (code == null || code.length() != RADICES.length) {
            throw new IllegalArgumentException("a network code has " + RADICES.length + " digits, got '" + code + "'");
        }
        long variant = 0;
        for (int d = 0; d < RADICES.length; d++) {
            int digit = code.charAt(d) - '0';
            if (digit < 0 || digit >= RADICES[d]) {
                throw new IllegalArgumentException("digit " + (d + 1) + " of network code '" + code + "' must be in 0.."
                        + (RADICES[d] - 1));
            }
            variant = variant * RADICES[d] + digit;
        }
        return variant;
    }

    /** The seven synapse parameters a prinz2004-pyloric spec may list, in template order. */
    static List<ParameterInfo> synapseParameters() {
        List<ParameterInfo> parameters = new ArrayList<>();
        for (SynapseSlot s : Prinz2004Pyloric.SYNAPSES) {
            String description = "maximal conductance of the " + s.transmitter().label() + " synapse "
                    + Prinz2004Pyloric.CELL_NAMES.get(s.pre()) + " → " + Prinz2004Pyloric.CELL_NAMES.get(s.post())
                    + " (Prinz 2004; 0 = no synapse)";
            parameters.add(new ParameterInfo(s.name(), "nS", 0, MAX_STRENGTH_NS, 0, description));
        }
        return List.copyOf(parameters);
    }

    private static int[] radices() {
        int cells = Prinz2004Pyloric.CELL_NAMES.size();
        int[] r = new int[cells + Prinz2004Pyloric.SYNAPSES.size()];
        for (int c = 0; c < cells; c++) {
            r[c] = Prinz2004Pyloric.neuronsFor(c).size();
        }
        for (int k = 0; k < Prinz2004Pyloric.SYNAPSES.size(); k++) {
            r[cells + k] = strengthsNs(k).length;
        }
        return r;
    }

    private static int indexOf(double[] values, double v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
