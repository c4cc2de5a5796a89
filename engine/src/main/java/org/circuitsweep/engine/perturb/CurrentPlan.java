package org.circuitsweep.engine.perturb;

import java.util.List;

import org.circuitsweep.engine.sim.InjectedCurrent;

/**
 * The stimuli into one cell compiled for one dt: the injected current per integration step, as
 * {@link Stimulus} defines it on the step grid, with no allocation and no state (a pure function of
 * the step index, so one plan serves any number of runs). Several stimuli add up, in order.
 */
final class CurrentPlan implements InjectedCurrent {

    private final long[] onsetStep;
    private final double[] amplitudeNa;
    private final boolean[] train;
    /** Pulse period in steps (not rounded: pulse k starts round(k·periodSteps) steps after the onset). */
    private final double[] periodSteps;
    private final long[] widthSteps;

    private CurrentPlan(List<Stimulus> stimuli, double dtMs) {
        int n = stimuli.size();
        onsetStep = new long[n];
        amplitudeNa = new double[n];
        train = new boolean[n];
        periodSteps = new double[n];
        widthSteps = new long[n];
        for (int k = 0; k < n; k++) {
            Stimulus s = stimuli.get(k);
            onsetStep[k] = Math.round(s.onsetMs() / dtMs);
            amplitudeNa[k] = s.amplitudeNa();
            train[k] = s.shape() == Stimulus.Shape.PULSE_TRAIN;
            if (train[k]) {
                periodSteps[k] = s.periodMs() / dtMs;
                widthSteps[k] = Math.max(1, Math.round(s.widthMs() / dtMs));
            }
        }
    }

    /** The plan of these stimuli, or null when there are none (the protocol's own current only). */
    static InjectedCurrent of(List<Stimulus> stimuli, double dtMs) {
        return stimuli.isEmpty() ? null : new CurrentPlan(stimuli, dtMs);
    }

    @Override
    public double nanoAmps(long step) {
        double sum = 0.0;
        for (int k = 0; k < amplitudeNa.length; k++) {
            if (isOn(k, step)) {
                sum += amplitudeNa[k];
            }
        }
        return sum;
    }

    private boolean isOn(int k, long step) {
        long rel = step - onsetStep[k];
        if (rel < 0) {
            return false;
        }
        if (!train[k]) {
            return true;
        }
        // The latest pulse that has started: pulse floor(rel/period) give or take the rounding of the starts.
        long c = (long) Math.floor(rel / periodSteps[k]);
        for (long j = c + 1; j >= Math.max(0, c - 1); j--) {
            long start = pulseStart(k, j);
            if (start <= rel) {
                return rel < start + widthSteps[k];
            }
        }
        return false;
    }

    private long pulseStart(int k, long j) {
        return Math.round(j * periodSteps[k]);
    }

    @Override
    public long nextChange(long step) {
        long next = Long.MAX_VALUE;
        for (int k = 0; k < amplitudeNa.length; k++) {
            long rel = step - onsetStep[k];
            if (rel < 0) {
                next = Math.min(next, onsetStep[k]);
            } else if (train[k]) {
                long c = (long) Math.floor(rel / periodSteps[k]);
                for (long j = Math.max(0, c - 1); j <= c + 2; j++) {
                    long start = pulseStart(k, j);
                    long end = start + widthSteps[k];
                    if (start > rel) {
                        next = Math.min(next, onsetStep[k] + start);
                    } else if (end > rel) {
                        next = Math.min(next, onsetStep[k] + end);
                    }
                }
            }
        }
        return next;
    }
}
