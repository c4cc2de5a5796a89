/**
 * The tables of a sweep and the directory that holds them. The Avro schemas in
 * {@code src/main/avro} are the one definition of the {@code models} table of neuron sweeps, the
 * {@code models} table of network sweeps (network-models.avsc), the {@code sweeps} table and the
 * fixed columns of an experiment's {@code experiments} table (experiments.avsc);
 * Parquet files are written from them through parquet-avro and every reader (Spark, DuckDB,
 * pyarrow) takes its schema from the files. {@link org.circuitsweep.jobs.io.SweepOutput} owns the
 * directory layout, its validation and the atomic commits; {@link org.circuitsweep.jobs.io.ExperimentOutput}
 * the same for an experiment output.
 */
package org.circuitsweep.jobs.io;
