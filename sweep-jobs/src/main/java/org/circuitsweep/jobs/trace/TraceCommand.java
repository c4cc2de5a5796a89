package org.circuitsweep.jobs.trace;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.engine.sim.Integrator;
import org.circuitsweep.engine.sim.NeuronSimulator;
import org.circuitsweep.engine.sim.SimulationSettings;
import org.circuitsweep.jobs.io.ModelRecords;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sweep trace}: simulates one model neuron, or one network ({@code --circuit}), prints its
 * features and class as one JSON object on stdout named as the columns of the sweep tables, and
 * writes the trace (trace.csv) and a plot (trace.png): V and [Ca] of a neuron, the cells' voltages
 * stacked on one time axis for a network.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Simulate one neuron or network and write its trace (trace.csv, trace.png); print its features as JSON.",
                "A network: --circuit prinz2004-pyloric --cells ABPD2,LP4,PY1 --syn ABLP=30,PDLP=30,ABPY=10,PDPY=3,"
                        + "LPPM=30,LPPY=1,PYLP=30, or --circuit FILE (a circuit file such as configs/circuits/half-centre.yaml)."})
public final class TraceCommand implements Callable<Integer> {

    private static final double DEFAULT_DURATION_MS = 10_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--neuron", description = "Neuron template; allowed: prinz2003 (the default without --circuit).")
    private String neuron;

    @Option(names = "--set",
            description = "Maximal conductances of the neuron, mS/cm²: NAME=VALUE[,NAME=VALUE...] with NAME one of gNa, "
                    + "gCaT, gCaS, gA, gKCa, gKd, gH, gLeak; unset ones keep the AB/PD 2 defaults.")
    private String set;

    @Option(names = "--circuit", paramLabel = "TEMPLATE|FILE",
            description = "Simulate a network: prinz2004-pyloric (with --cells and --syn) or a circuit file.")
    private String circuit;

    @Option(names = "--cells", paramLabel = "ABPD,LP,PY",
            description = "With --circuit prinz2004-pyloric: the neurons of ABPD, LP and PY, such as ABPD2,LP4,PY1.")
    private String cells;

    @Option(names = "--syn", paramLabel = "NAME=NS,...",
            description = "With --circuit: synapse strengths in nS, such as ABLP=30,PDLP=30 (the template's: ABLP, PDLP, "
                    + "ABPY, PDPY, LPPM, LPPY, PYLP, unset ones 0; a circuit file's by its names, unset ones as in the file).")
    private String syn;

    @Option(names = "--duration-ms", description = "Total simulated time, ms (default 10000).")
    private Double durationMs;

    @Option(names = "--transient-ms",
            description = "Discarded transient at the start of the run, ms (default 5000 for a neuron, 3000 for a network).")
    private Double transientMs;

    @Option(names = "--dt-ms", defaultValue = "0.05", description = "Integration step, ms (default ${DEFAULT-VALUE}).")
    private double dtMs;

    @Option(names = "--integrator", defaultValue = "exponential-euler",
            description = "exponential-euler (default) or, for a neuron, dormand-prince (the adaptive reference).")
    private String integrator;

    @Option(names = "--dc-na", description = "Injected DC current of a neuron, nA (default 0).")
    private Double dcNa;

    @Option(names = "--dc-onset-ms", description = "Time the DC current of a neuron steps on, ms (default 0).")
    private Double dcOnsetMs;

    @Option(names = "--out", required = true, description = "Output directory for trace.csv and trace.png.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        boolean network = circuit != null;
        refuseOptionsOfTheOtherMode(network);
        SimulationSettings settings;
        try {
            settings = new SimulationSettings(dtMs, durationMs != null ? durationMs : DEFAULT_DURATION_MS,
                    transientMs != null ? transientMs : network ? 3_000 : 5_000, dcNa != null ? dcNa : 0,
                    dcOnsetMs != null ? dcOnsetMs : 0, Integrator.fromLabel(integrator), false);
            if (network && settings.integrator() != Integrator.EXPONENTIAL_EULER) {
                throw new IllegalArgumentException("--integrator: networks are integrated with exponential-euler only");
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Map<String, Object> columns = network ? network(settings) : neuron(settings);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(new ObjectMapper().writeValueAsString(columns));
        stdout.flush();
        return 0;
    }

    private Map<String, Object> neuron(SimulationSettings settings) throws IOException {
        if (neuron != null && !"prinz2003".equals(neuron)) {
            throw new ParameterException(spec.commandLine(), "--neuron: unknown template '" + neuron + "'; allowed: prinz2003");
        }
        Conductances conductances;
        try {
            conductances = set == null || set.isBlank() ? Conductances.defaults() : ConductanceAssignments.parse("--set", set);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        createOut();
        TraceRecorder trace = new TraceRecorder();
        NeuronFeatures features = new NeuronSimulator(settings, ClassifierThresholds.defaults()).run(conductances, trace);
        trace.writeCsv(out.resolve("trace.csv"));
        TracePlot.writePng(trace, settings.transientMs(), title(conductances, features), out.resolve("trace.png"));
        return ModelRecords.featureColumns(features);
    }

    private Map<String, Object> network(SimulationSettings settings) throws IOException {
        boolean template = Prinz2004Pyloric.TEMPLATE.equals(circuit);
        if (template && cells == null) {
            throw new ParameterException(spec.commandLine(), "--cells: required with --circuit " + Prinz2004Pyloric.TEMPLATE
                    + ": the neurons of ABPD, LP and PY, such as ABPD2,LP4,PY1");
        }
        if (!template && cells != null) {
            throw new ParameterException(spec.commandLine(), "--cells: only with --circuit " + Prinz2004Pyloric.TEMPLATE
                    + "; a circuit file gives its cells' neurons itself");
        }
        NetworkTrace trace;
        try {
            trace = template ? NetworkTrace.pyloric(cells, syn) : NetworkTrace.file(Path.of(circuit), syn);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        createOut();
        return trace.run(settings, out);
    }

    private void refuseOptionsOfTheOtherMode(boolean network) {
        String[][] neuronOnly = {{"--neuron", neuron}, {"--set", set}, {"--dc-na", str(dcNa)}, {"--dc-onset-ms", str(dcOnsetMs)}};
        String[][] networkOnly = {{"--cells", cells}, {"--syn", syn}};
        for (String[] option : network ? neuronOnly : networkOnly) {
            if (option[1] != null) {
                throw new ParameterException(spec.commandLine(), option[0] + ": " + (network
                        ? "not allowed with --circuit (set a cell's dc-current-na or conductances in a circuit file)"
                        : "only with --circuit"));
            }
        }
    }

    private static String str(Double v) {
        return v == null ? null : v.toString();
    }

    private void createOut() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out: " + out + " exists and is not a directory");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--out: cannot create directory " + out + " (" + e + ")");
        }
    }

    private static String title(Conductances g, NeuronFeatures f) {
        return String.format(Locale.ROOT,
                "%s — gNa %s, gCaT %s, gCaS %s, gA %s, gKCa %s, gKd %s, gH %s, gLeak %s mS/cm²",
                f.activityClass().label(), g.gNa(), g.gCaT(), g.gCaS(), g.gA(), g.gKCa(), g.gKd(), g.gH(), g.gLeak());
    }
}
