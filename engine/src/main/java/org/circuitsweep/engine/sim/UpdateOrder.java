package org.circuitsweep.engine.sim;

/**
 * The order in which one exponential-Euler step advances gates, calcium and V. Prinz's code order
 * is not known (sheet §3, [U]); both orders are first-order accurate but their error constants
 * differ widely. {@link #GATES_FIRST} is the default because its results converge fastest as dt
 * shrinks (measured in {@code UpdateOrderConvergenceTest}, reported in README).
 */
public enum UpdateOrder {
    /**
     * xolotl's order: [Ca] advances with the calcium current of the previous state, every gate
     * advances with the previous V and [Ca], and V then advances with the conductances of the new
     * gates and the new E_Ca. V's update thus sees the gates it is coupled to one step earlier.
     */
    GATES_FIRST,
    /**
     * mackelab/pyloric's order: conductances, E_Ca and the gates' targets all come from the state at
     * the start of the step, and V, [Ca] and the gates advance together from it.
     */
    SIMULTANEOUS
}
