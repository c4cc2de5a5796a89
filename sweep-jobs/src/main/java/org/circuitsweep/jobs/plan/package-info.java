/**
 * How a sweep of N variants is cut into chunks and which chunks are still to do. Everything here is
 * O(number of chunks): chunk ranges are computed on demand and the set of committed or missing
 * chunks is a bit set, so a plan of 20 million variants costs a few kilobytes on the driver.
 */
package org.circuitsweep.jobs.plan;
