/**
 * Virtual experiments on a finished sweep: select variants with Spark SQL, simulate each again under
 * perturbations, compare before and after. The driver ({@link org.circuitsweep.jobs.experiment.ExperimentJob})
 * checks the base sweep ({@link org.circuitsweep.jobs.experiment.BaseSweep}: complete, and its spec
 * rebuilding its own spec hash), the perturbations (the engine's grammar, applied to every selected
 * variant) and the output before writing anything; runs the condition once
 * ({@link org.circuitsweep.jobs.experiment.SelectionQuery}) and stores the selected rows; then runs
 * one task per missing chunk of units ({@link org.circuitsweep.jobs.experiment.ExperimentTask}),
 * committed like a sweep's chunks. A unit is (selected variant, perturbation level); its variant is
 * rebuilt from the base's sampler by the same spec methods as the sweep's rows
 * ({@link org.circuitsweep.jobs.experiment.Preparations}) and simulated by the engine's
 * {@code ExperimentSimulator} with the base's protocol and kernel; {@code --recompute-baseline}
 * checks the unperturbed run against the stored row ({@link org.circuitsweep.jobs.experiment.BaselineCheck}).
 */
package org.circuitsweep.jobs.experiment;
