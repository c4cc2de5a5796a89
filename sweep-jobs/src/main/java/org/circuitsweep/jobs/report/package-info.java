/**
 * {@code sweep report}: an HTML page that shows the degeneracy of a sweep. {@link
 * org.circuitsweep.jobs.report.ReportKind} says what is drawn for the sweep's kind of table
 * (neurons, the pyloric template, a circuit); {@link org.circuitsweep.jobs.report.ReportQueries}
 * aggregates the models table in Spark SQL (class counts, histograms and density maps as GROUP BY
 * over bins, quantiles by percentile_approx), so only bounded aggregates reach the driver; {@link
 * org.circuitsweep.jobs.report.ExampleTraces} simulates a few variants again from (spec, seed,
 * index); {@link org.circuitsweep.jobs.report.ReportCharts} and {@link
 * org.circuitsweep.jobs.report.DensityMapChart} draw PNGs with JFreeChart; {@link
 * org.circuitsweep.jobs.report.ReportPage} writes the page and {@link
 * org.circuitsweep.jobs.report.ReportJson} the same numbers as JSON. The report of an experiment
 * output has its own queries, charts and page ({@link org.circuitsweep.jobs.report.ExperimentQueries},
 * {@link org.circuitsweep.jobs.report.ExperimentCharts}, {@link org.circuitsweep.jobs.report.ExperimentPage}).
 */
package org.circuitsweep.jobs.report;
