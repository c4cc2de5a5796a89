/**
 * Descriptions of what is simulated, as immutable values: parameter metadata, the eight maximal
 * conductances of a Prinz 2003 neuron, cells, synapses, couplings, circuits and the
 * {@code prinz2004-pyloric} template with the sixteen P04 neurons.
 */
package org.circuitsweep.engine.model;
