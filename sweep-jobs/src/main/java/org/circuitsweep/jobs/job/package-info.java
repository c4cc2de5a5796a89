/**
 * The Spark job of a sweep. The driver ({@link org.circuitsweep.jobs.job.SweepJob}) validates the
 * output, plans the missing chunks and runs one task per chunk; each task
 * ({@link org.circuitsweep.jobs.job.ChunkTask}) builds one sampler and one simulator of the engine
 * per partition, writes its chunk file and returns a small summary. Progress comes from
 * accumulators read by a listener; nothing on the driver holds per-variant data.
 */
package org.circuitsweep.jobs.job;
