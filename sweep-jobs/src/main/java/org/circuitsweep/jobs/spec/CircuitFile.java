package org.circuitsweep.jobs.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.circuitsweep.engine.channel.ChannelCatalog;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.model.Coupling;
import org.circuitsweep.engine.model.ParameterInfo;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.engine.model.Synapse;
import org.circuitsweep.engine.synapse.Transmitter;

/**
 * A circuit file (the format is described in the header of {@code configs/circuits/half-centre.yaml}),
 * validated like a spec: every refusal is a one-line {@link SpecException} naming the file and the
 * field. A circuit spec sweeps its synapse strengths by synapse name ({@code LR}) and its cells'
 * conductances as {@code <cell>.<conductance>} ({@code left.gCaS}); what is not swept keeps the
 * file's value.
 *
 * @param path    the path as written in the spec
 * @param text    the file's text (what travels to executors)
 * @param circuit the circuit it describes
 */
public record CircuitFile(String path, String text, Circuit circuit) {

    private static final List<String> TOP_KEYS = List.of("cells", "synapses", "couplings");
    private static final List<String> CELL_KEYS = List.of("name", "neuron", "conductances", "dc-current-na");
    private static final List<String> SYNAPSE_KEYS = List.of("name", "pre", "post", "type", "strength-ns");
    private static final List<String> COUPLING_KEYS = List.of("a", "b", "strength-ns");
    /** Synapse names become table columns, so they are kept to what a column name allows. */
    private static final Pattern SYNAPSE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final ParameterInfo STRENGTH = new ParameterInfo("strength-ns", "nS", 0,
            Prinz2004Grid.MAX_STRENGTH_NS, 0, "synapse or coupling strength");

    /** Parses and validates circuit text; messages start with {@code path}. */
    public static CircuitFile parse(String path, String text) {
        Field root = Field.root(path, YamlReader.read(text, path));
        if (!root.present()) {
            throw root.error("empty circuit file; required key: cells");
        }
        root.keys(TOP_KEYS);
        List<Cell> cells = cells(root.child("cells"));
        List<String> names = cells.stream().map(Cell::name).toList();
        List<Synapse> synapses = new ArrayList<>();
        Set<String> synapseNames = new HashSet<>();
        for (Field s : optionalList(root.child("synapses"))) {
            Synapse synapse = synapse(s, names);
            if (!synapseNames.add(synapse.name())) {
                throw s.child("name").error("synapse name " + synapse.name() + " is used twice");
            }
            synapses.add(synapse);
        }
        List<Coupling> couplings = new ArrayList<>();
        for (Field c : optionalList(root.child("couplings"))) {
            c.keys(COUPLING_KEYS);
            int a = cellIndex(c.child("a"), names);
            int b = cellIndex(c.child("b"), names);
            if (a == b) {
                throw c.child("b").error("a cell cannot be coupled to itself");
            }
            couplings.add(new Coupling(a, b, bounded(c.child("strength-ns"), STRENGTH)));
        }
        return new CircuitFile(path, text, new Circuit(cells, synapses, couplings));
    }

    /**
     * The parameters a spec may sweep, defaults from the file: each synapse by name (nS), then each
     * cell's conductances as {@code <cell>.<conductance>} (mS/cm², the catalogue's bounds).
     */
    public List<ParameterInfo> parameters() {
        List<ParameterInfo> parameters = new ArrayList<>();
        for (Synapse s : circuit.synapses()) {
            parameters.add(new ParameterInfo(s.name(), "nS", 0, Prinz2004Grid.MAX_STRENGTH_NS, s.strengthNs(),
                    "maximal conductance of the " + s.transmitter().label() + " synapse " + s.name() + " ("
                            + circuit.cells().get(s.pre()).name() + " → " + circuit.cells().get(s.post()).name() + ")"));
        }
        for (Cell cell : circuit.cells()) {
            for (ParameterInfo g : ChannelCatalog.parameters()) {
                parameters.add(new ParameterInfo(cell.name() + "." + g.name(), g.unit(), g.min(), g.max(),
                        cell.conductances().get(g.name()), g.description() + " of cell " + cell.name()));
            }
        }
        return List.copyOf(parameters);
    }

