/** JMH benchmarks of the simulation kernels; run with {@code scripts/bench-kernel}. */
package org.circuitsweep.bench;
