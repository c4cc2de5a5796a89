package org.circuitsweep.jobs.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.circuitsweep.jobs.io.ExperimentOutput;
import org.circuitsweep.jobs.io.SweepOutput;
import org.circuitsweep.jobs.spec.ExperimentSection;
import org.circuitsweep.jobs.spec.SpecLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sweep resume DIR}: continues a sweep or an experiment from the spec stored in its output. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Simulate the chunks still missing from a sweep or experiment output, using the spec.yaml stored in it.")
final class ResumeCommand extends SimulationCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep or experiment output directory or URI.")
    private String dir;

    @Override
    protected LoadedSpec loadSpec(Configuration hadoopConf) {
        if (ExperimentOutput.isExperiment(dir, hadoopConf)) {
            ExperimentOutput experiment = ExperimentOutput.at(dir, hadoopConf);
            experiment.requireManifest();
            String source = new Path(experiment.root(), ExperimentOutput.SPEC).toString();
            return LoadedSpec.experiment(ExperimentSection.parse(experiment.readSpec(), source),
                    experiment.root().toString());
        }
        SweepOutput output = SweepOutput.at(dir, hadoopConf);
        output.requireManifest();
        String source = new Path(output.root(), SweepOutput.SPEC).toString();
        return new LoadedSpec(SpecLoader.parse(output.readSpec(), source), source, output.root().toString());
    }
}
