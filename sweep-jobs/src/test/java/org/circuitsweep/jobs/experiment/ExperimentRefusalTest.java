package org.circuitsweep.jobs.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.OutputCopies;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.TestSpecs;
import org.circuitsweep.jobs.support.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad condition, perturbation, base or output is one line on stderr naming the option (or the
 * spec field) and what is allowed, exit code 2, and nothing written: the output directory is not
 * created, or is left byte for byte as it was.
 */
class ExperimentRefusalTest {

    @TempDir
    Path tmp;

    @Test
    void badConditionsAreRefusedBeforeAnythingIsWritten() {
        Path out = tmp.resolve("out");
        assertRefused(experiment(base(), "class = = 'bursting'", "gNa*=0.5", out), "--where: not a valid SQL condition");
        assertRefused(experiment(base(), "no_such_column > 1", "gNa*=0.5", out), "--where: cannot be run on", "no_such_column");
        assertRefused(experiment(base(), "variant < 0", "gNa*=0.5", out), "--where: selects no variant");
        assertRefused(experiment(base(), "count(*) > 1", "gNa*=0.5", out), "--where: cannot be run on");
        assertThat(out).doesNotExist();
    }

    @Test
    void badPerturbationsAreRefusedBeforeAnythingIsWritten() {
        Path out = tmp.resolve("out");
        assertRefused(experiment(base(), "true", "gXy*=0", out), "--perturb 'gXy*=0': unknown conductance 'gXy'", "gNa");
        assertRefused(experiment(base(), "true", "neuron.gXy*=0", out), "--perturb 'neuron.gXy*=0'", "gNa");
        assertRefused(experiment(base(), "true", "temperature=hot", out), "--perturb 'temperature=hot'");
        assertRefused(experiment(base(), "true", "LP.gA*=0", out), "--perturb 'LP.gA*=0'", "unknown cell 'LP'");
        assertRefused(experiment(base(), "true", "ABLP=0", out), "--perturb 'ABLP=0'", "synapse");
        // Applies to variant 0 but drives some selected variant's gNa beyond its catalogue bound.
        assertRefused(experiment(base(), "true", "gNa*=1000", out), "--perturb 'gNa*=1000'", "gNa");
        assertThat(out).doesNotExist();
    }

    @Test
    void badBasesAreRefusedNamingBase() throws IOException {
        Path out = tmp.resolve("out");
        Path incomplete = tmp.resolve("incomplete");
        ReferenceRuns.run(TestSpecs.write(TestSpecs.TINY, tmp.resolve("spec"), 0), incomplete, 1);
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");

        assertRefused(experiment(tmp.resolve("nowhere"), "true", "none", out), "BASE: ", "no sweep output there");
        assertRefused(experiment(foreign, "true", "none", out), "BASE: ", "not a sweep output");
        assertRefused(experiment(incomplete, "true", "none", out), "BASE: ", "not finished (8 of 60 variants)");
        assertThat(out).doesNotExist();
    }

    @Test
    void foreignOutputsAreRefusedAndLeftUnchanged() throws IOException {
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        Path sweepCopy = OutputCopies.copy(base(), tmp.resolve("sweep-copy"));
        Path inside = base().resolve("experiment");
        Map<String, String> foreignBefore = TreeHash.of(foreign);
        Map<String, String> sweepBefore = TreeHash.of(sweepCopy);

        assertRefused(experiment(base(), "true", "none", foreign), "not an experiment output");
        assertRefused(experiment(base(), "true", "none", sweepCopy), "it is a sweep output");
        assertRefused(experiment(base(), "true", "none", inside), "--output: ", "inside the base sweep's output");
        assertRefused(experiment(sweepCopy, "true", "none", base()), "not an experiment output");
        assertThat(TreeHash.of(foreign)).isEqualTo(foreignBefore);
        assertThat(TreeHash.of(sweepCopy)).isEqualTo(sweepBefore);
        assertThat(inside).doesNotExist();
    }

    @Test
    void anOutputOfAnotherExperimentIsRefusedAndLeftUnchanged() {
        Path out = tmp.resolve("out");
        Cli.Result first = experiment(base(), "variant < 4", "none", out);
        assertThat(first.exit()).as(first.err()).isZero();
        Map<String, String> before = TreeHash.of(out);

        assertRefused(Cli.run("experiment", base().toString(), "--where", "variant < 4", "--perturb", "gNa*=0.5",
                "--output", out.toString(), "--name", "out"), "holds experiment 'out' of spec hash");
        assertRefused(Cli.run("query", out.toString(), "DROP TABLE experiments"), "only a read-only query");
        assertThat(TreeHash.of(out)).isEqualTo(before);

        Cli.Result again = experiment(base(), "variant < 4", "none", out);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("4 of 4 units done (4 base variants × 1 levels; 0 simulated by this run)");
    }

    @Test
    void badExperimentSpecsNameTheirField() throws IOException {
        Path spec = Files.writeString(tmp.resolve("bad.yaml"), """
                experiment:
                  base: %s
                  where: "true"
                  output: %s
                  chunk-size: 0
                """.formatted(base(), tmp.resolve("out")));
        assertRefused(Cli.run("run", spec.toString()), spec + ": experiment.perturb: missing");
        Files.writeString(spec, Files.readString(spec).replace("chunk-size: 0", "perturb: [none]\n  chunk-size: 0"));
        assertRefused(Cli.run("run", spec.toString()), spec + ": experiment.chunk-size: 0 is out of range; allowed: 1..");
        Files.writeString(spec, Files.readString(spec).replace("chunk-size: 0", "chunks: 5"));
        assertRefused(Cli.run("run", spec.toString()), spec + ": experiment.chunks: unknown key; allowed: name, base");
        Files.writeString(spec, "experiment: {base: x}\nname: y\n");
        assertRefused(Cli.run("run", spec.toString()), spec + ": name: unknown key; allowed: experiment");
        assertRefused(Cli.run("experiment", base().toString(), "--where", "true", "--output", tmp.resolve("o").toString()),
                "--perturb");
        Cli.Result help = Cli.run("experiment", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: sweep experiment").contains("--recompute-baseline", "temperature=T");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private static Path base() {
        return ReferenceRuns.of(TestSpecs.TINY).output();
    }

    private static Cli.Result experiment(Path base, String where, String perturb, Path out) {
        return Cli.run("experiment", base.toString(), "--where", where, "--perturb", perturb, "--output", out.toString());
    }

    private static void assertRefused(Cli.Result r, String... fragments) {
        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.errLines()).as("stderr").hasSize(1);
        assertThat(r.errLines().get(0)).contains(fragments);
        assertThat(r.out()).isEmpty();
    }
}
