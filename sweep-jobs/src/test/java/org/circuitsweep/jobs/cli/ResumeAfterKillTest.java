package org.circuitsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.circuitsweep.jobs.support.ChildProcess;
import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.ModelRows;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.ReferenceRuns.Reference;
import org.circuitsweep.jobs.support.SharedSpark;
import org.circuitsweep.jobs.support.TestSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code sweep run} process killed (SIGKILL) once at least two chunks are committed, then
 * {@code sweep resume}: every variant exactly once, rows identical to an uninterrupted run.
 */
class ResumeAfterKillTest {

    private static final String SPEC = "kill-random.yaml";
    private static final int CHUNKS = 60;

    @TempDir
    Path tmp;

    @Test
    void aKilledRunResumesToTheRowsOfAnUninterruptedRun() throws Exception {
        Reference ref = ReferenceRuns.of(SPEC);
        Path spec = TestSpecs.write(SPEC, tmp, 0);
        Path out = tmp.resolve("out");
        Process child = ChildProcess.logTo(ChildProcess.cli(tmp, "run", spec.toString(), "--output", out.toString(),
                "--master", "local[1]"), tmp.resolve("logs"), "run").start();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (child.isAlive() && committed(out) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int atKill = committed(out);
        assertThat(atKill).as("chunks committed when killed; child stderr: %s",
                Files.readString(tmp.resolve("logs/run.err"))).isBetween(2, CHUNKS - 1);

        Cli.Result resume = Cli.run("resume", out.toString());
        assertThat(resume.exit()).as(resume.err()).isZero();
        assertThat(resume.out()).contains("600 of 600 variants done");

        List<String> rows = ModelRows.of(SharedSpark.get(), out);
        List<Long> variants = ModelRows.variants(rows);
        assertThat(variants).hasSize(600);
        assertThat(new HashSet<>(variants)).hasSize(600);
        assertThat(rows).containsExactlyElementsOf(ref.rows());
        assertThat(committed(out)).isEqualTo(CHUNKS);
        assertThat(out.resolve("models/_tmp")).doesNotExist();
    }

    private static int committed(Path out) {
        String[] names = new File(out.toFile(), "models").list((d, n) -> n.startsWith("chunk-") && n.endsWith(".parquet"));
        return names == null ? 0 : names.length;
    }
}
