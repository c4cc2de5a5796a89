package org.circuitsweep.engine.perturb;

import java.io.Serializable;

import org.circuitsweep.engine.channel.ChannelCatalog;
import org.circuitsweep.engine.channel.Q10Table;
import org.circuitsweep.engine.model.ParameterInfo;
import org.circuitsweep.engine.model.Prinz2004Pyloric;

/**
 * One change to a {@link Preparation}: a small immutable record per kind. Perturbations compose by
 * applying them in order ({@link Condition}); each changes exactly what it names and nothing else.
 * The text grammar is in {@link Perturbations}. {@link #apply} throws IllegalArgumentException with
 * a one-line message naming the unknown cell, conductance or synapse and the allowed values.
 * Immutable and thread-safe.
 */
public sealed interface Perturbation extends Serializable {

    /** The canonical text, which {@link Perturbations#parse} reads back to an equal perturbation. */
    String text();

    /**
     * {@code scale_conductance, set_conductance, scale_synapse, set_synapse, remove_cell, swap_cell,
     * temperature, dc, step, pulse_train} or {@code none}.
     */
    String kind();

    /** What it acts on: {@code LP.gCaS}, {@code gA} (every cell), {@code LPPY}, {@code LP}; "" for global ones. */
    String target();

    /** The numeric level (factor, mS/cm², nS, °C, nA); NaN for remove_cell, swap_cell and none. */
    double level();

    Preparation apply(Preparation p);

    /** Multiplies a maximal conductance of one cell, or of every cell when {@code cell} is "". */
    record ScaleConductance(String cell, String conductance, double factor) implements Perturbation {
        public ScaleConductance {
            Checks.cellOrAll(cell);
            Checks.conductance(conductance);
            Checks.factor(factor, conductance);
        }

        public String text() {
            return Checks.prefix(cell) + conductance + "*=" + Levels.format(factor);
        }

        public String kind() {
            return "scale_conductance";
        }

        public String target() {
            return Checks.prefix(cell) + conductance;
        }

        public double level() {
            return factor;
        }

        public Preparation apply(Preparation p) {
            return Edits.conductance(p, cell, conductance, g -> g * factor, text());
        }
    }

    /** Sets a maximal conductance (mS/cm²) of one cell, or of every cell when {@code cell} is "". */
    record SetConductance(String cell, String conductance, double value) implements Perturbation {
        public SetConductance {
            Checks.cellOrAll(cell);
            Checks.conductance(conductance);
            ParameterInfo info = ChannelCatalog.parameter(conductance).orElseThrow();
            if (!info.accepts(value)) {
                throw new IllegalArgumentException(info.rangeMessage(value));
            }
        }

        public String text() {
            return Checks.prefix(cell) + conductance + "=" + Levels.format(value);
        }

        public String kind() {
            return "set_conductance";
        }

        public String target() {
            return Checks.prefix(cell) + conductance;
        }

        public double level() {
            return value;
        }

        public Preparation apply(Preparation p) {
            return Edits.conductance(p, cell, conductance, g -> value, text());
        }
    }

    /** Multiplies the strength of a synapse. */
    record ScaleSynapse(String synapse, double factor) implements Perturbation {
        public ScaleSynapse {
            Checks.name(synapse, "synapse");
            Checks.factor(factor, synapse);
        }

        public String text() {
            return synapse + "*=" + Levels.format(factor);
        }

        public String kind() {
            return "scale_synapse";
        }

        public String target() {
            return synapse;
        }

        public double level() {
            return factor;
        }

        public Preparation apply(Preparation p) {
            return Edits.synapse(p, synapse, s -> s * factor, text());
        }
    }

    /** Sets the strength of a synapse, nS ({@code LPPY=0} removes it). */
    record SetSynapse(String synapse, double valueNs) implements Perturbation {
        public SetSynapse {
            Checks.name(synapse, "synapse");
            Checks.synapseStrength(valueNs, synapse);
        }

        public String text() {
            return synapse + "=" + Levels.format(valueNs);
        }

        public String kind() {
            return "set_synapse";
        }

        public String target() {
            return synapse;
        }

        public double level() {
            return valueNs;
        }

        public Preparation apply(Preparation p) {
            return Edits.synapse(p, synapse, s -> valueNs, text());
        }
    }

    /**
     * Removes a cell from the circuit's interactions: every synapse from or onto it and every
     * electrical coupling of it goes to 0 nS. The cell stays in the circuit (so that cell indices
     * and result columns keep their meaning) and runs on alone, unperturbed.
     */
    record RemoveCell(String cell) implements Perturbation {
        public RemoveCell {
            Checks.name(cell, "cell");
        }

