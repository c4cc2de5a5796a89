package org.circuitsweep.jobs.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.circuitsweep.jobs.support.ChildProcess;
import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.ExperimentRows;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.TestSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code sweep experiment} process killed (SIGKILL) once at least two chunks are committed,
 * then {@code sweep resume}: every unit exactly once, and the experiments table bit-identical to
 * that of an uninterrupted run of the same experiment (on another number of cores and chunks in flight).
 */
class ExperimentResumeAfterKillTest {

    private static final int CHUNKS = 20;

    @TempDir
    Path tmp;

    @Test
    void aKilledExperimentResumesToTheTableOfAnUninterruptedRun() throws Exception {
        Path base = ReferenceRuns.of(TestSpecs.TINY).output();
        Path reference = tmp.resolve("reference");
        Cli.Result whole = Cli.run(args(base, reference));
        assertThat(whole.exit()).as(whole.err()).isZero();

        Path out = tmp.resolve("killed");
        Process child = ChildProcess.logTo(ChildProcess.cli(tmp, withMaster(args(base, out))), tmp.resolve("logs"),
                "experiment").start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (child.isAlive() && committed(out) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int atKill = committed(out);
        assertThat(atKill).as("chunks committed when killed; child stderr: %s",
                Files.readString(tmp.resolve("logs/experiment.err"))).isBetween(2, CHUNKS - 1);
        assertThat(out.resolve("selection/selection.parquet")).exists();

        Cli.Result resume = Cli.run("resume", out.toString());
        assertThat(resume.exit()).as(resume.err()).isZero();
        assertThat(resume.out()).contains("120 of 120 units done (20 base variants × 6 levels; " + (120 - 6 * atKill)
                + " simulated by this run)");

        List<String> rows = ExperimentRows.exact(out);
        assertThat(rows).hasSize(120);
        assertThat(new HashSet<>(rows.stream().map(r -> r.replaceFirst(".*\\bunit=(\\d+) .*", "$1")).toList())).hasSize(120);
        assertThat(rows).containsExactlyElementsOf(ExperimentRows.exact(reference));
        assertThat(committed(out)).isEqualTo(CHUNKS);
        assertThat(out.resolve("experiments/_tmp")).doesNotExist();
    }

    /** 20 variants × (a 5-level series of gNa, and none) in 20 chunks of 6 units. */
    private static String[] args(Path base, Path out) {
        return new String[] {"experiment", base.toString(), "--where", "variant < 20", "--perturb", "gNa*=0..1:0.25",
                "--perturb", "none", "--chunk-size", "6", "--name", "killed", "--output", out.toString()};
    }

    private static String[] withMaster(String[] args) {
        String[] more = java.util.Arrays.copyOf(args, args.length + 2);
        more[args.length] = "--master";
        more[args.length + 1] = "local[1]";
        return more;
    }

    private static int committed(Path out) {
        String[] names = new File(out.toFile(), "experiments").list((d, n) -> n.startsWith("chunk-") && n.endsWith(".parquet"));
        return names == null ? 0 : names.length;
    }
}
