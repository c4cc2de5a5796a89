/**
 * Simulation of Prinz 2003 cells under a protocol. Entry points: {@link
 * org.circuitsweep.engine.sim.NeuronBatchSimulator} for sweeps (many variants, several at a time in the
 * lanes of a kernel) and {@link org.circuitsweep.engine.sim.NeuronSimulator} for one neuron (with an
 * optional trace); both give the same features for the same settings. {@link
 * org.circuitsweep.engine.sim.SimulationSettings} holds the protocol and chooses the {@link
 * org.circuitsweep.engine.sim.Kernel}: {@link org.circuitsweep.engine.sim.ExponentialEuler} is the
 * exact-kinetics reference; the tabled kernels are in {@code sim.kernel}. Circuits run through {@link
 * org.circuitsweep.engine.sim.CircuitRunner} with the exact kernel, and {@link
 * org.circuitsweep.engine.sim.CircuitSimulator} gives one circuit's network class, pyloric features and
 * per-cell features under the Prinz 2004 protocol. Observers ({@link org.circuitsweep.engine.sim.StepObserver})
 * see every step; nothing stores a trace unless a trace observer is given. Runners and simulators are
 * mutable and used by one thread each (one per Spark task).
 */
package org.circuitsweep.engine.sim;
