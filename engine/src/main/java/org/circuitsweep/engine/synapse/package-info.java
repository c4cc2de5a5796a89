/**
 * Graded chemical synapses of Prinz, Bucher &amp; Marder 2004: transmitters with their reversal
 * potential and decay rate, and the truncated update of the synaptic activation s.
 */
package org.circuitsweep.engine.synapse;
