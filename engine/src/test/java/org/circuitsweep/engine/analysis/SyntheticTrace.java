package org.circuitsweep.engine.analysis;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * A synthetic membrane potential: a slow wave plus narrow Gaussian peaks (σ = 0.5 ms) that reach a
 * given voltage, sampled at dt = 0.05 ms and fed to a recorder sample by sample, as the integrator
 * would. Immutable.
 */
final class SyntheticTrace {

    static final double DT_MS = 0.05;
    static final double SPIKE_PEAK_MV = 20.0;
    private static final double SIGMA_MS = 0.5;
    private static final double REACH_MS = 6 * SIGMA_MS;

    private final DoubleUnaryOperator slowWave;
    private final double[] peakTimes;
    private final double[] peakMv;

    private SyntheticTrace(DoubleUnaryOperator slowWave, double[] peakTimes, double[] peakMv) {
        this.slowWave = slowWave;
        this.peakTimes = peakTimes;
        this.peakMv = peakMv;
    }

    /** The slow wave alone. */
    static SyntheticTrace of(DoubleUnaryOperator slowWave) {
        return new SyntheticTrace(slowWave, new double[0], new double[0]);
    }

    /** A constant potential. */
    static SyntheticTrace flat(double mv) {
        return of(t -> mv);
    }

    /**
     * A periodic plateau: {@code troughMv} except for a plateau at {@code plateauMv} from phase
     * {@code onMs} to {@code offMs}, joined by half-cosine ramps of {@code rampMs}.
     */
    static DoubleUnaryOperator plateauWave(double periodMs, double onMs, double offMs, double rampMs,
                                           double troughMv, double plateauMv) {
        double height = plateauMv - troughMv;
        return t -> {
            double phase = t - periodMs * Math.floor(t / periodMs);
            if (phase >= onMs - rampMs && phase < onMs) {
                return troughMv + height * 0.5 * (1 - Math.cos(Math.PI * (phase - onMs + rampMs) / rampMs));
            }
            if (phase >= onMs && phase <= offMs) {
                return plateauMv;
            }
            if (phase > offMs && phase <= offMs + rampMs) {
                return troughMv + height * 0.5 * (1 + Math.cos(Math.PI * (phase - offMs) / rampMs));
            }
            return troughMv;
        };
    }

    /** This trace with spikes to +20 mV at the given times. */
    SyntheticTrace withSpikes(double... times) {
        return withPeaks(SPIKE_PEAK_MV, times);
    }

    /** This trace with narrow peaks reaching {@code mv} at the given times. */
    SyntheticTrace withPeaks(double mv, double... times) {
        int n = peakTimes.length;
        double[][] pairs = new double[n + times.length][];
        for (int i = 0; i < n; i++) {
            pairs[i] = new double[] {peakTimes[i], peakMv[i]};
        }
        for (int i = 0; i < times.length; i++) {
            pairs[n + i] = new double[] {times[i], mv};
        }
        Arrays.sort(pairs, (a, b) -> Double.compare(a[0], b[0]));
        return new SyntheticTrace(slowWave, Arrays.stream(pairs).mapToDouble(p -> p[0]).toArray(),
                Arrays.stream(pairs).mapToDouble(p -> p[1]).toArray());
    }

    double v(double t) {
        double v = slowWave.applyAsDouble(t);
        int i = Arrays.binarySearch(peakTimes, t - REACH_MS);
        for (i = i < 0 ? -i - 1 : i; i < peakTimes.length && peakTimes[i] <= t + REACH_MS; i++) {
            double x = (t - peakTimes[i]) / SIGMA_MS;
            v += (peakMv[i] - slowWave.applyAsDouble(peakTimes[i])) * Math.exp(-0.5 * x * x);
        }
        return v;
    }

    /** Feeds samples t0, t0 + dt, ... up to t1 with a constant calcium of 0.05 µM. */
    void feed(ActivityRecorder recorder, double t0Ms, double t1Ms) {
        feed(recorder, t0Ms, t1Ms, t -> 0.05);
    }

    void feed(ActivityRecorder recorder, double t0Ms, double t1Ms, DoubleUnaryOperator caUm) {
        long steps = Math.round((t1Ms - t0Ms) / DT_MS);
        for (long i = 0; i <= steps; i++) {
            double t = t0Ms + i * DT_MS;
            recorder.onStep(t, v(t), caUm.applyAsDouble(t));
        }
    }

    /**
     * Feeds [t0, t1] as an integrator with the adaptive stop would: isSettled every 500 ms.
     *
     * @return the first time the recorder said settled, or NaN
     */
    double firstSettledMs(ActivityRecorder recorder, double t0Ms, double t1Ms) {
        long steps = Math.round((t1Ms - t0Ms) / DT_MS);
        long stepsPerCheck = Math.round(500 / DT_MS);
        for (long i = 0; i <= steps; i++) {
            double t = t0Ms + i * DT_MS;
            recorder.onStep(t, v(t), 0.05);
            if (i > 0 && i % stepsPerCheck == 0 && recorder.isSettled(t)) {
                return t;
            }
        }
        return Double.NaN;
    }
}
