/**
 * Simulation of Prinz 2003 cells under a protocol. Entry points: {@link
 * org.circuitsweep.engine.sim.NeuronBatchSimulator} for sweeps (many variants, several at a time in the
 * lanes of a kernel) and {@link org.circuitsweep.engine.sim.NeuronSimulator} for one neuron (with an
 * optional trace); both give the same features for the same settings. {@link
 * org.circuitsweep.engine.sim.SimulationSettings} holds the protocol and chooses the {@link
 * org.circuitsweep.engine.sim.Kernel}: {@link org.circuitsweep.engine.sim.ExponentialEuler} is the
 * exact-kinetics reference; the tabled kernels are in {@code sim.kernel}. Circuits run through {@link
 * org.circuitsweep.engine.sim.CircuitRunner} with the exact kernel.
 */
package org.circuitsweep.engine.sim;
