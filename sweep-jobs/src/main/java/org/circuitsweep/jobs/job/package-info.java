/**
 * The Spark job of a sweep. The driver ({@link org.circuitsweep.jobs.job.SweepJob}) validates the
 * output, plans the missing chunks and runs one task per chunk; each task
 * ({@link org.circuitsweep.jobs.job.ChunkTask}) builds one sampler and one
 * {@link org.circuitsweep.jobs.job.VariantRows} (the simulator and row builder of the spec's kind
 * of model: neuron or network) per partition, writes its chunk file and returns a small summary.
 * {@link org.circuitsweep.jobs.job.CellSelections} resolves network cells selected from a neuron
 * sweep with Spark SQL on the driver before the job is planned. Progress comes from
 * accumulators read by a listener; nothing on the driver holds per-variant data.
 */
package org.circuitsweep.jobs.job;
