/**
 * Virtual experiments: perturb a preparation and see which variants keep their behaviour.
 * {@link org.circuitsweep.engine.perturb.Perturbations#parse} reads the text grammar into
 * {@link org.circuitsweep.engine.perturb.Condition}s (one per level of a series), each a list of
 * {@link org.circuitsweep.engine.perturb.Perturbation}s applied in order to a
 * {@link org.circuitsweep.engine.perturb.Preparation} (a circuit and its
 * {@link org.circuitsweep.engine.perturb.Environment}: temperature and injected
 * {@link org.circuitsweep.engine.perturb.Stimulus} currents).
 * {@link org.circuitsweep.engine.perturb.ExperimentSimulator} runs a preparation with the kernel and
 * protocol of the base sweep; under the reference environment it reproduces the unperturbed result
 * bit for bit. Values are immutable; the simulator is used by one thread.
 */
package org.circuitsweep.engine.perturb;
