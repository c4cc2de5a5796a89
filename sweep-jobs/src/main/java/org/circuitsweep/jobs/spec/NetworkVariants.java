package org.circuitsweep.jobs.spec;

import java.util.ArrayList;
import java.util.List;

import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.engine.model.Prinz2004Pyloric.SynapseSlot;
import org.circuitsweep.engine.model.Synapse;
import org.circuitsweep.engine.sample.Dimension;

/**
 * Turns the sampler's values of one variant of a network spec into its circuit and, for the
 * pyloric template, the neurons and strengths that describe it in the network table. Immutable.
 */
public final class NetworkVariants {

    /** A pyloric network: its cells' neurons (ABPD, LP, PY), its seven strengths (nS, template order) and its circuit. */
    public record Pyloric(List<Candidate> neurons, double[] strengthsNs, Circuit circuit) {

        /** Its code in Prinz's files, or null when it is not in the P04 grid ({@link Prinz2004Grid}). */
        public String code() {
            return Prinz2004Grid.code(neurons.stream().map(Candidate::name).toList(), strengthsNs);
        }
    }

    private final SweepSpec spec;
    private final List<List<Candidate>> candidates = new ArrayList<>();
    /** For each template synapse, its position in the sampler's values, or −1 when unlisted (0 nS). */
    private final int[] synapseValue = new int[Prinz2004Pyloric.SYNAPSES.size()];
    private final List<String> circuitParameters;

    NetworkVariants(SweepSpec spec) {
        if (!spec.kind().isNetwork()) {
            throw new IllegalStateException("model '" + spec.model() + "' is not a network");
        }
        this.spec = spec;
        spec.cells().forEach(c -> candidates.add(c.candidates()));
        List<String> names = spec.parameterNames();
        for (int k = 0; k < synapseValue.length; k++) {
            synapseValue[k] = names.indexOf(Prinz2004Pyloric.SYNAPSES.get(k).name());
        }
        circuitParameters = spec.parameters().stream().map(Dimension::name).toList();
    }

    /** The circuit of the variant with these sampler values. */
    public Circuit circuit(double[] values) {
        return spec.kind() == ModelKind.PYLORIC ? pyloric(values).circuit() : spec.circuit().with(circuitParameters, values);
    }

    /** The pyloric network of the variant with these sampler values (cells first, then the listed synapses). */
    public Pyloric pyloric(double[] values) {
        if (spec.kind() != ModelKind.PYLORIC) {
            throw new IllegalStateException("model '" + spec.model() + "' is not " + Prinz2004Pyloric.TEMPLATE);
        }
        List<Candidate> neurons = new ArrayList<>(candidates.size());
        List<Cell> cells = new ArrayList<>(candidates.size());
        for (int c = 0; c < candidates.size(); c++) {
            Candidate n = candidates.get(c).get((int) values[c]);
            neurons.add(n);
            cells.add(new Cell(Prinz2004Pyloric.CELL_NAMES.get(c), n.name(), n.toConductances(), 0.0));
        }
        double[] strengths = new double[synapseValue.length];
        List<Synapse> synapses = new ArrayList<>(strengths.length);
        for (int k = 0; k < strengths.length; k++) {
            SynapseSlot slot = Prinz2004Pyloric.SYNAPSES.get(k);
            strengths[k] = synapseValue[k] < 0 ? 0.0 : values[synapseValue[k]];
            synapses.add(new Synapse(slot.name(), slot.pre(), slot.post(), slot.transmitter(), strengths[k]));
        }
        return new Pyloric(List.copyOf(neurons), strengths, new Circuit(cells, synapses, List.of()));
    }
}
