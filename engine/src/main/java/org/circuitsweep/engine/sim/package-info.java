/**
 * Simulation: the exponential-Euler kernel of a Prinz 2003 cell
 * ({@link org.circuitsweep.engine.sim.ExponentialEuler}) and a Dormand–Prince reference, the
 * single-neuron protocol ({@link org.circuitsweep.engine.sim.ProtocolRunner}), circuits of cells with
 * graded synapses and couplings ({@link org.circuitsweep.engine.sim.CircuitRunner}), and the two
 * entry points for sweeps: {@link org.circuitsweep.engine.sim.NeuronSimulator} (one neuron →
 * features and class) and {@link org.circuitsweep.engine.sim.CircuitSimulator} (one circuit under the
 * Prinz 2004 network protocol → network class, pyloric features, per-cell features). Observers
 * ({@link org.circuitsweep.engine.sim.StepObserver}) see every step; nothing stores a trace unless a
 * trace observer is given. Runners and simulators are mutable and used by one thread each (one per
 * Spark task); settings are immutable values.
 */
package org.circuitsweep.engine.sim;
