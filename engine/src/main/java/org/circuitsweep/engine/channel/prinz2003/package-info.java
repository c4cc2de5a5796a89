/**
 * The eight currents of the Prinz, Billimoria &amp; Marder 2003 STG neuron (P03 Table 1) and the
 * model's shared constants (geometry, reversal potentials, calcium buffer, initial state).
 */
package org.circuitsweep.engine.channel.prinz2003;
