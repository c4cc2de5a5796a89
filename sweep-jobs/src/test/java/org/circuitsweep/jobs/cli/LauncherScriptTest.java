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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code scripts/sweep} as users run it, from another working directory with relative paths, on
 * local[1]: its rows are bit-identical to the reference run on local[2].
 */
class LauncherScriptTest {

    @TempDir
    Path tmp;

    @Test
    void runsATinySweepOnLocalOneWithTheSameRowsAsLocalTwo() throws Exception {
        TestSpecs.write(TestSpecs.TINY, tmp, 0);
        Finished run = runToEnd(ChildProcess.script(tmp, "run", TestSpecs.TINY, "--output", "out", "--master", "local[1]"));
        String out = run.stdout;
        String err = run.stderr;

        assertThat(run.exitCode).as(err).isZero();
        assertThat(out).contains("60 of 60 variants done").contains("output: " + tmp.resolve("out").toRealPath());
        assertThat(out).containsPattern("(?m)^class +models$").containsPattern("(?m)^total +60$");
        List<String> errLines = err.lines().toList();
        assertThat(errLines).as("stderr holds only progress lines").isNotEmpty()
                .allSatisfy(l -> assertThat(l).startsWith("variants "));
        assertThat(errLines.get(errLines.size() - 1)).startsWith("variants 60 / 60 (100.0%)");
        assertThat(ModelRows.of(SharedSpark.get(), tmp.resolve("out")))
                .containsExactlyElementsOf(ReferenceRuns.of(TestSpecs.TINY).rows());
    }

    @Test
    void aRefusedQueryIsOneLineAndExitCodeTwo() throws Exception {
        Finished q = runToEnd(ChildProcess.script(tmp, "query", "nowhere", "DROP TABLE models"));
        assertThat(q.exitCode).isEqualTo(2);
        assertThat(q.stderr.lines()).containsExactly("sweep query: SQL: only a read-only query (SELECT, WITH, VALUES, "
                + "TABLE) is allowed, got a DropTable statement");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gNa=-1   | sweep trace: --set gNa = -1.0 is outside the allowed range [0, 50000] mS/cm² (see 'sweep trace --help')",
        "gFoo=3   | sweep trace: --set: unknown conductance 'gFoo'; allowed: gNa, gCaT, gCaS, gA, gKCa, gKd, gH, gLeak (see 'sweep trace --help')",
        "gNa=abc  | sweep trace: --set gNa: 'abc' is not a number; allowed: a number in [0, 50000] mS/cm² (see 'sweep trace --help')",
        "gNa=     | sweep trace: --set gNa: missing value; expected gNa=<a number in [0, 50000] mS/cm²> (see 'sweep trace --help')"})
    void badTraceInputIsOneLineNamingTheFieldAndExitCodeTwo(String set, String message) throws Exception {
        Finished t = runToEnd(ChildProcess.script(tmp, "trace", "--set", set.strip(), "--out", "trace"));
        assertThat(t.exitCode).isEqualTo(2);
        assertThat(t.stderr.lines()).containsExactly(message.strip());
        assertThat(t.stdout).isEmpty();
        assertThat(tmp.resolve("trace")).doesNotExist();
    }

    private record Finished(int exitCode, String stdout, String stderr) {
    }

    /**
     * Reads both streams to their end: the launcher passes stderr through a filter process, and the
     * end of the stream (not the exit of the JVM) is when the filter has written everything.
     */
    private static Finished runToEnd(ProcessBuilder b) throws Exception {
        Process p = b.start();
        var stdout = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        String stderr = readAll(p.getErrorStream());
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Finished(p.exitValue(), stdout.get(), stderr);
    }

    private static String readAll(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
