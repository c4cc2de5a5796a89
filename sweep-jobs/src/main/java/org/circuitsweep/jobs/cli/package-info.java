/**
 * The command line ({@code scripts/sweep}): {@link org.circuitsweep.jobs.cli.Main} and one class
 * per subcommand, each a set of options and a {@code run}. {@link org.circuitsweep.jobs.cli.SparkCommand}
 * owns the Spark session lifecycle. User errors end with one line on stderr and exit code 2,
 * unexpected errors with exit code 1.
 */
package org.circuitsweep.jobs.cli;
