/**
 * JMH benchmarks of the simulation kernels (run with {@code scripts/bench-kernel}) and the kernels'
 * agreement check on 10,000 random P03 grid models (run with {@code scripts/bench-agreement}), and the
 * kernel's rate on a sweep spec's variants, which {@code scripts/bench} compares with the Spark job's.
 */
package org.circuitsweep.bench;
