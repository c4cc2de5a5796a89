package org.circuitsweep.engine.analysis;

import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.classify.BurstRules;
import org.circuitsweep.engine.classify.BurstTrain;
import org.circuitsweep.engine.classify.Classification;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.classify.IntervalStats;
import org.circuitsweep.engine.classify.SpikeTrainClassifier;
import org.circuitsweep.engine.sim.StepObserver;

/**
 * Computes the activity features of one neuron while the integrator runs, without storing the
 * trace: per step it updates running statistics, a streaming extremum detector and a sliding
 * minimum, and it keeps only event times and values (voltage maxima, minima, spikes) in reusable
 * growable buffers. One recorder serves many runs: {@link #start} clears it, after the first runs
 * it allocates nothing but the returned {@link NeuronFeatures}, and a buffer grows only when a run
 * has more events than any before.
 *
 * <p>Samples before the window start are a lead-in: they only feed the extremum detector, so that the
 * recorder knows when the last spike before the window happened. A burst that starts shortly after
 * the window start is then known to be complete (its first spike follows a long quiet) rather than
 * cut by the window; without this a 5-s window holds too few complete cycles of a 1.6-s burster.
 *
 * <p>Definitions (the samples are those passed to {@link #onStep} after {@link #start}, inside the window):
 * <ul>
 *   <li>maxima / minima: {@link ExtremumDetector} with {@code minProminenceMv}; spikes: maxima above
 *       {@code spikeThresholdMv};</li>
 *   <li>V min / max: over all samples; mean V and mean Ca: time-weighted (trapezoid rule) from the
 *       first to the last sample, so an uneven step does not bias them;</li>
 *   <li>slow wave: the running minimum of V over the last {@code slowWaveWindowMs} ms, folded into
 *       its min / max only once a whole window of samples lies behind it (else NaN); spikes narrower
 *       than the window are removed, so a burster's slow-wave max sits on the plateau between spikes,
 *       and a spikeless wave with a period much longer than the window keeps its bounds (the max
 *       falls short by at most the wave's change over one window);</li>
 *   <li>features and class: {@link SpikeTrainClassifier} on the spike and maximum times, with
 *       {@code periodicMinCycles}; restingMv = mean V for a silent cell only; spikeRateHz = spikes
 *       per second of the window [tStartMs, tEndMs].</li>
 * </ul>
 * Not thread-safe: one recorder per neuron per thread.
 */
public final class ActivityRecorder implements StepObserver {

    private final ClassifierThresholds thresholds;
    private final SpikeTrainClassifier classifier;
    private final ExtremumDetector extrema;
    private final SlidingMinimum slowWave;
    private final EventBuffer maxima = new EventBuffer();
    private final EventBuffer minima = new EventBuffer();
    private final EventBuffer spikes = new EventBuffer();
    /** (t, V) at the first sample and at each quiet test: where the drift test looks back to. */
    private final EventBuffer checkpoints = new EventBuffer();

    private double tStartMs;
    private long samples;
    private double tFirstMs;
    private double tLastMs;
    private double vLast;
    private double caLast;
    private double vMin;
    private double vMax;
    private double vArea;
    private double caMin;
    private double caMax;
    private double caArea;
    private double slowWaveMin;
    private double slowWaveMax;
    private double lastExtremumMs;
    /** First lead-in sample time, or NaN when the recorder saw no lead-in. */
    private double leadInStartMs;
    /** Time of the last spike before the window, or −∞. */
    private double lastSpikeBeforeMs;

    public ActivityRecorder(ClassifierThresholds thresholds) {
        if (thresholds == null) {
            throw new IllegalArgumentException("thresholds = null: allowed a ClassifierThresholds");
        }
        this.thresholds = thresholds;
        this.classifier = new SpikeTrainClassifier(thresholds);
        this.extrema = new ExtremumDetector(thresholds.minProminenceMv());
        this.slowWave = new SlidingMinimum(thresholds.slowWaveWindowMs());
        start(0.0);
    }

