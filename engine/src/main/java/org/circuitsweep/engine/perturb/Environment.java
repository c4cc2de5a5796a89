package org.circuitsweep.engine.perturb;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.circuitsweep.engine.channel.Q10Table;
import org.circuitsweep.engine.channel.ThermalFactors;

/**
 * The conditions a preparation is simulated under, apart from the circuit itself: the temperature
 * and the currents injected into its cells. {@link #REFERENCE} is the model's own conditions (10 °C,
 * see {@link Q10Table}; no stimulus), under which every simulator gives exactly the unperturbed
 * result.
 *
 * @param temperatureC the temperature, °C, in [0, 40]
 * @param stimuli      injected currents in the order they were added; several into one cell add up
 */
public record Environment(double temperatureC, List<Stimulus> stimuli) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Environment REFERENCE = new Environment(Q10Table.REFERENCE_TEMPERATURE_C, List.of());

    public Environment {
        if (!(temperatureC >= Q10Table.MIN_TEMPERATURE_C && temperatureC <= Q10Table.MAX_TEMPERATURE_C)) {
            throw new IllegalArgumentException("temperature " + Levels.format(temperatureC) + " °C is not in ["
                    + Levels.format(Q10Table.MIN_TEMPERATURE_C) + ", " + Levels.format(Q10Table.MAX_TEMPERATURE_C)
                    + "] °C");
        }
        stimuli = List.copyOf(stimuli);
    }

    public Environment withTemperature(double celsius) {
        return new Environment(celsius, stimuli);
    }

    public Environment withStimulus(Stimulus s) {
        List<Stimulus> more = new ArrayList<>(stimuli);
        more.add(s);
        return new Environment(temperatureC, more);
    }

    /** The stimuli into one cell, in order. */
    public List<Stimulus> stimuliInto(String cell) {
        return stimuli.stream().filter(s -> s.cell().equals(cell)).toList();
    }

    /** The Q10 factors of this temperature. */
    public ThermalFactors thermalFactors() {
        return ThermalFactors.at(temperatureC);
    }

    /** Whether nothing differs from the model's own conditions. */
    public boolean isReference() {
        return temperatureC == Q10Table.REFERENCE_TEMPERATURE_C && stimuli.isEmpty();
    }
}
