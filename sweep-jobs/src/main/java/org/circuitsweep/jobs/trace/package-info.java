/**
 * {@code sweep trace}: one model simulated with its trace kept, printed as JSON features and
 * drawn as V and [Ca] against time.
 */
package org.circuitsweep.jobs.trace;
