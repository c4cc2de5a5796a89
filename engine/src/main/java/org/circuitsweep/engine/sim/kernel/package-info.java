/**
 * Fast exponential-Euler kernels for the Prinz 2003 cell, behind one interface,
 * {@link org.circuitsweep.engine.sim.kernel.LaneKernel}: a fixed number of independent cells
 * ("lanes") advanced in lockstep, structure of arrays, no allocation per step.
 *
 * <ul>
 *   <li>{@link org.circuitsweep.engine.sim.kernel.GateTable}: x_inf and exp(−dt/τ) of every gate on a
 *       0.05 mV grid over −150..+150 mV, linear interpolation (NEURON TABLE / xolotl style);</li>
 *   <li>{@link org.circuitsweep.engine.sim.kernel.TabledLanes}: the tabled step in scalar code;</li>
 *   <li>{@link org.circuitsweep.engine.sim.kernel.SimdLanes}: the same step with the Vector API,
 *       bit-identical lane for lane;</li>
 *   <li>{@link org.circuitsweep.engine.sim.kernel.KernelMath}: exp and ln from exactly rounded
 *       operations only, so that both kernels (and every JIT tier) produce the same bits.</li>
 * </ul>
 * The exact kernel ({@link org.circuitsweep.engine.sim.ExponentialEuler}) and the choice among them by
 * settings live in {@code sim}; this package depends only on the channel and model packages.
 */
package org.circuitsweep.engine.sim.kernel;
