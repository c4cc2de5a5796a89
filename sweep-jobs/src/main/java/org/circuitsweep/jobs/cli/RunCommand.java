package org.circuitsweep.jobs.cli;

import java.nio.file.Path;

import org.apache.hadoop.conf.Configuration;
import org.circuitsweep.jobs.spec.ExperimentSection;
import org.circuitsweep.jobs.spec.ExperimentSpec;
import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.spec.SweepSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sweep run CONFIG}: simulates a sweep, or the chunks still missing from its output. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Simulate the sweep of a spec into its output directory, or the experiment of an experiment "
                + "spec (a file whose only section is experiment:).",
                "On an existing output of the same spec only the missing chunks are simulated; "
                        + "an output of another spec is refused and left unchanged."})
final class RunCommand extends SimulationCommand {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "The sweep or experiment spec (YAML).")
    private Path config;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Output directory or URI (file://, hdfs://, s3a://); default: the spec's output.")
    private String output;

    @Override
    protected LoadedSpec loadSpec(Configuration hadoopConf) {
        String text = SpecLoader.read(config);
        if (ExperimentSection.isExperiment(text, config.toString())) {
            ExperimentSpec experiment = ExperimentSection.parse(text, config.toString());
            return LoadedSpec.experiment(experiment, output != null ? output : experiment.output());
        }
        SweepSpec sweep = SpecLoader.parse(text, config.toString());
        return new LoadedSpec(sweep, config.toString(), output != null ? output : sweep.output());
    }
}
