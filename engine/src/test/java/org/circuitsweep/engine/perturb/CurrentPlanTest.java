package org.circuitsweep.engine.perturb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.circuitsweep.engine.sim.InjectedCurrent;
import org.junit.jupiter.api.Test;

/** Stimuli on the step grid: onsets, widths, pulse counts, sums, and change points that match the steps. */
class CurrentPlanTest {

    private static final double DT = 0.05;

    /** Steps at which the current changes, by scanning every step up to n. */
    private static List<Long> edges(InjectedCurrent c, long n) {
        List<Long> out = new ArrayList<>();
        double last = 0.0;
        for (long i = 0; i < n; i++) {
            double now = c.nanoAmps(i);
            if (now != last) {
                out.add(i);
                last = now;
            }
        }
        return out;
    }

    /** The same change points by following nextChange from step 0. */
    private static List<Long> jumps(InjectedCurrent c, long n) {
        List<Long> out = new ArrayList<>();
        if (c.nanoAmps(0) != 0.0) {
            out.add(0L);
        }
        for (long i = c.nextChange(0); i < n; i = c.nextChange(i)) {
            out.add(i);
        }
        return out;
    }

    @Test
    void aStepStartsAtTheStepOfItsOnset() {
        InjectedCurrent c = CurrentPlan.of(List.of(Stimulus.constant("x", 3, 1000)), DT);
        assertThat(c.nanoAmps(19_999)).isZero();
        assertThat(c.nanoAmps(20_000)).isEqualTo(3.0);
        assertThat(c.nanoAmps(1_000_000)).isEqualTo(3.0);
        assertThat(c.nextChange(0)).isEqualTo(20_000);
        assertThat(c.nextChange(20_000)).isEqualTo(Long.MAX_VALUE);
        assertThat(CurrentPlan.of(List.of(), DT)).isNull();
    }

    @Test
    void aPulseTrainGivesTheExpectedNumberOfPulsesOfTheExpectedWidth() {
        // 5 Hz, 3 ms, from 1000 ms, over 5000 ms: pulses at 1000, 1200, ..., 4800 ms
        InjectedCurrent c = CurrentPlan.of(List.of(Stimulus.pulseTrain("x", 10, 3, 5, 1000)), DT);
        long steps = Math.round(5000 / DT);
        List<Long> edges = edges(c, steps);
        assertThat(edges).hasSize(40);
        for (int k = 0; k < 20; k++) {
            assertThat(edges.get(2 * k)).isEqualTo(20_000L + 4_000L * k);
            assertThat(edges.get(2 * k + 1) - edges.get(2 * k)).isEqualTo(60L);
        }
        assertThat(jumps(c, steps)).isEqualTo(edges);
    }

    @Test
    void aPeriodThatIsNotAWholeNumberOfStepsStillGivesOnePulsePerPeriod() {
        // 7 Hz: a period of 142.857... ms, 2857.14 steps; the starts are rounded, never accumulated
        InjectedCurrent c = CurrentPlan.of(List.of(Stimulus.pulseTrain("x", 1, 10, 7, 0)), DT);
        long steps = Math.round(10_000 / DT);
        List<Long> edges = edges(c, steps);
        assertThat(edges).hasSize(140);
        for (int k = 0; k < 70; k++) {
            assertThat(edges.get(2 * k)).isEqualTo(Math.round(k * (1000.0 / 7 / DT)));
            assertThat(edges.get(2 * k + 1) - edges.get(2 * k)).isEqualTo(200L);
        }
        assertThat(jumps(c, steps)).isEqualTo(edges);
    }

    @Test
    void stimuliIntoOneCellAddUp() {
        InjectedCurrent c = CurrentPlan.of(List.of(Stimulus.constant("x", -1, 0), Stimulus.constant("x", 3, 100),
                Stimulus.pulseTrain("x", 2, 10, 10, 50)), DT);
        assertThat(c.nanoAmps(0)).isEqualTo(-1.0);
        assertThat(c.nanoAmps(1000)).isEqualTo(1.0);
        assertThat(c.nanoAmps(2000)).isEqualTo(2.0);
        assertThat(c.nanoAmps(3000)).isEqualTo(4.0);
        assertThat(c.nanoAmps(3200)).isEqualTo(2.0);
        assertThat(jumps(c, 20_000)).isEqualTo(edges(c, 20_000));
    }
}