        public String text() {
            return "remove=" + cell;
        }

        public String kind() {
            return "remove_cell";
        }

        public String target() {
            return cell;
        }

        public double level() {
            return Double.NaN;
        }

        public Preparation apply(Preparation p) {
            return Edits.remove(p, cell, text());
        }
    }

    /**
     * Replaces a cell's model neuron by a named one of the P04 catalogue ({@code LP=LP3}): its eight
     * maximal conductances and its neuron label; its name, DC current and synapses stay.
     */
    record SwapCell(String cell, String neuron) implements Perturbation {
        public SwapCell {
            Checks.name(cell, "cell");
            Prinz2004Pyloric.neuron(neuron);
        }

        public String text() {
            return cell + "=" + neuron;
        }

        public String kind() {
            return "swap_cell";
        }

        public String target() {
            return cell;
        }

        public double level() {
            return Double.NaN;
        }

        public Preparation apply(Preparation p) {
            return Edits.swap(p, cell, neuron, text());
        }
    }

    /** Sets the temperature, °C (Q10 scaling of rates and conductances, see {@link Q10Table}). */
    record Temperature(double celsius) implements Perturbation {
        public Temperature {
            new Environment(celsius, java.util.List.of());
        }

        public String text() {
            return "temperature=" + Levels.format(celsius);
        }

        public String kind() {
            return "temperature";
        }

        public String target() {
            return "";
        }

        public double level() {
            return celsius;
        }

        public Preparation apply(Preparation p) {
            return p.withEnvironment(p.environment().withTemperature(celsius));
        }
    }

    /** Injects a constant current (nA) from t = 0 into one cell, or into every cell when {@code cell} is "". */
    record Dc(String cell, double nanoAmps) implements Perturbation {
        public Dc {
            Checks.cellOrAll(cell);
            Stimulus.constant(Checks.who(cell), nanoAmps, 0.0);
        }

        public String text() {
            return Checks.prefix(cell) + "dc=" + Levels.format(nanoAmps);
        }

        public String kind() {
            return "dc";
        }

        public String target() {
            return cell;
        }

        public double level() {
            return nanoAmps;
        }

        public Preparation apply(Preparation p) {
            return Edits.stimulate(p, cell, Stimulus.constant(Checks.who(cell), nanoAmps, 0.0), text());
        }
    }

    /** A current step from 0 to {@code nanoAmps} at {@code onsetMs} (the database's +3 and +6 nA steps). */
    record Step(String cell, double nanoAmps, double onsetMs) implements Perturbation {
        public Step {
            Checks.cellOrAll(cell);
            Stimulus.constant(Checks.who(cell), nanoAmps, onsetMs);
        }

        public String text() {
            return Checks.prefix(cell) + "step=" + Levels.format(nanoAmps) + "@" + Levels.format(onsetMs);
        }

        public String kind() {
            return "step";
        }

        public String target() {
            return cell;
        }

        public double level() {
            return nanoAmps;
        }

        public Preparation apply(Preparation p) {
            return Edits.stimulate(p, cell, Stimulus.constant(Checks.who(cell), nanoAmps, onsetMs), text());
        }
    }

    /** Rectangular current pulses (amplitude nA, width ms, frequency Hz) from an onset (ms) on. */
    record PulseTrain(String cell, double amplitudeNa, double widthMs, double frequencyHz, double onsetMs)
            implements Perturbation {
        public PulseTrain {
            Checks.cellOrAll(cell);
            Stimulus.pulseTrain(Checks.who(cell), amplitudeNa, widthMs, frequencyHz, onsetMs);
        }

        public String text() {
            return Checks.prefix(cell) + "pulses=" + Levels.format(amplitudeNa) + "," + Levels.format(widthMs) + ","
                    + Levels.format(frequencyHz) + (onsetMs == 0 ? "" : "@" + Levels.format(onsetMs));
        }

        public String kind() {
            return "pulse_train";
        }

        public String target() {
            return cell;
        }

        public double level() {
            return amplitudeNa;
        }

        public Preparation apply(Preparation p) {
            return Edits.stimulate(p, cell, Stimulus.pulseTrain(Checks.who(cell), amplitudeNa, widthMs, frequencyHz, onsetMs), text());
        }
    }

    /** The null perturbation: the preparation as it is. */
    record None() implements Perturbation {
        public String text() {
            return "none";
        }

        public String kind() {
            return "none";
        }

        public String target() {
            return "";
        }

        public double level() {
            return Double.NaN;
        }

        public Preparation apply(Preparation p) {
            return p;
        }
    }
}
