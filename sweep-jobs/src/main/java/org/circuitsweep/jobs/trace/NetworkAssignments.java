package org.circuitsweep.jobs.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.jobs.spec.Prinz2004Grid;

/**
 * Parses the network options of {@code trace}: {@code --cells ABPD2,LP4,PY1} (the neurons of the
 * pyloric template's cells, in the order ABPD, LP, PY) and {@code --syn ABLP=30,PDLP=30,...}
 * (synapse strengths in nS by name). Every refusal is one line naming the option and what is allowed.
 */
final class NetworkAssignments {

    private NetworkAssignments() {
    }

    /** The three neuron names of ABPD, LP and PY. */
    static List<String> cells(String text) {
        String[] parts = text.split(",", -1);
        String example = "such as ABPD2,LP4,PY1";
        if (parts.length != Prinz2004Pyloric.CELL_NAMES.size()) {
            throw new IllegalArgumentException("--cells: '" + text + "' names " + parts.length + " neurons; expected one "
                    + "each for " + String.join(", ", Prinz2004Pyloric.CELL_NAMES) + ", in that order, " + example);
        }
        List<String> neurons = new ArrayList<>();
        for (int cell = 0; cell < parts.length; cell++) {
            String neuron = parts[cell].strip();
            List<String> allowed = Prinz2004Pyloric.neuronsFor(cell);
            if (!allowed.contains(neuron)) {
                throw new IllegalArgumentException("--cells " + Prinz2004Pyloric.CELL_NAMES.get(cell) + ": '" + neuron
                        + "' is not allowed; allowed: " + String.join(", ", allowed));
            }
            neurons.add(neuron);
        }
        return neurons;
    }

    /** Strengths by synapse name, in the order written; every name must be in {@code allowed}. */
    static Map<String, Double> synapses(String text, List<String> allowed) {
        Map<String, Double> strengths = new LinkedHashMap<>();
        String range = "a number in [0, " + (long) Prinz2004Grid.MAX_STRENGTH_NS + "] nS";
        for (String assignment : text.split(",", -1)) {
            String trimmed = assignment.strip();
            int eq = trimmed.indexOf('=');
            String name = (eq < 0 ? trimmed : trimmed.substring(0, eq)).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("--syn: empty assignment in '" + text + "'; expected NAME=VALUE[,NAME=VALUE...]"
                        + " with NAME one of " + String.join(", ", allowed));
            }
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("--syn: unknown synapse '" + name + "'; allowed: " + String.join(", ", allowed));
            }
            String valueText = eq < 0 ? "" : trimmed.substring(eq + 1).strip();
            if (valueText.isEmpty()) {
                throw new IllegalArgumentException("--syn " + name + ": missing value; expected " + name + "=<" + range + ">");
            }
            double value;
            try {
                value = Double.parseDouble(valueText);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--syn " + name + ": '" + valueText + "' is not a number; allowed: " + range);
            }
            if (!(value >= 0 && value <= Prinz2004Grid.MAX_STRENGTH_NS)) {
                throw new IllegalArgumentException("--syn " + name + ": " + valueText + " is not allowed; expected " + range);
            }
            if (strengths.put(name, value) != null) {
                throw new IllegalArgumentException("--syn " + name + ": set twice; give each synapse once");
            }
        }
        return strengths;
    }
}
