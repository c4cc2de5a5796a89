package org.circuitsweep.engine.perturb;

import java.io.Serializable;

/**
 * A current injected into one cell of a preparation, as a function of time: a constant current
 * from an onset on (a DC injection from t = 0, or the database's 0 → +3 nA and 0 → +6 nA steps),
 * or a train of rectangular pulses from an onset on (a stand-in for optogenetic stimulation).
 * Positive current depolarises. It adds to any current the base protocol injects (the settings'
 * DC of a single-neuron sweep, a circuit cell's own DC).
 *
 * <p>On the integration grid of step dt (step i covers [i·dt, (i+1)·dt) and sees the current at
 * i·dt): the current starts at step round(onset/dt), as the settings' DC does; pulse k of a train
 * starts round(k·(period/dt)) steps after that (period = 1000/frequency ms) and lasts
 * max(1, round(width/dt)) steps. See
 * {@link CurrentPlan}, which evaluates it per step without allocation.
 *
 * @param cell         the cell's name in the circuit
 * @param shape        constant from the onset, or a pulse train
 * @param amplitudeNa  the current while on, nA, in [-1000, 1000]
 * @param onsetMs      when it starts, ms, in [0, 1e7]
 * @param widthMs      pulse width, ms (NaN for a constant current); below the pulse period
 * @param frequencyHz  pulses per second (NaN for a constant current), in (0, 1000]
 */
public record Stimulus(String cell, Shape shape, double amplitudeNa, double onsetMs, double widthMs,
                       double frequencyHz) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Largest |amplitude| in nA, as for a cell's DC current. */
    public static final double MAX_AMPLITUDE_NA = 1000.0;
    /** Latest onset, ms: the longest protocol SimulationSettings allows. */
    public static final double MAX_ONSET_MS = 1e7;
    public static final double MAX_FREQUENCY_HZ = 1000.0;

    /** Constant from the onset on, or rectangular pulses. */
    public enum Shape { CONSTANT, PULSE_TRAIN }

    public Stimulus {
        if (cell == null || cell.isEmpty()) {
            throw new IllegalArgumentException("stimulus: the cell is missing");
        }
        if (shape == null) {
            throw new IllegalArgumentException("stimulus into " + cell + ": the shape is missing");
        }
        if (!(Math.abs(amplitudeNa) <= MAX_AMPLITUDE_NA)) {
            throw new IllegalArgumentException("stimulus into " + cell + ": amplitude " + amplitudeNa
                    + " nA is not in [-1000, 1000] nA");
        }
        if (!(onsetMs >= 0 && onsetMs <= MAX_ONSET_MS)) {
            throw new IllegalArgumentException("stimulus into " + cell + ": onset " + onsetMs
                    + " ms is not in [0, 1e7] ms");
        }
        if (shape == Shape.CONSTANT) {
            widthMs = Double.NaN;
            frequencyHz = Double.NaN;
        } else {
            if (!(frequencyHz > 0 && frequencyHz <= MAX_FREQUENCY_HZ)) {
                throw new IllegalArgumentException("pulse train into " + cell + ": frequency " + frequencyHz
                        + " Hz is not in (0, 1000] Hz");
            }
            double period = 1000.0 / frequencyHz;
            if (!(widthMs > 0 && widthMs < period)) {
                throw new IllegalArgumentException("pulse train into " + cell + ": width " + widthMs
                        + " ms is not in (0, " + Levels.format(period) + ") ms, the period at " + Levels.format(frequencyHz)
                        + " Hz");
            }
        }
    }

    /** A constant current from the onset on. */
    public static Stimulus constant(String cell, double amplitudeNa, double onsetMs) {
        return new Stimulus(cell, Shape.CONSTANT, amplitudeNa, onsetMs, Double.NaN, Double.NaN);
    }

    public static Stimulus pulseTrain(String cell, double amplitudeNa, double widthMs, double frequencyHz,
                                      double onsetMs) {
        return new Stimulus(cell, Shape.PULSE_TRAIN, amplitudeNa, onsetMs, widthMs, frequencyHz);
    }

    /** Pulse period, ms (NaN for a constant current). */
    public double periodMs() {
        return 1000.0 / frequencyHz;
    }

    /** The same stimulus into another cell. */
    public Stimulus into(String otherCell) {
        return new Stimulus(otherCell, shape, amplitudeNa, onsetMs, widthMs, frequencyHz);
    }
}
