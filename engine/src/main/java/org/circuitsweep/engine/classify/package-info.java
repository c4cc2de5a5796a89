/**
 * The single-neuron activity classifier as a spec: every threshold is a named component of
 * {@link org.circuitsweep.engine.classify.ClassifierThresholds} with its default and source, every
 * rule a small pure function of {@link org.circuitsweep.engine.classify.BurstRules} tested on
 * synthetic spike trains, and {@link org.circuitsweep.engine.classify.SpikeTrainClassifier} composes
 * them into an {@link org.circuitsweep.engine.classify.ActivityClass} and the burst features.
 * Depends on nothing but the JDK.
 */
package org.circuitsweep.engine.classify;
