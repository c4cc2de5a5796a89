/**
 * The activity classifiers as a spec.
 *
 * <p>Single cells: every threshold is a named component of
 * {@link org.circuitsweep.engine.classify.ClassifierThresholds} with its default and source, every
 * rule a small pure function of {@link org.circuitsweep.engine.classify.BurstRules} tested on
 * synthetic spike trains, and {@link org.circuitsweep.engine.classify.SpikeTrainClassifier} composes
 * them into an {@link org.circuitsweep.engine.classify.ActivityClass} and the burst features.
 *
 * <p>Networks: each cell's spikes become a {@link org.circuitsweep.engine.classify.BurstTrain} (its
 * own IBI threshold), {@link org.circuitsweep.engine.classify.NetworkCycles} cuts the window into
 * the cycles of cell 0 (AB/PD), and {@link org.circuitsweep.engine.classify.NetworkClassifier}
 * composes its small pure rules into a {@link org.circuitsweep.engine.classify.NetworkClass}, with
 * {@link org.circuitsweep.engine.classify.PyloricRanges} (P04 Table 1) deciding pyloric.
 *
 * <p>Depends on the JDK, on the template's cell names in {@code model}, and on one value record of
 * {@code analysis} ({@link org.circuitsweep.engine.analysis.PyloricFeatures}); analysis's recorders in
 * turn use the classifiers, so the two packages form one layer. Everything here is immutable or,
 * where it keeps scratch buffers (SpikeTrainClassifier), used by one thread.
 */
package org.circuitsweep.engine.classify;
