/**
 * Sweep specs: YAML files that say which model template to sample (a Prinz 2003 neuron, the
 * Prinz 2004 pyloric network, or a circuit file), over which parameter values, how to simulate
 * and classify each variant, and where the tables go.
 *
 * <p>{@link org.circuitsweep.jobs.spec.SpecLoader} reads a spec into a Jackson tree and validates
 * it by hand, so that each refusal is a one-line {@link org.circuitsweep.jobs.spec.SpecException}
 * naming the file, the field path and the allowed values. The result is an immutable
 * {@link org.circuitsweep.jobs.spec.SweepSpec} whose {@code hash()} identifies the rows it
 * produces. A network spec may refer to what lies outside its text (a circuit file, cells
 * selected from another sweep by SQL): the driver resolves those into
 * {@link org.circuitsweep.jobs.spec.SpecInputs}, which travel to the executors with the text and
 * are part of the hash. {@link org.circuitsweep.jobs.spec.Prinz2004Grid} numbers the P04 network
 * grid like Prinz's files. The format is described in the project README; the shipped examples
 * are in {@code configs/}.
 */
package org.circuitsweep.jobs.spec;
