/**
 * Sweep specs: YAML files that say which model template to sample, over which parameter values,
 * how to simulate and classify each variant, and where the tables go.
 *
 * <p>{@link org.circuitsweep.jobs.spec.SpecLoader} reads a spec into a Jackson tree and validates
 * it by hand, so that each refusal is a one-line {@link org.circuitsweep.jobs.spec.SpecException}
 * naming the file, the field path and the allowed values. The result is an immutable
 * {@link org.circuitsweep.jobs.spec.SweepSpec} whose {@code hash()} identifies the rows it
 * produces. The format is described in the project README; the shipped examples are in
 * {@code configs/}.
 */
package org.circuitsweep.jobs.spec;
