package org.circuitsweep.jobs.trace;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Conductances;
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
 * {@code sweep trace}: simulates one model neuron, prints its features and class as one JSON
 * object on stdout, and writes the trace (CSV) and a plot (PNG) of V and [Ca].
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Simulate one model and write its voltage trace (trace.csv, trace.png); print its features as JSON.")
public final class TraceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--neuron", defaultValue = "prinz2003", description = "Neuron template; allowed: prinz2003 (default).")
    private String neuron;

    @Option(names = "--set", defaultValue = "",
            description = "Maximal conductances, mS/cm²: NAME=VALUE[,NAME=VALUE...] with NAME one of gNa, gCaT, gCaS, gA, "
                    + "gKCa, gKd, gH, gLeak; unset ones keep the AB/PD 2 defaults.")
    private String set;

    @Option(names = "--duration-ms", defaultValue = "10000", description = "Total simulated time, ms (default ${DEFAULT-VALUE}).")
    private double durationMs;

    @Option(names = "--transient-ms", defaultValue = "5000",
            description = "Discarded transient at the start of the run, ms (default ${DEFAULT-VALUE}).")
    private double transientMs;

    @Option(names = "--dt-ms", defaultValue = "0.05", description = "Integration step, ms (default ${DEFAULT-VALUE}).")
    private double dtMs;

    @Option(names = "--integrator", defaultValue = "exponential-euler",
            description = "exponential-euler (default) or dormand-prince (the adaptive reference).")
    private String integrator;

    @Option(names = "--dc-na", defaultValue = "0", description = "Injected DC current, nA (default 0).")
    private double dcNa;

    @Option(names = "--dc-onset-ms", defaultValue = "0", description = "Time the DC current steps on, ms (default 0).")
    private double dcOnsetMs;

    @Option(names = "--out", required = true, description = "Output directory for trace.csv and trace.png.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (!"prinz2003".equals(neuron)) {
            throw new ParameterException(spec.commandLine(), "--neuron: unknown template '" + neuron + "'; allowed: prinz2003");
        }
        Conductances conductances;
        SimulationSettings settings;
        try {
            conductances = set.isBlank() ? Conductances.defaults() : ConductanceAssignments.parse("--set", set);
            settings = new SimulationSettings(dtMs, durationMs, transientMs, dcNa, dcOnsetMs,
                    Integrator.fromLabel(integrator), false);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out: " + out + " exists and is not a directory");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--out: cannot create directory " + out + " (" + e + ")");
        }

        TraceRecorder trace = new TraceRecorder();
        NeuronFeatures features = new NeuronSimulator(settings, ClassifierThresholds.defaults()).run(conductances, trace);
        trace.writeCsv(out.resolve("trace.csv"));
        TracePlot.writePng(trace, settings.transientMs(), title(conductances, features), out.resolve("trace.png"));

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(new ObjectMapper().writeValueAsString(ModelRecords.featureColumns(features)));
        stdout.flush();
        return 0;
    }

    private static String title(Conductances g, NeuronFeatures f) {
        return String.format(java.util.Locale.ROOT,
                "%s — gNa %s, gCaT %s, gCaS %s, gA %s, gKCa %s, gKd %s, gH %s, gLeak %s mS/cm²",
                f.activityClass().label(), g.gNa(), g.gCaT(), g.gCaS(), g.gA(), g.gKCa(), g.gKd(), g.gH(), g.gLeak());
    }

}
