package org.circuitsweep.engine.classify;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every named threshold of the activity features and the classifier, with its default.
 * Source tags: <b>[sheet §4.3]</b> = Prinz's detection routine as described in the reference sheet
 * ({@code /work/shared/reference/prinz-models.md} §4.3, itself secondary: mackelab/pyloric's
 * header comment); <b>[ours]</b> = a circuit-sweep choice, not taken from Prinz. A spec overrides any
 * of them by field name through {@link #withOverrides(Map)}. Immutable and thread-safe.
 *
 * @param spikeThresholdMv          a voltage maximum above this is a spike; default 0 mV [sheet §4.3]
 * @param minProminenceMv           a voltage maximum (minimum) counts only if V rose by more than this since the
 *                                  previous minimum (maximum) and falls (rises) by more than this after it; keeps
 *                                  the sub-threshold maxima the database counts but drops round-off wiggles of a
 *                                  flat trace (0 gives the bare three-point test); default 0.1 mV [ours]
 * @param tonicMinSpikes            tonic needs at least this many spikes in the window; default 11, the sheet's
 *                                  "more than 10 spikes" [sheet §4.3]
 * @param tonicIsiTolerance         tonic needs (max ISI − min ISI) / mean ISI below this; default 0.05 [sheet §4.3]
 * @param modulatedTonicRatio       "modulated tonic" when the largest inter-maximum interval is below this times
 *                                  the smallest ISI; default 5 [sheet §4.3]
 * @param modulatedTonicIbiFraction IBI threshold of a modulated tonic cell, as a fraction of the largest ISI;
 *                                  default 0.99 [sheet §4.3]
 * @param longIsiRatio              otherwise, when the largest ISI exceeds this times the mean ISI ...; default 2
 *                                  [sheet §4.3]
 * @param longIsiIbiFraction        ... the IBI threshold is this fraction of the largest ISI (else the mean ISI);
 *                                  default 0.5 [sheet §4.3]
 * @param ibiThresholdCapMs         the IBI threshold never exceeds this; default 500 ms [sheet §4.3]
 * @param periodicityTolerance      two consecutive cycles are consistent when their periods differ by less than
 *                                  this fraction of their mean; default 0.05 [sheet §4.3]
 * @param maxBurstsPerCycle         candidate cycles hold 1 .. this many bursts; default 3 [sheet §4.3]
 * @param periodicMinSpikes         periodicity analysis needs at least this many spikes; default 6, the sheet's
 *                                  "more than 5" [sheet §4.3]
 * @param periodicMinCycles         a periodic pattern needs at least this many consecutive consistent cycles at the
 *                                  end of the window, which also makes the window cover that many periods;
 *                                  default 2 [sheet §4.3 "at least 2 × period"]
 * @param minSpikesPerBurst         periodic "bursts" with fewer spikes than this on average are single spikes: the
 *                                  cell is called tonic; default 2 [ours]
 * @param endGapRatio               the activity must last to the window end: the time from the last spike
 *                                  (tonic) or last burst start (periodic) to the end must be below this times the
 *                                  interval expected next; default 1.5 [ours]
 * @param slowWaveWindowMs          the slow wave is the running minimum of V over this many ms, wider than a spike
 *                                  and much shorter than a burst period; default 20 ms [ours]
 * @param settleMinCycles           adaptive stop: a periodic cell needs at least this many consistent cycles;
 *                                  default 3 [ours]
 * @param settleMinWindowFraction   adaptive stop: the consistent cycles must span at least this fraction of the
 *                                  window so far, so that a chaotic cell whose last few cycles agree by chance does
 *                                  not stop the run; default 0.5 [ours]
 * @param settleQuietMs             adaptive stop: a spikeless cell needs no voltage extremum for this long;
 *                                  default 2000 ms [ours]
 * @param settleDriftMv             adaptive stop: ... and V must have moved by less than this over that time;
 *                                  default 0.1 mV [ours]
 */
public record ClassifierThresholds(
        double spikeThresholdMv,
        double minProminenceMv,
        int tonicMinSpikes,
        double tonicIsiTolerance,
        double modulatedTonicRatio,
        double modulatedTonicIbiFraction,
        double longIsiRatio,
        double longIsiIbiFraction,
        double ibiThresholdCapMs,
        double periodicityTolerance,
        int maxBurstsPerCycle,
        int periodicMinSpikes,
        int periodicMinCycles,
        double minSpikesPerBurst,
        double endGapRatio,
        double slowWaveWindowMs,
        int settleMinCycles,
        double settleMinWindowFraction,
        double settleQuietMs,
        double settleDriftMv) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ClassifierThresholds {
        require(Double.isFinite(spikeThresholdMv), "spikeThresholdMv", spikeThresholdMv, "a finite number");
        require(minProminenceMv >= 0 && minProminenceMv < 100, "minProminenceMv", minProminenceMv, "0 <= value < 100");
        require(tonicMinSpikes >= 3, "tonicMinSpikes", tonicMinSpikes, "an integer >= 3");
        require(tonicIsiTolerance > 0 && tonicIsiTolerance < 1, "tonicIsiTolerance", tonicIsiTolerance,
                "0 < value < 1");
        require(modulatedTonicRatio > 0 && modulatedTonicRatio < 1e6, "modulatedTonicRatio", modulatedTonicRatio,
                "0 < value < 1e6");
        require(modulatedTonicIbiFraction > 0 && modulatedTonicIbiFraction <= 1, "modulatedTonicIbiFraction",
                modulatedTonicIbiFraction, "0 < value <= 1");
        require(longIsiRatio >= 1 && longIsiRatio < 1e6, "longIsiRatio", longIsiRatio, "1 <= value < 1e6");
        require(longIsiIbiFraction > 0 && longIsiIbiFraction <= 1, "longIsiIbiFraction", longIsiIbiFraction,
                "0 < value <= 1");
        require(ibiThresholdCapMs > 0 && ibiThresholdCapMs < 1e9, "ibiThresholdCapMs", ibiThresholdCapMs,
                "0 < value < 1e9 ms");
        require(periodicityTolerance > 0 && periodicityTolerance < 1, "periodicityTolerance", periodicityTolerance,
                "0 < value < 1");
        require(maxBurstsPerCycle >= 1 && maxBurstsPerCycle <= 10, "maxBurstsPerCycle", maxBurstsPerCycle,
                "an integer 1..10");
        require(periodicMinSpikes >= 3, "periodicMinSpikes", periodicMinSpikes, "an integer >= 3");
        require(periodicMinCycles >= 2, "periodicMinCycles", periodicMinCycles, "an integer >= 2");
        require(minSpikesPerBurst >= 1 && minSpikesPerBurst < 1e6, "minSpikesPerBurst", minSpikesPerBurst,
                "1 <= value < 1e6");
        require(endGapRatio > 1 && endGapRatio < 1e6, "endGapRatio", endGapRatio, "1 < value < 1e6");
        require(slowWaveWindowMs > 0 && slowWaveWindowMs < 1e6, "slowWaveWindowMs", slowWaveWindowMs,
                "0 < value < 1e6 ms");
        require(settleMinCycles >= periodicMinCycles, "settleMinCycles", settleMinCycles,
                "an integer >= periodicMinCycles (" + periodicMinCycles + ")");
        require(settleMinWindowFraction >= 0 && settleMinWindowFraction <= 1, "settleMinWindowFraction",
                settleMinWindowFraction, "0 <= value <= 1");
        require(settleQuietMs > 0 && settleQuietMs < 1e9, "settleQuietMs", settleQuietMs, "0 < value < 1e9 ms");
        require(settleDriftMv > 0 && settleDriftMv < 1e3, "settleDriftMv", settleDriftMv, "0 < value < 1000 mV");
    }

    /** The defaults listed on each component. */
    public static ClassifierThresholds defaults() {
        return new ClassifierThresholds(0.0, 0.1, 11, 0.05, 5.0, 0.99, 2.0, 0.5, 500.0, 0.05, 3, 6, 2, 2.0, 1.5,
                20.0, 3, 0.5, 2000.0, 0.1);
    }

    /** The field names a spec may override, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(ClassifierThresholds.class.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /**
     * A copy with the named thresholds replaced. Integer thresholds accept only whole numbers.
     *
     * @throws IllegalArgumentException for an unknown name (naming it and the allowed names), a null or
     *                                  fractional value where a whole number is needed, or a value out of range
     */
    public ClassifierThresholds withOverrides(Map<String, Double> overrides) {
        RecordComponent[] components = ClassifierThresholds.class.getRecordComponents();
        List<String> names = names();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                args[i] = components[i].getAccessor().invoke(this);
                types[i] = components[i].getType();
            }
            for (Map.Entry<String, Double> e : overrides.entrySet()) {
                int i = names.indexOf(e.getKey());
                if (i < 0) {
                    throw new IllegalArgumentException("unknown classifier threshold '" + e.getKey() + "'; allowed: "
                            + names);
                }
                args[i] = coerce(e.getKey(), e.getValue(), types[i]);
            }
            Constructor<ClassifierThresholds> canonical = ClassifierThresholds.class.getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ClassifierThresholds reflection failed", e);
        }
    }

    private static Object coerce(String name, Double value, Class<?> type) {
        if (value == null) {
            throw new IllegalArgumentException(name + " = null: allowed a number");
        }
        if (type == int.class) {
            if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(name + " = " + value + ": allowed a whole number");
            }
            return (int) value.doubleValue();
        }
        return value;
    }

    private static void require(boolean ok, String name, double value, String allowed) {
        if (!ok) {
            String shown = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                    : Double.toString(value);
            throw new IllegalArgumentException(name + " = " + shown + ": allowed " + allowed);
        }
    }
}
