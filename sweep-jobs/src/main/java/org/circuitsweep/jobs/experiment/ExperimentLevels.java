package org.circuitsweep.jobs.experiment;

import java.util.ArrayList;
import java.util.List;

import org.circuitsweep.engine.perturb.Condition;
import org.circuitsweep.engine.perturb.ExperimentSimulator;
import org.circuitsweep.engine.perturb.Perturbations;
import org.circuitsweep.engine.perturb.Preparation;
import org.circuitsweep.engine.sim.SimulationSettings;
import org.circuitsweep.jobs.io.ExperimentRecords;
import org.circuitsweep.jobs.spec.ExperimentSpec;

/**
 * The levels of an experiment: each perturbation argument read by the engine's grammar into one
 * condition per level of its series, in argument order and level order. Level {@code l} of the
 * flat list is the {@code l}-th of every selected variant's units. Immutable.
 */
final class ExperimentLevels {

    /** One level: its place (argument, position in the series) and the engine's condition. */
    record Level(int argument, int position, Condition condition) {

        ExperimentRecords.Level describe() {
            return new ExperimentRecords.Level(argument, position, condition.text(), condition.kind(),
                    condition.target(), condition.level());
        }
    }

    private final List<Level> levels;

    private ExperimentLevels(List<Level> levels) {
        this.levels = List.copyOf(levels);
    }

    /** Reads the perturbation texts; a bad one is refused naming it ({@link ExperimentSpec#perturbError}). */
    static ExperimentLevels parse(ExperimentSpec spec) {
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < spec.perturbations().size(); i++) {
            List<Condition> conditions;
            try {
                conditions = Perturbations.parse(spec.perturbations().get(i));
            } catch (IllegalArgumentException e) {
                throw spec.perturbError(i, e.getMessage());
            }
            for (int k = 0; k < conditions.size(); k++) {
                levels.add(new Level(i, k, conditions.get(k)));
            }
        }
        return new ExperimentLevels(levels);
    }

    /** Reads texts that were checked when the experiment started (on executors). */
    static ExperimentLevels parse(List<String> perturbations) {
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < perturbations.size(); i++) {
            List<Condition> conditions = Perturbations.parse(perturbations.get(i));
            for (int k = 0; k < conditions.size(); k++) {
                levels.add(new Level(i, k, conditions.get(k)));
            }
        }
        return new ExperimentLevels(levels);
    }

    /**
     * Applies every level to an example variant of the base, so that a cell, conductance or
     * synapse the base does not have, a value out of range or a current that starts after the
     * base's runs end is refused before anything runs or is written.
     */
    void check(ExperimentSpec spec, Preparation example, SimulationSettings settings) {
        for (Level l : levels) {
            try {
                ExperimentSimulator.check(l.condition(), example, settings);
            } catch (IllegalArgumentException e) {
                // The engine names the perturbation; the refusal names it already.
                String prefix = "perturbation '" + l.condition().text() + "': ";
                String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
                throw spec.perturbError(l.argument(), message);
            }
        }
    }

    int size() {
        return levels.size();
    }

    Level get(int l) {
        return levels.get(l);
    }

    List<Level> all() {
        return levels;
    }
}
