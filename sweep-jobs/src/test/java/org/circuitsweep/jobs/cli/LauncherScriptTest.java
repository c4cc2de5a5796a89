package org.circuitsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.circuitsweep.jobs.support.ChildProcess;
import org.circuitsweep.jobs.support.ModelRows;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.SharedSpark;
import org.circuitsweep.jobs.support.TestSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/sweep} as users run it, from another working directory with relative paths, on
 * local[1]: its rows are bit-identical to the reference run on local[2].
 */
class LauncherScriptTest {

    /** The JVM's own notice for --add-modules=jdk.incubator.vector, printed before any code runs. */
    private static final String INCUBATOR_NOTICE = "WARNING: Using incubator modules: jdk.incubator.vector";

    @TempDir
    Path tmp;

    @Test
    void runsATinySweepOnLocalOneWithTheSameRowsAsLocalTwo() throws Exception {
        TestSpecs.write(TestSpecs.TINY, tmp, 0);
        Process p = ChildProcess.logTo(ChildProcess.script(tmp, "run", TestSpecs.TINY, "--output", "out",
                "--master", "local[1]"), tmp.resolve("logs"), "run").start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(tmp.resolve("logs/run.out"));
        String err = Files.readString(tmp.resolve("logs/run.err"));

        assertThat(p.exitValue()).as(err).isZero();
        assertThat(out).contains("60 of 60 variants done").contains("output: " + tmp.resolve("out").toRealPath());
        assertThat(out).containsPattern("(?m)^class +models$").containsPattern("(?m)^total +60$");
        List<String> errLines = err.lines().filter(l -> !l.equals(INCUBATOR_NOTICE)).toList();
        assertThat(errLines).as("stderr holds only progress lines").isNotEmpty()
                .allSatisfy(l -> assertThat(l).startsWith("variants "));
        assertThat(errLines.get(errLines.size() - 1)).startsWith("variants 60 / 60 (100.0%)");
        assertThat(ModelRows.of(SharedSpark.get(), tmp.resolve("out")))
                .containsExactlyElementsOf(ReferenceRuns.of(TestSpecs.TINY).rows());
    }

    @Test
    void aRefusedQueryIsOneLineAndExitCodeTwo() throws Exception {
        Process p = ChildProcess.logTo(ChildProcess.script(tmp, "query", "nowhere", "DROP TABLE models"),
                tmp.resolve("logs"), "query").start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        List<String> err = Files.readAllLines(tmp.resolve("logs/query.err")).stream()
                .filter(l -> !l.equals(INCUBATOR_NOTICE)).toList();
        assertThat(err).containsExactly("sweep query: SQL: only a read-only query (SELECT, WITH, VALUES, TABLE) is "
                + "allowed, got a DropTable statement");
    }
}
