package org.circuitsweep.jobs.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.circuitsweep.jobs.job.RunResult;
import org.circuitsweep.jobs.job.SweepJob;
import org.circuitsweep.jobs.job.SweepSparkConf;
import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.spec.SweepSpec;

/**
 * Uninterrupted runs of the test specs on the shared session, made once per JVM: the rows every
 * determinism, resume and launcher test compares against.
 */
public final class ReferenceRuns {

    /** An uninterrupted run: its output directory, what the job reported and its exact rows. */
    public record Reference(Path output, RunResult result, List<String> rows) {
    }

    private static final Map<String, Reference> RUNS = new HashMap<>();

    private ReferenceRuns() {
    }

    public static synchronized Reference of(String specName) {
        return RUNS.computeIfAbsent(specName, name -> {
            try {
                // Under target/, so `mvn clean` removes them; each run of the suite makes new ones.
                Path target = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target", "test-runs"));
                Path dir = Files.createTempDirectory(target, "reference-");
                Path output = dir.resolve("out");
                RunResult result = run(TestSpecs.write(name, dir, 0), output, Integer.MAX_VALUE);
                return new Reference(output, result, ModelRows.of(SharedSpark.get(), output));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Runs the spec file into {@code output} through the job API, at most {@code maxChunks} chunks. */
    public static RunResult run(Path specFile, Path output, int maxChunks) {
        SweepSpec spec = SpecLoader.load(specFile);
        SweepJob job = SweepJob.prepare(spec, specFile.toString(), output.toString(),
                SweepSparkConf.hadoopConf(SharedSpark.get().sparkContext().getConf()));
        return job.run(SharedSpark.get(), maxChunks, new PrintWriter(new StringWriter()), false);
    }
}
