package org.circuitsweep.engine.sim.kernel;

import org.circuitsweep.engine.model.Conductances;

/**
 * A fixed number of independent Prinz 2003 cells ("lanes") advanced together by one
 * exponential-Euler step at a fixed dt, in the GATES_FIRST update order. A lane's trajectory is a
 * function of its own conductances and current only: lanes never share arithmetic, so which
 * variants share a kernel, and in which lane, cannot change a result. One instance per thread.
 */
public interface LaneKernel {

    /** Number of lanes (at most 64, the bits of the failure mask). */
    int lanes();

    /** Gives a lane new conductances and puts it in the database initial state, with no current. */
    void reset(int lane, Conductances conductances);

    /** Sets a lane's injected current density, µA/cm² (positive depolarises), for the steps that follow. */
    void setCurrent(int lane, double iExtUaPerCm2);

    /**
     * Advances every lane by one step.
     *
     * @return a mask with bit i set when lane i reached an unphysical state (NaN, |V| ≥ 1000 mV,
     *         [Ca] outside (0, 1e6) µM) in this step: a numerical failure. Such a lane is put back
     *         in the initial state so that it stays harmless until it is reset.
     */
    long step();

    /** Membrane potential of a lane after the last step, mV. */
    double v(int lane);

    /** Intracellular calcium of a lane after the last step, µM. */
    double ca(int lane);
}
