/**
 * Ionic currents: the {@link org.circuitsweep.engine.channel.Channel} contract (gate exponents,
 * reversal, kinetic functions in mV, ms, µM) and the catalogue that names each maximal conductance
 * with its unit, bounds and default. Currents are grouped by the paper that defines them.
 */
package org.circuitsweep.engine.channel;
