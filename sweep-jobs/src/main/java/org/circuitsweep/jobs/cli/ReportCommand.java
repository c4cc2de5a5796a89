package org.circuitsweep.jobs.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.circuitsweep.jobs.io.ExperimentManifest;
import org.circuitsweep.jobs.io.ExperimentOutput;
import org.circuitsweep.jobs.io.ExperimentTables;
import org.circuitsweep.jobs.io.Manifest;
import org.circuitsweep.jobs.io.OutputException;
import org.circuitsweep.jobs.io.SweepOutput;
import org.circuitsweep.jobs.io.SweepTables;
import org.circuitsweep.jobs.job.BuildInfo;
import org.circuitsweep.jobs.job.CellSelections;
import org.circuitsweep.jobs.report.ExperimentQueries;
import org.circuitsweep.jobs.report.ExperimentReportData;
import org.circuitsweep.jobs.report.ExperimentReportFiles;
import org.circuitsweep.jobs.report.ParameterPairs;
import org.circuitsweep.jobs.report.ReportBuilder;
import org.circuitsweep.jobs.report.ReportData;
import org.circuitsweep.jobs.report.ReportDirectory;
import org.circuitsweep.jobs.report.ReportFiles;
import org.circuitsweep.jobs.report.ReportKind;
import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.spec.SweepSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code sweep report DIR}: an HTML page of a sweep output's classes, parameters and examples, or of
 * an experiment output's levels, dose-response, class transitions and robust and fragile variants.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a self-contained HTML report of a sweep output: models per class, histograms of the "
                + "parameters per class, density maps of parameter pairs, burst features, example traces "
                + "(simulated again) and provenance.",
                "Of an experiment output: the kept share of every level, a dose-response chart, the class transition "
                        + "matrices and the parameters of robust and fragile variants (--pairs and --examples do not apply).",
                "Everything is aggregated by Spark SQL; the page is OUT/index.html, its numbers are also in OUT/report.json."})
final class ReportCommand extends SparkCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep or experiment output directory or URI.")
    private String dir;

    @Option(names = "--out", paramLabel = "OUT",
            description = "Local directory for the report (new, empty or an earlier report, which is replaced); default: DIR/report.")
    private Path out;

    @Option(names = "--pairs", paramLabel = "X:Y[,X:Y...]",
            description = "Parameter pairs to draw as density maps; default: the first two swept parameters.")
    private String pairs;

    @Option(names = "--examples", defaultValue = "3", paramLabel = "K",
            description = "Example traces per class, the K smallest variant indices, 0..10 (default ${DEFAULT-VALUE}).")
    private int examples;

    private SweepOutput output;
    private SweepSpec sweep;
    private CellSelections selections;
    private ReportBuilder builder;
    private ExperimentOutput experiment;
    private ExperimentManifest experimentManifest;

    @Override
    protected void prepare(Configuration hadoopConf) {
        if (examples < 0 || examples > 10) {
            throw new ParameterException(spec().commandLine(), "--examples: " + examples + " is not allowed; expected 0..10");
        }
        if (ExperimentOutput.isExperiment(dir, hadoopConf)) {
            prepareExperiment(hadoopConf);
            return;
        }
        output = SweepOutput.at(dir, hadoopConf);
        Manifest manifest = output.requireManifest();
        String source = output + "/" + SweepOutput.SPEC;
        sweep = SpecLoader.parse(output.readSpec(), source);
        ReportKind kind = ReportKind.of(sweep);
        List<ParameterPairs.Pair> maps;
        try {
            maps = pairs == null ? ParameterPairs.defaults(kind.swept()) : ParameterPairs.parse(pairs, kind.swept());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec().commandLine(), e.getMessage());
        }
        resolveOut(output.root());
        // Examples of networks whose cells were selected from a neuron sweep need those rows again.
        selections = examples > 0 ? CellSelections.check(sweep, source, hadoopConf) : null;
        builder = new ReportBuilder(manifest, kind, maps, examples, BuildInfo.engineVersion());
    }

    private void prepareExperiment(Configuration hadoopConf) {
        if (pairs != null) {
            throw new ParameterException(spec().commandLine(), "--pairs: not for an experiment output; its report draws "
                    + "every swept parameter of the robust and fragile variants");
        }
        experiment = ExperimentOutput.at(dir, hadoopConf);
        experimentManifest = experiment.requireManifest();
        resolveOut(experiment.root());
    }

    /** The report directory: --out, or DIR/report for a local DIR; refused unless new, empty or an earlier report. */
    private void resolveOut(org.apache.hadoop.fs.Path root) {
        if (out == null) {
            if (!"file".equals(root.toUri().getScheme())) {
                throw new ParameterException(spec().commandLine(), "--out: required when DIR is not a local directory");
            }
            out = Path.of(root.toUri()).resolve("report");
        }
        out = out.toAbsolutePath().normalize();
        ReportDirectory.check(out);
    }

    @Override
    protected String name() {
        return "report " + (experiment != null ? experimentManifest.name() : builder.manifest().name());
    }

    @Override
    protected int run(SparkSession spark) {
        if (experiment != null) {
            ExperimentTables.register(spark, experiment);
            ExperimentReportData data = new ExperimentQueries(spark).build(experimentManifest, experiment.readSpec(),
                    BuildInfo.engineVersion());
            ReportDirectory.replace(out, d -> ExperimentReportFiles.write(data, d));
            out().println("report of " + String.format(java.util.Locale.ROOT, "%,d", data.units()) + " units ("
                    + experimentManifest.selected() + " variants × " + experimentManifest.levels() + " levels): "
                    + out.resolve(ReportFiles.PAGE));
            out().flush();
            return 0;
        }
        SweepSpec resolved = selections != null && selections.needed() ? selections.resolve(spark) : sweep;
        if (resolved != sweep && !resolved.hash().equals(builder.manifest().specHash())) {
            throw new OutputException(output + ": its cells selected from other sweeps now select other rows (spec hash "
                    + resolved.hash() + ", the output's " + builder.manifest().specHash()
                    + "), so its examples cannot be simulated again; use --examples 0");
        }
        SweepTables.register(spark, output, sweep.tags());
        ReportData data = builder.build(spark, resolved);
        ReportDirectory.replace(out, d -> ReportFiles.write(data, d));
        out().println("report of " + String.format(java.util.Locale.ROOT, "%,d", data.total()) + " models: "
                + out.resolve(ReportFiles.PAGE));
        out().flush();
        return 0;
    }
}