    /** The circuit with the named parameters ({@link #parameters()} names) set to {@code values}. */
    public Circuit with(List<String> names, double[] values) {
        List<Cell> cells = new ArrayList<>(circuit.cells());
        List<Synapse> synapses = new ArrayList<>(circuit.synapses());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int dot = name.indexOf('.');
            if (dot < 0) {
                int k = synapseIndex(name);
                synapses.set(k, synapses.get(k).withStrength(values[i]));
            } else {
                int c = circuit.indexOf(name.substring(0, dot));
                Cell cell = cells.get(c);
                cells.set(c, new Cell(cell.name(), cell.neuron(), cell.conductances().with(name.substring(dot + 1), values[i]),
                        cell.dcCurrentNa()));
            }
        }
        return new Circuit(cells, synapses, circuit.couplings());
    }

    private int synapseIndex(String name) {
        for (int k = 0; k < circuit.synapses().size(); k++) {
            if (circuit.synapses().get(k).name().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("circuit " + path + " has no synapse '" + name + "'");
    }

    private static List<Cell> cells(Field field) {
        List<Field> elements = field.required("required: a list of cells, each with name and neuron or conductances")
                .elements();
        if (elements.isEmpty()) {
            throw field.error("empty; a circuit needs at least one cell");
        }
        List<Cell> cells = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Field c : elements) {
            c.keys(CELL_KEYS);
            Field nameField = c.child("name").required("required: letters, digits, '_', starting with a letter");
            String name = nameField.text();
            if (!SYNAPSE_NAME.matcher(name).matches()) {
                throw nameField.error("'" + name + "' may use only letters, digits and '_', starting with a letter");
            }
            if (!names.add(name)) {
                throw nameField.error("cell name " + name + " is used twice");
            }
            Field neuron = c.child("neuron");
            Field conductances = c.child("conductances");
            if (neuron.present() == conductances.present()) {
                throw c.error("give exactly one of neuron (" + String.join(", ", Prinz2004Pyloric.neuronNames())
                        + ") or conductances (all eight of " + ChannelCatalog.names() + ")");
            }
            Field dc = c.child("dc-current-na");
            double dcNa = dc.present() ? dc.number() : 0.0;
            if (Math.abs(dcNa) > 1000) {
                throw dc.error(Field.format(dcNa) + " is not allowed; expected a number in [-1000, 1000] nA");
            }
            cells.add(neuron.present() ? new Cell(name, neuronName(neuron), Prinz2004Pyloric.neuron(neuron.text()), dcNa)
                    : new Cell(name, "custom", conductances(conductances), dcNa));
        }
        return cells;
    }

    private static String neuronName(Field field) {
        String neuron = field.text();
        if (!Prinz2004Pyloric.neuronNames().contains(neuron)) {
            throw field.error("unknown neuron '" + neuron + "'; allowed: " + String.join(", ", Prinz2004Pyloric.neuronNames()));
        }
        return neuron;
    }

    private static Conductances conductances(Field field) {
        List<String> names = ChannelCatalog.parameters().stream().map(ParameterInfo::name).toList();
        List<String> written = field.keys("conductance", names);
        double[] g = new double[names.size()];
        for (int i = 0; i < g.length; i++) {
            ParameterInfo info = ChannelCatalog.parameters().get(i);
            if (!written.contains(info.name())) {
                throw field.child(info.name()).error("missing; give all eight of " + ChannelCatalog.names());
            }
            g[i] = bounded(field.child(info.name()), info);
        }
        return Conductances.of(g);
    }

    private static Synapse synapse(Field s, List<String> cellNames) {
        s.keys(SYNAPSE_KEYS);
        Field nameField = s.child("name").required("required: letters, digits and '_', starting with a letter");
        String name = nameField.text();
        if (!SYNAPSE_NAME.matcher(name).matches()) {
            throw nameField.error("'" + name + "' may use only letters, digits and '_', starting with a letter");
        }
        int pre = cellIndex(s.child("pre"), cellNames);
        int post = cellIndex(s.child("post"), cellNames);
        if (pre == post) {
            throw s.child("post").error("a synapse joins two different cells; pre is also " + cellNames.get(pre));
        }
        Field typeField = s.child("type").required("required: glutamate or acetylcholine");
        Transmitter type;
        try {
            type = Transmitter.fromLabel(typeField.text());
        } catch (IllegalArgumentException e) {
            throw typeField.error(e.getMessage());
        }
        return new Synapse(name, pre, post, type, bounded(s.child("strength-ns"), STRENGTH));
    }

    private static int cellIndex(Field field, List<String> cellNames) {
        String name = field.required("required: a cell name, one of " + String.join(", ", cellNames)).text();
        int i = cellNames.indexOf(name);
        if (i < 0) {
            throw field.error("unknown cell '" + name + "'; allowed: " + String.join(", ", cellNames));
        }
        return i;
    }

    private static double bounded(Field field, ParameterInfo info) {
        double v = field.required("required: a number in [" + Field.format(info.min()) + ", "
                + Field.format(info.max()) + "] " + info.unit()).number();
        if (!info.accepts(v)) {
            throw field.error(Field.format(v) + " is not allowed; expected a number in [" + Field.format(info.min()) + ", "
                    + Field.format(info.max()) + "] " + info.unit());
        }
        return v;
    }

    private static List<Field> optionalList(Field field) {
        return field.present() ? field.elements() : List.of();
    }
}
