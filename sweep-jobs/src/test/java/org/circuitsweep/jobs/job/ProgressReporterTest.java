package org.circuitsweep.jobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.circuitsweep.engine.classify.ActivityClass;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    private static final List<String> NEURON_CLASSES =
            Arrays.stream(ActivityClass.values()).map(ActivityClass::label).toList();

    @Test
    void theLineShowsDoneOfTotalRateEtaAndClassCounts() {
        ClassCounts run = new ClassCounts(NEURON_CLASSES);
        run.add("bursting", 1500);
        run.add("silent", 500);
        StringWriter text = new StringWriter();
        try (ProgressReporter r = new ProgressReporter(new PrintWriter(text), false, 20_250_000, 1000, () -> run)) {
            assertThat(r.line(run, Duration.ofSeconds(10))).isEqualTo("variants 3,000 / 20,250,000 (0.0%)  200.0/s  "
                    + "ETA 28h 07m  silent 500  tonic 0  bursting 1,500  irregular 0  numerical_failure 0");
        }
        assertThat(text.toString()).startsWith("variants 3,000 / 20,250,000").endsWith(System.lineSeparator());
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlace() {
        StringWriter text = new StringWriter();
        new ProgressReporter(new PrintWriter(text), true, 10, 0, () -> new ClassCounts(NEURON_CLASSES)).close();
        assertThat(text.toString()).startsWith("\rvariants 0 / 10").endsWith("\n");
    }

    @Test
    void theLastLineShowsTheJobsExactCountsEvenWhenTheListenerLags() {
        StringWriter text = new StringWriter();
        ClassCounts exact = new ClassCounts(NEURON_CLASSES);
        exact.add("tonic", 10);
        try (ProgressReporter r = new ProgressReporter(new PrintWriter(text), false, 10, 0, () -> new ClassCounts(NEURON_CLASSES))) {
            r.finish(exact);
        }
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("variants 10 / 10 (100.0%)").contains("tonic 10");
    }

    @Test
    void etaReadsInTheLargestSensibleUnits() {
        assertThat(ProgressReporter.eta(0, 5)).isEqualTo("0s");
        assertThat(ProgressReporter.eta(10, 0)).isEqualTo("--");
        assertThat(ProgressReporter.eta(90, 1)).isEqualTo("1m 30s");
        assertThat(ProgressReporter.eta(59, 2)).isEqualTo("30s");
        assertThat(ProgressReporter.eta(7200, 1)).isEqualTo("2h 00m");
    }
}
