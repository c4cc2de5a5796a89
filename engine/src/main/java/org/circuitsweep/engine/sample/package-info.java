/**
 * Samplers: turn a sweep's {@link org.circuitsweep.engine.sample.Dimension dimensions} into
 * numbered variants, each a pure function of (sweep seed, index) so that Spark executors can
 * compute any slice of millions of variants independently and reproducibly.
 *
 * <p>{@link org.circuitsweep.engine.sample.Sampler#create} is the entry point; the
 * {@link org.circuitsweep.engine.sample.SamplingMethod methods} are the Prinz-numbered grid,
 * independent random draws, Latin hypercube and Owen-scrambled Sobol points.
 */
package org.circuitsweep.engine.sample;
