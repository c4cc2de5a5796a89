package org.circuitsweep.jobs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.circuitsweep.jobs.experiment.ExperimentJob;
import org.circuitsweep.jobs.experiment.ExperimentResult;
import org.circuitsweep.jobs.job.CellSelections;
import org.circuitsweep.jobs.job.RunResult;
import org.circuitsweep.jobs.job.SweepJob;
import org.circuitsweep.jobs.spec.ExperimentSpec;
import org.circuitsweep.jobs.spec.SweepSpec;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What {@code run}, {@code resume} and {@code experiment} share: the master, the chunk budget, the
 * job (a sweep's or an experiment's) and its report.
 */
abstract class SimulationCommand extends SparkCommand {

    /** Set by the launcher from {@code [ -t 2 ]}; Java 17 cannot tell whether stderr alone is a terminal. */
    static final String STDERR_TTY_PROPERTY = "circuitsweep.stderr.tty";

    /** The masters offered: embedded local mode and standalone clusters (several masters for HA). */
    private static final Pattern MASTER =
            Pattern.compile("local(\\[(\\*|[1-9]\\d*)(,[1-9]\\d*)?])?|spark://[^/\\s:,]+:\\d+(,[^/\\s:,]+:\\d+)*");

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[*] (embedded, the default), local[N] or spark://HOST:PORT. "
                    + "Under spark-submit, leave it out: spark-submit's --master applies.")
    private String master;

    @Option(names = "--max-chunks", defaultValue = "" + Integer.MAX_VALUE, paramLabel = "K",
            description = "Simulate at most K missing chunks, then stop; resume continues (default: all).")
    private int maxChunks;

    /**
     * A spec as read, where it came from (for messages) and the output it goes to: a sweep spec,
     * or an experiment spec (then {@code spec} is null).
     *
     * @param location the output directory or URI
     */
    protected record LoadedSpec(SweepSpec spec, ExperimentSpec experiment, String source, String location) {

        LoadedSpec(SweepSpec spec, String source, String location) {
            this(spec, null, source, location);
        }

        static LoadedSpec experiment(ExperimentSpec experiment, String location) {
            return new LoadedSpec(null, experiment, experiment.source(), location);
        }
    }

    private LoadedSpec loaded;
    private Configuration hadoopConf;
    private CellSelections selections;
    private SweepJob job;
    private ExperimentJob experimentJob;

    @Override
    protected String master() {
        return master != null ? master : super.master();
    }

    /** Reads the spec; writes nothing and needs no Spark. */
    protected abstract LoadedSpec loadSpec(Configuration hadoopConf);

    @Override
    protected final String name() {
        return loaded.spec() != null ? loaded.spec().name() : "experiment " + loaded.experiment().name();
    }

    /**
     * Checks the options, the spec, the base sweeps of its selected cells and, unless a selection
     * must first be run with Spark, the output directory: refusals come before Spark starts.
     */
    @Override
    protected final void prepare(Configuration hadoopConf) {
        if (master != null && !MASTER.matcher(master).matches()) {
            throw new ParameterException(spec().commandLine(), "--master: '" + master
                    + "' is not allowed; expected local[*], local[N], local[N,MAX_FAILURES] or spark://HOST:PORT");
        }
        if (maxChunks < 1) {
            throw new ParameterException(spec().commandLine(),
                    "--max-chunks: " + maxChunks + " is not allowed; expected an integer >= 1");
        }
        this.hadoopConf = hadoopConf;
        loaded = loadSpec(hadoopConf);
        if (loaded.experiment() != null) {
            experimentJob = ExperimentJob.prepare(loaded.experiment(), loaded.location(), hadoopConf);
            return;
        }
        selections = CellSelections.check(loaded.spec(), loaded.source(), hadoopConf);
        if (!selections.needed()) {
            job = SweepJob.prepare(loaded.spec(), loaded.source(), loaded.location(), hadoopConf);
        }
    }

    @Override
    protected int run(SparkSession spark) {
        boolean terminal = Boolean.parseBoolean(System.getProperty(STDERR_TTY_PROPERTY, String.valueOf(System.console() != null)));
        if (experimentJob != null) {
            report(experimentJob.run(spark, maxChunks, err(), terminal));
            return 0;
        }
        if (job == null) {
            job = SweepJob.prepare(selections.resolve(spark), loaded.source(), loaded.location(), hadoopConf);
        }
        RunResult result = job.run(spark, maxChunks, err(), terminal);
        report(result);
        return 0;
    }

    private void report(RunResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Long> e : r.sweepCounts().byLabel().entrySet()) {
            rows.add(List.of(e.getKey(), String.valueOf(e.getValue())));
        }
        rows.add(List.of("total", String.valueOf(r.sweepCounts().total())));
        TextTable.print(out(), List.of("class", "models"), List.of(false, true), rows);
        out().println();
        List<List<String>> tags = new ArrayList<>();
        r.tagCounts().forEach((tag, n) -> tags.add(List.of(tag, String.valueOf(n))));
        TextTable.print(out(), List.of("tag", "models"), List.of(false, true), tags);
        out().printf("%d of %d variants done (%d simulated by this run)%s%n", r.variantsDone(), r.variants(),
                r.runCounts().total(), r.complete() ? "" : "; resume to continue");
        double seconds = r.runTimeMs() / 1000.0;
        out().printf(Locale.ROOT, "run time %.1f s (JVM and Spark start-up excluded): %.1f variants/s%n", seconds,
                seconds > 0 ? r.runCounts().total() / seconds : 0.0);
        out().println("output: " + r.output());
        out().flush();
    }

    private void report(ExperimentResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (ExperimentResult.LevelCount l : r.levels()) {
            rows.add(List.of(String.valueOf(l.condition()), l.perturbation(), String.valueOf(l.units()),
                    String.valueOf(l.kept()), String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * l.kept() / l.units())));
        }
        TextTable.print(out(), List.of("condition", "perturbation", "units", "kept", "kept share"),
                List.of(true, false, true, true, true), rows);
        out().printf("%d of %d units done (%d base variants × %d levels; %d simulated by this run)%s%n", r.unitsDone(),
                r.units(), r.selected(), r.units() / r.selected(), r.runCounts().total(),
                r.complete() ? "" : "; resume to continue");
        out().println("output: " + r.output());
        out().flush();
    }
}
