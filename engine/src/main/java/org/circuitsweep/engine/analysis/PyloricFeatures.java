package org.circuitsweep.engine.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * The fifteen features of a triphasic rhythm by which Prinz, Bucher &amp; Marder 2004 call a
 * pyloric-like network pyloric (P04 Table 1, sheet §5.5, in the table's order). A cycle runs from
 * an AB/PD burst start to the next; a burst runs from its first to its last spike. Each feature is
 * computed per cycle and averaged over the analysed cycles (see {@link #of(List)}); all are NaN when
 * the rhythm is not triphasic. Times in ms, duty cycles and phases as fractions of the period.
 *
 * @param periodMs        1: cycle period, AB/PD burst start to the next AB/PD burst start
 * @param abpdBurstMs     2: AB/PD burst duration
 * @param lpBurstMs       3: LP burst duration
 * @param pyBurstMs       4: PY burst duration
 * @param gapAbpdLpMs     5: gap from AB/PD burst end to LP burst start (negative when they overlap)
 * @param gapLpPyMs       6: gap from LP burst end to PY burst start (negative when they overlap)
 * @param delayAbpdLpMs   7: delay from AB/PD burst start to LP burst start
 * @param delayAbpdPyMs   8: delay from AB/PD burst start to PY burst start
 * @param abpdDutyCycle   9: AB/PD burst duration / period
 * @param lpDutyCycle     10: LP burst duration / period
 * @param pyDutyCycle     11: PY burst duration / period
 * @param phaseGapAbpdLp  12: gap AB/PD–LP / period
 * @param phaseGapLpPy    13: gap LP–PY / period
 * @param lpStartPhase    14: delay AB/PD–LP / period
 * @param pyStartPhase    15: delay AB/PD–PY / period
 */
public record PyloricFeatures(
        double periodMs,
        double abpdBurstMs,
        double lpBurstMs,
        double pyBurstMs,
        double gapAbpdLpMs,
        double gapLpPyMs,
        double delayAbpdLpMs,
        double delayAbpdPyMs,
        double abpdDutyCycle,
        double lpDutyCycle,
        double pyDutyCycle,
        double phaseGapAbpdLp,
        double phaseGapLpPy,
        double lpStartPhase,
        double pyStartPhase) {

    /** The component names in table order, as tables and messages carry them. */
    public static final List<String> NAMES = List.of("periodMs", "abpdBurstMs", "lpBurstMs", "pyBurstMs",
            "gapAbpdLpMs", "gapLpPyMs", "delayAbpdLpMs", "delayAbpdPyMs", "abpdDutyCycle", "lpDutyCycle",
            "pyDutyCycle", "phaseGapAbpdLp", "phaseGapLpPy", "lpStartPhase", "pyStartPhase");

    public PyloricFeatures {
        double[] values = {periodMs, abpdBurstMs, lpBurstMs, pyBurstMs, gapAbpdLpMs, gapLpPyMs, delayAbpdLpMs,
                delayAbpdPyMs, abpdDutyCycle, lpDutyCycle, pyDutyCycle, phaseGapAbpdLp, phaseGapLpPy, lpStartPhase,
                pyStartPhase};
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(NAMES.get(i) + " = " + values[i] + ": allowed a finite number or NaN");
            }
        }
    }

    /**
     * The burst times of one triphasic cycle, ms: the AB/PD burst that opens it, the one LP and
     * one PY burst that start in it, and the next AB/PD burst start that closes it.
     */
    public record Cycle(double abpdStartMs, double abpdEndMs, double lpStartMs, double lpEndMs, double pyStartMs,
                        double pyEndMs, double nextAbpdStartMs) {

        public Cycle {
            if (!(abpdStartMs < nextAbpdStartMs)) {
                throw new IllegalArgumentException("cycle [" + abpdStartMs + ", " + nextAbpdStartMs
                        + "): allowed an AB/PD start before the next AB/PD start");
            }
        }
    }

    /** Every feature NaN: the rhythm is not triphasic, so the features do not apply. */
    public static PyloricFeatures notApplicable() {
        double[] nan = new double[NAMES.size()];
        Arrays.fill(nan, Double.NaN);
        return fromArray(nan);
    }

    /** The features of one cycle. */
    public static PyloricFeatures ofCycle(Cycle c) {
        double period = c.nextAbpdStartMs() - c.abpdStartMs();
        double abpd = c.abpdEndMs() - c.abpdStartMs();
        double lp = c.lpEndMs() - c.lpStartMs();
        double py = c.pyEndMs() - c.pyStartMs();
        double gapAbpdLp = c.lpStartMs() - c.abpdEndMs();
        double gapLpPy = c.pyStartMs() - c.lpEndMs();
        double delayLp = c.lpStartMs() - c.abpdStartMs();
        double delayPy = c.pyStartMs() - c.abpdStartMs();
        return new PyloricFeatures(period, abpd, lp, py, gapAbpdLp, gapLpPy, delayLp, delayPy, abpd / period,
                lp / period, py / period, gapAbpdLp / period, gapLpPy / period, delayLp / period, delayPy / period);
    }

    /**
     * The mean of each feature over the cycles, each taken per cycle (so a duty cycle is the mean
     * of the cycles' duty cycles, not mean duration / mean period); NaN for no cycle.
     */
    public static PyloricFeatures of(List<Cycle> cycles) {
        double[] sum = new double[NAMES.size()];
        for (Cycle c : cycles) {
            double[] f = ofCycle(c).toArray();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += f[i];
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] = cycles.isEmpty() ? Double.NaN : sum[i] / cycles.size();
        }
        return fromArray(sum);
    }

    /** From the fifteen values in table order. */
    public static PyloricFeatures fromArray(double[] v) {
        if (v.length != NAMES.size()) {
            throw new IllegalArgumentException("need " + NAMES.size() + " values (" + NAMES + "), got " + v.length);
        }
        return new PyloricFeatures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12],
                v[13], v[14]);
    }

    /** The fifteen values in table order. */
    public double[] toArray() {
        return new double[] {periodMs, abpdBurstMs, lpBurstMs, pyBurstMs, gapAbpdLpMs, gapLpPyMs, delayAbpdLpMs,
                delayAbpdPyMs, abpdDutyCycle, lpDutyCycle, pyDutyCycle, phaseGapAbpdLp, phaseGapLpPy, lpStartPhase,
                pyStartPhase};
    }

    /** Whether the features apply (the rhythm was triphasic): the period is a number. */
    public boolean applies() {
        return !Double.isNaN(periodMs);
    }
}
