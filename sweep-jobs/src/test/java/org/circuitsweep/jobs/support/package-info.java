/**
 * What the sweep-jobs tests share: one local Spark session per test JVM, the command line run in
 * process or as a real child process, test specs, and exact comparisons of tables and trees.
 */
package org.circuitsweep.jobs.support;
