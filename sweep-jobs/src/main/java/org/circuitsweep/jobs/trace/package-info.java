/**
 * {@code sweep trace}: one neuron or one network simulated outside Spark, with its features as
 * JSON (named like the table columns), its trace as CSV and a plot as PNG, for looking at what a
 * sweep's row stands for. Options are validated with one-line messages naming the option.
 */
package org.circuitsweep.jobs.trace;