    public ClassifierThresholds thresholds() {
        return thresholds;
    }

    /** Starts a new analysis window at {@code tStartMs} (after the discarded transient) and clears all state. */
    public void start(double tStartMs) {
        this.tStartMs = tStartMs;
        samples = 0;
        vMin = caMin = slowWaveMin = Double.POSITIVE_INFINITY;
        vMax = caMax = slowWaveMax = Double.NEGATIVE_INFINITY;
        vArea = caArea = 0;
        lastExtremumMs = Double.NEGATIVE_INFINITY;
        leadInStartMs = Double.NaN;
        lastSpikeBeforeMs = Double.NEGATIVE_INFINITY;
        extrema.reset();
        slowWave.reset();
        maxima.clear();
        minima.clear();
        spikes.clear();
        checkpoints.clear();
    }

    @Override
    public void onStep(double tMs, double vMv, double caUm) {
        if (tMs < tStartMs) {
            leadIn(tMs, vMv);
            return;
        }
        if (samples == 0) {
            tFirstMs = tMs;
            checkpoints.add(tMs, vMv);
        } else {
            double dt = tMs - tLastMs;
            vArea += 0.5 * (vLast + vMv) * dt;
            caArea += 0.5 * (caLast + caUm) * dt;
        }
        samples++;
        tLastMs = tMs;
        vLast = vMv;
        caLast = caUm;
        vMin = Math.min(vMin, vMv);
        vMax = Math.max(vMax, vMv);
        caMin = Math.min(caMin, caUm);
        caMax = Math.max(caMax, caUm);

        double floor = slowWave.push(tMs, vMv);
        if (tMs - tFirstMs >= thresholds.slowWaveWindowMs()) {
            slowWaveMin = Math.min(slowWaveMin, floor);
            slowWaveMax = Math.max(slowWaveMax, floor);
        }

        int event = extrema.push(tMs, vMv);
        if (event != ExtremumDetector.NONE && extrema.eventTime() < tStartMs) {
            noteLeadInEvent(event);
        } else if (event != ExtremumDetector.NONE) {
            double t = extrema.eventTime();
            double v = extrema.eventValue();
            lastExtremumMs = t;
            if (event == ExtremumDetector.MAXIMUM) {
                maxima.add(t, v);
                if (v > thresholds.spikeThresholdMv()) {
                    spikes.add(t, v);
                }
            } else {
                minima.add(t, v);
            }
        }
    }

    private void leadIn(double tMs, double vMv) {
        if (Double.isNaN(leadInStartMs)) {
            leadInStartMs = tMs;
        }
        int event = extrema.push(tMs, vMv);
        if (event != ExtremumDetector.NONE) {
            noteLeadInEvent(event);
        }
    }

    private void noteLeadInEvent(int event) {
        if (event == ExtremumDetector.MAXIMUM && extrema.eventValue() > thresholds.spikeThresholdMv()) {
            lastSpikeBeforeMs = extrema.eventTime();
        }
    }

    /** Since when the cell is known to have been free of spikes before its first spike in the window. */
    private double spikeFreeSinceMs() {
        if (Double.isNaN(leadInStartMs)) {
            return tStartMs;
        }
        return Math.max(leadInStartMs, lastSpikeBeforeMs);
    }

    /**
     * The adaptive stop rule, cheap enough to call every simulated 500 ms (O(spikes)):
     * <ul>
     *   <li>no spike in the window yet: settled when no voltage extremum occurred in the last
     *       {@code settleQuietMs} and V moved by less than {@code settleDriftMv} since the latest
     *       checkpoint at least that old (checkpoints: the first sample and every call of this method;
     *       without an extremum V is monotone up to the prominence, so the end points bound the drift);</li>
     *   <li>spikes: settled when the classifier, run on the window so far with {@code settleMinCycles},
     *       says tonic or bursting and the steady part covers at least {@code settleMinWindowFraction}
     *       of the window so far;</li>
     *   <li>otherwise (irregular, or spiking that stopped) never settled.</li>
     * </ul>
     */
    public boolean isSettled(double tNowMs) {
        if (samples == 0) {
            return false;
        }
        if (spikes.size() == 0) {
            return isQuiet();
        }
        Classification c = classifier.classify(spikes.timesArray(), spikes.size(), maxima.timesArray(),
                maxima.size(), spikeFreeSinceMs(), tNowMs, thresholds.settleMinCycles());
        boolean periodic = c.activityClass() == ActivityClass.TONIC || c.activityClass() == ActivityClass.BURSTING;
        return periodic && tNowMs - c.steadySinceMs() >= thresholds.settleMinWindowFraction() * (tNowMs - tStartMs);
    }

