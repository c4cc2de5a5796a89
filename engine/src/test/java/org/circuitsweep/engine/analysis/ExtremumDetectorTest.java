package org.circuitsweep.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

class ExtremumDetectorTest {

    /** Feeds v(t) for t = 0, 0.1, ... < endMs and returns the reported events as {kind, t, v}. */
    private static List<double[]> run(double prominence, double endMs, DoubleUnaryOperator v) {
        ExtremumDetector detector = new ExtremumDetector(prominence);
        List<double[]> events = new ArrayList<>();
        for (int i = 0; i * 0.1 < endMs; i++) {
            double t = i * 0.1;
            int kind = detector.push(t, v.applyAsDouble(t));
            if (kind != ExtremumDetector.NONE) {
                events.add(new double[] {kind, detector.eventTime(), detector.eventValue()});
            }
        }
        return events;
    }

    @Test
    void triangleWaveGivesAlternatingMaximaAndMinimaAtTheCorners() {
        // corners: minima at 0, 10, 20 ..., maxima at 5, 15, ... (value ±5)
        List<double[]> events = run(0.1, 40.05, t -> 5 - 2 * Math.abs((t % 10) - 5));
        assertThat(events).hasSize(7); // maxima 5, 15, 25, 35 and minima 10, 20, 30; 0 and 40 are edges
        for (int i = 0; i < events.size(); i++) {
            double[] e = events.get(i);
            boolean max = i % 2 == 0;
            assertThat(e[0]).isEqualTo(max ? ExtremumDetector.MAXIMUM : ExtremumDetector.MINIMUM);
            assertThat(e[1]).isCloseTo(5 + 5 * i, within(1e-9));
            assertThat(e[2]).isCloseTo(max ? 5 : -5, within(1e-9));
        }
    }

    @Test
    void wigglesBelowTheProminenceAreIgnoredAndCountedWithoutIt() {
        DoubleUnaryOperator wiggle = t -> -55 + 0.05 * Math.sin(2 * Math.PI * t / 10);
        assertThat(run(0.1, 100, wiggle)).isEmpty();
        assertThat(run(0.0, 100, wiggle).stream().filter(e -> e[0] == ExtremumDetector.MAXIMUM)).hasSize(10);
    }

    @Test
    void aMaximumAtTheFirstSampleOrAStillRisingEndIsNotReported() {
        assertThat(run(0.1, 50, t -> -50 - t)).isEmpty();
        assertThat(run(0.1, 50, t -> -50 + t)).isEmpty();
    }

    @Test
    void aFlatTopCountsOnceAtItsFirstSample() {
        List<double[]> events = run(0.1, 30, t -> Math.min(t, 10) - Math.max(0, t - 20));
        assertThat(events).hasSize(1);
        assertThat(events.get(0)[1]).isCloseTo(10, within(1e-9));
    }

    @Test
    void resetForgetsTheCandidate() {
        ExtremumDetector detector = new ExtremumDetector(0.1);
        detector.push(0, -60);
        detector.push(1, 0);
        detector.reset();
        assertThat(detector.push(2, -1)).isEqualTo(ExtremumDetector.NONE);
        assertThat(detector.push(3, -60)).isEqualTo(ExtremumDetector.NONE);
    }
}
