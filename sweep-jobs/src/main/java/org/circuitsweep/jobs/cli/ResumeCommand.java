package org.circuitsweep.jobs.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.circuitsweep.jobs.io.SweepOutput;
import org.circuitsweep.jobs.spec.SpecLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sweep resume DIR}: continues a sweep from the spec stored in its output. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Simulate the chunks still missing from a sweep output, using the spec.yaml stored in it.")
final class ResumeCommand extends SimulationCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep output directory or URI.")
    private String dir;

    @Override
    protected LoadedSpec loadSpec(Configuration hadoopConf) {
        SweepOutput output = SweepOutput.at(dir, hadoopConf);
        output.requireManifest();
        String source = new Path(output.root(), SweepOutput.SPEC).toString();
        return new LoadedSpec(SpecLoader.parse(output.readSpec(), source), source, output.root().toString());
    }
}