    /** The features and class of the window [tStartMs, tEndMs]; never throws, whatever was recorded. */
    public NeuronFeatures finish(double tEndMs) {
        double analysedMs = tEndMs - tStartMs > 0 ? tEndMs - tStartMs : 0.0;
        Classification c = classifier.classify(spikes.timesArray(), spikes.size(), maxima.timesArray(),
                maxima.size(), spikeFreeSinceMs(), tEndMs, thresholds.periodicMinCycles());
        int n = spikes.size();
        double spikeRateHz = analysedMs > 0 ? 1000.0 * n / analysedMs : Double.NaN;
        double restingMv = c.activityClass() == ActivityClass.SILENT ? timeMean(vArea, vLast) : Double.NaN;
        return new NeuronFeatures(c.activityClass(), analysedMs, n, spikeRateHz, c.periodMs(), c.burstsPerCycle(),
                c.burstDurationMs(), c.dutyCycle(), c.spikesPerBurst(), c.maximaPerBurst(), restingMv,
                orNaN(vMin), orNaN(vMax), orNaN(slowWaveMin), orNaN(slowWaveMax), orNaN(caMin), orNaN(caMax),
                timeMean(caArea, caLast));
    }

    /**
     * The bursts of the window up to {@code tEndMs}: its spikes grouped with the cell's own IBI
     * threshold ({@link BurstRules#ibiThresholdMs} on this window's ISIs and largest inter-maximum
     * interval, as the classifier does), the first and last burst flagged when the window may cut them.
     */
    public BurstTrain bursts(double tEndMs) {
        int n = spikes.size();
        IntervalStats isi = BurstRules.intervalStats(spikes.timesArray(), n);
        double largestImi = BurstRules.intervalStats(maxima.timesArray(), maxima.size()).maxMs();
        double ibiThreshold = BurstRules.ibiThresholdMs(isi, largestImi, thresholds);
        return BurstTrain.group(spikes.timesArray(), n, ibiThreshold, spikeFreeSinceMs(), tEndMs);
    }

    /** Voltage maxima of the current window (spikes included), in time order. */
    public EventBuffer maxima() {
        return maxima;
    }

    /** Voltage minima of the current window, in time order. */
    public EventBuffer minima() {
        return minima;
    }

    /** Spikes (maxima above the spike threshold) of the current window, in time order. */
    public EventBuffer spikes() {
        return spikes;
    }

    private boolean isQuiet() {
        checkpoints.add(tLastMs, vLast);
        double since = tLastMs - thresholds.settleQuietMs();
        if (lastExtremumMs >= since) {
            return false;
        }
        for (int i = checkpoints.size() - 1; i >= 0; i--) {
            if (checkpoints.time(i) <= since) {
                return Math.abs(vLast - checkpoints.value(i)) < thresholds.settleDriftMv();
            }
        }
        return false;
    }

    private double timeMean(double area, double lastValue) {
        if (samples == 0) {
            return Double.NaN;
        }
        double span = tLastMs - tFirstMs;
        return span > 0 ? area / span : lastValue;
    }

    /** The running extremes start at ±infinity; with no (folded) sample they do not apply. */
    private static double orNaN(double extreme) {
        return Double.isInfinite(extreme) ? Double.NaN : extreme;
    }
}
