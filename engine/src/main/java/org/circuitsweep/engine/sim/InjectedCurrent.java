package org.circuitsweep.engine.sim;

/**
 * A current injected into one cell as a function of the integration step, on top of the protocol's
 * own DC current: piecewise constant, evaluated per step without allocation. Step i covers
 * [i·dt, (i+1)·dt) and carries {@code nanoAmps(i)} throughout. Implementations are immutable, so one
 * instance may serve many runs and threads.
 */
public interface InjectedCurrent {

    /** The current during step i, nA (positive depolarises). */
    double nanoAmps(long step);

    /**
     * The first step after {@code step} at which the current may change, or {@link Long#MAX_VALUE}
     * if it never does: the reference integrator restarts there, so that it never steps across a jump.
     */
    long nextChange(long step);
}
