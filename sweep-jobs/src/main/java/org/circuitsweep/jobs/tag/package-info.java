/**
 * Outcome tags: named yes/no outcomes stored next to the class. The built-in tags are boolean
 * columns of {@code models} computed by the engine; user tags are Spark SQL conditions on a models
 * row, defined in the spec or added to a finished sweep, and stored in their own table
 * ({@link org.circuitsweep.jobs.io.TagTable}) so that the models files are never rewritten.
 *
 * <p>{@link org.circuitsweep.jobs.tag.TagRules} checks names and parses expressions without Spark
 * (spec loading); {@link org.circuitsweep.jobs.tag.TagRules#analyse} checks an expression with the
 * session's analyzer on an empty table of the models schema, before anything is written;
 * {@link org.circuitsweep.jobs.tag.Tagger} computes the values with Spark SQL, writes them and
 * counts every tag.
 */
package org.circuitsweep.jobs.tag;
