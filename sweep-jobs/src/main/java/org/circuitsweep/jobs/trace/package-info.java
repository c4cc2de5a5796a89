/**
 * {@code sweep trace}: one neuron or one network simulated outside Spark with its trace kept, its
 * features printed as JSON (named like the table columns), its trace written as CSV and drawn as
 * PNG (V and [Ca] of a neuron; the cells' voltages stacked for a network), for looking at what a
 * sweep's row stands for. Options are validated with one-line messages naming the option.
 */
package org.circuitsweep.jobs.trace;
