package org.circuitsweep.jobs.cli;

import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.circuitsweep.jobs.spec.ExperimentSection;
import org.circuitsweep.jobs.spec.ExperimentSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sweep experiment BASE --where C --perturb P [--perturb P ...] --output DIR}: a virtual
 * experiment on a finished sweep. The options become an experiment spec (stored as the output's
 * spec.yaml, which {@code resume} reads); {@code run FILE} takes the same spec from a file.
 */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = {"Select variants of a finished sweep with a Spark SQL condition and simulate each of them "
                + "again under every perturbation level.",
                "Writes DIR/selection (the selected base rows) and DIR/experiments (one row per variant and level: "
                        + "class before and after, built-in tags and main features before, after and their change). "
                        + "Chunked and resumable like a sweep; `sweep query DIR` sees the views experiments and selection.",
                "Perturbations: [CELL.]gX*=F, [CELL.]gX=V, SYN*=F, SYN=V, remove=CELL, CELL=NEURON, temperature=T, "
                        + "[CELL.]dc=I, [CELL.]step=I@T, [CELL.]pulses=AMP,WIDTH,FREQ[@ONSET], none; one level may be "
                        + "a series a..b:step; several joined with ';' act together."})
final class ExperimentCommand extends SimulationCommand {

    @Parameters(index = "0", paramLabel = "BASE", description = "The output directory of a finished sweep (neurons or networks).")
    private String base;

    @Option(names = "--where", required = true, paramLabel = "CONDITION",
            description = "Spark SQL condition on the base's models table (its tags included), e.g. \"class = 'bursting'\".")
    private String where;

    @Option(names = "--perturb", required = true, paramLabel = "P",
            description = "A perturbation, or a series of levels such as temperature=11..21:2; repeat for more conditions.")
    private List<String> perturb;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Output directory or URI: new, or an earlier output of the same experiment (continued).")
    private String output;

    @Option(names = "--name", paramLabel = "NAME", description = "Experiment name (default: the output directory's name).")
    private String name;

    @Option(names = "--chunk-size", paramLabel = "K",
            description = "Units (variant × level) per chunk, one Parquet file and one Spark task each (default "
                    + ExperimentSection.DEFAULT_CHUNK_SIZE + ").")
    private Integer chunkSize;

    @Option(names = "--recompute-baseline",
            description = "Also simulate each selected variant unperturbed and require its stored row, bit for bit.")
    private boolean recomputeBaseline;

    @Override
    protected LoadedSpec loadSpec(Configuration hadoopConf) {
        ExperimentSpec spec = ExperimentSection.fromOptions(name, base, where, perturb, recomputeBaseline, output, chunkSize);
        return LoadedSpec.experiment(spec, output);
    }
}
