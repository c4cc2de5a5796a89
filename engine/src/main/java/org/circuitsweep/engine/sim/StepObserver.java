package org.circuitsweep.engine.sim;

/**
 * Receives the state of one cell after every integration step of the analysis window, so that
 * features are computed while the run goes and no trace is stored unless one is asked for.
 * Implementations are mutable and used by one thread.
 */
@FunctionalInterface
public interface StepObserver {

    /**
     * @param tMs  time since the start of the run, ms
     * @param vMv  membrane potential, mV
     * @param caUm intracellular calcium concentration, µM
     */
    void onStep(double tMs, double vMv, double caUm);
}
