/**
 * Activity features computed while a run goes: {@link org.circuitsweep.engine.analysis.ActivityRecorder}
 * observes every integration step of one neuron, keeps running statistics and voltage events (never
 * the trace) and returns {@link org.circuitsweep.engine.analysis.NeuronFeatures} with the class from
 * {@link org.circuitsweep.engine.classify}, and the cell's bursts for the network analysis. A
 * circuit's result is a {@link org.circuitsweep.engine.analysis.NetworkResult}: the network class,
 * the fifteen {@link org.circuitsweep.engine.analysis.PyloricFeatures} of Prinz 2004 and each cell's
 * features. Recorders are mutable, reused across runs and used by one thread; the features are
 * immutable values.
 */
package org.circuitsweep.engine.analysis;
