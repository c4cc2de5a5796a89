package org.circuitsweep.jobs.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/** The test spec with user tags, and counts through {@code sweep query} as a user would ask. */
public final class Tags {

    /** 24 variants with the spec tags high_sodium and fast_spiker. */
    public static final String SPEC = "tagged-random.yaml";
    public static final String HIGH_SODIUM = "gNa >= 250";
    public static final String FAST_SPIKER = "spike_rate_hz > 35 AND spikes > 10";

    private Tags() {
    }

    /** A copy of the reference output of {@link #SPEC} that a test may change. */
    public static Path copyOfReference(Path dir) {
        return OutputCopies.copy(ReferenceRuns.of(SPEC).output(), dir.resolve("out"));
    }

    /** {@code SELECT count(*) FROM <table> WHERE <condition>} through {@code sweep query}. */
    public static long count(Path output, String table, String condition) {
        Cli.Result r = Cli.run("query", output.toString(), "SELECT count(*) AS n FROM " + table + " WHERE " + condition,
                "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        return Long.parseLong(r.out().lines().skip(1).findFirst().orElseThrow());
    }
}
