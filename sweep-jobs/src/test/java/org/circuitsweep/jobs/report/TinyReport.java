package org.circuitsweep.jobs.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.ReferenceRuns.Reference;
import org.circuitsweep.jobs.support.TestSpecs;

/**
 * The report of the reference run of {@link TestSpecs#REPORT}, made once per test JVM through the
 * command line (two density maps), for the tests that read it.
 */
final class TinyReport {

    /** The sweep output, the report directory, its report.json and its page. */
    record Made(Reference reference, Path dir, JsonNode json, String html) {
    }

    static final String PAIRS = "gCaS:gKCa,gH:gKCa";

    private static Made made;

    private TinyReport() {
    }

    static synchronized Made get() {
        if (made == null) {
            Reference ref = ReferenceRuns.of(TestSpecs.REPORT);
            Path dir = ref.output().resolveSibling("report");
            Cli.Result r = Cli.run("report", ref.output().toString(), "--out", dir.toString(), "--pairs", PAIRS);
            if (r.exit() != 0) {
                throw new AssertionError("sweep report failed: " + r.err());
            }
            try {
                made = new Made(ref, dir, new ObjectMapper().readTree(dir.resolve("report.json").toFile()),
                        Files.readString(dir.resolve("index.html")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return made;
    }
}
