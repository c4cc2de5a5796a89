package org.circuitsweep.engine.analysis;

/**
 * Streaming detector of voltage maxima and minima, one sample at a time, O(1) per sample and no
 * allocation. A maximum is a sample where the slope turns from + to − (three-point test on
 * consecutive samples, a flat top counts at its first sample), kept only if V rose by more than
 * {@code prominence} since the previous kept minimum and then falls by more than {@code prominence}
 * before rising above it again; minima are the mirror image, and kept extrema alternate. This is a
 * hysteresis ("zigzag") detector: with prominence 0 it is the bare three-point test, with a small
 * prominence it ignores round-off wiggles. An extremum is reported when it is confirmed, a few
 * samples after it; an extremum at the edge of the data (no confirmed rise before it, or no fall
 * yet after it) is never reported. Not thread-safe.
 */
final class ExtremumDetector {

    static final int NONE = 0;
    static final int MAXIMUM = 1;
    static final int MINIMUM = 2;

    private static final int UNDECIDED = 0;
    private static final int RISING = 1;
    private static final int FALLING = 2;

    private final double prominence;
    private int phase;
    private boolean empty;
    private double highT;
    private double highV;
    private double lowT;
    private double lowV;
    private double eventT;
    private double eventV;

    ExtremumDetector(double prominence) {
        this.prominence = prominence;
        reset();
    }

    void reset() {
        phase = UNDECIDED;
        empty = true;
    }

    /** Feeds one sample; returns {@link #MAXIMUM}, {@link #MINIMUM} or {@link #NONE}. */
    int push(double t, double v) {
        if (empty) {
            empty = false;
            highT = lowT = t;
            highV = lowV = v;
            return NONE;
        }
        switch (phase) {
            case RISING:
                if (v > highV) {
                    highT = t;
                    highV = v;
                } else if (v < highV - prominence) {
                    phase = FALLING;
                    lowT = t;
                    lowV = v;
                    return report(highT, highV, MAXIMUM);
                }
                return NONE;
            case FALLING:
                if (v < lowV) {
                    lowT = t;
                    lowV = v;
                } else if (v > lowV + prominence) {
                    phase = RISING;
                    highT = t;
                    highV = v;
                    return report(lowT, lowV, MINIMUM);
                }
                return NONE;
            default:
                // before the first move of more than the prominence the direction is unknown, so
                // neither the running high nor the running low is a confirmed extremum
                if (v > lowV + prominence) {
                    phase = RISING;
                    highT = t;
                    highV = v;
                } else if (v < highV - prominence) {
                    phase = FALLING;
                    lowT = t;
                    lowV = v;
                } else {
                    if (v > highV) {
                        highT = t;
                        highV = v;
                    }
                    if (v < lowV) {
                        lowT = t;
                        lowV = v;
                    }
                }
                return NONE;
        }
    }

    /** Time of the extremum last reported, ms. */
    double eventTime() {
        return eventT;
    }

    /** Value of the extremum last reported, mV. */
    double eventValue() {
        return eventV;
    }

    private int report(double t, double v, int kind) {
        eventT = t;
        eventV = v;
        return kind;
    }
}
