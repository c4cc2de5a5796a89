package org.circuitsweep.jobs.tag;

import java.util.Collection;
import java.util.List;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.UnresolvedAlias;
import org.apache.spark.sql.catalyst.analysis.UnresolvedAttribute;
import org.apache.spark.sql.catalyst.expressions.Alias;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Project;
import org.apache.spark.sql.execution.SparkSqlParser;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.circuitsweep.jobs.io.SweepTables;
import org.circuitsweep.jobs.io.TagDefinition;

/**
 * What makes a tag valid, as small checks that each throw a one-line {@link TagException}.
 * {@link #checkName}, {@link #requireNotAColumn} and {@link #parse} need no Spark session, so a
 * spec is checked as it loads; {@link #analyse} needs the session's analyzer (function registry,
 * types) and runs before anything is written. Stateless and thread-safe.
 */
public final class TagRules {

    private TagRules() {
    }

    /** A tag name is a plain SQL column name, so that {@code WHERE name} works unquoted. */
    public static void checkName(String name) {
        if (!TagDefinition.isName(name)) {
            throw new TagException(name, "a tag name is a letter or '_' followed by letters, digits and '_'");
        }
        if (!(parseQuietly(name) instanceof UnresolvedAttribute a && a.nameParts().size() == 1)) {
            throw new TagException(name, "is an SQL keyword; choose another name");
        }
    }

    /**
     * A tag is not named like a column of {@code models}, compared without case as Spark SQL
     * compares names.
     *
     * @param modelsColumns every column of the sweep's models table
     * @param builtInTags   those of them that are built-in tags
     */
    public static void requireNotAColumn(String name, Collection<String> modelsColumns, Collection<String> builtInTags) {
        for (String column : modelsColumns) {
            if (column.equalsIgnoreCase(name)) {
                throw new TagException(name, builtInTags.contains(column) ? "is a built-in tag; choose another name"
                        : "is the column " + column + " of models; choose another name");
            }
        }
    }

    /** The expression is one SQL expression, without an alias. */
    public static void parse(String name, String expression) {
        if (expression == null || expression.isBlank()) {
            throw new TagException(name, "no expression; write a condition such as \"period_ms > 1000\"");
        }
        Expression parsed;
        try {
            parsed = new SparkSqlParser().parseExpression(expression);
        } catch (Exception e) { // Scala does not declare the checked ParseException
            if (e instanceof ParseException) {
                throw new TagException(name, "not an SQL expression: " + SweepTables.firstLine(e.getMessage()));
            }
            throw e;
        }
        if (parsed instanceof Alias || parsed instanceof UnresolvedAlias) {
            throw new TagException(name, "write the condition alone, without AS or a name after it");
        }
    }

    /**
     * Analyses the tag against an empty table of the models schema: its columns exist, the result
     * is boolean, and it is a deterministic function of one row (no aggregate, window, generator or
     * random function). Runs no Spark job.
     */
    public static void analyse(SparkSession spark, StructType models, TagDefinition tag) {
        Dataset<Row> empty = spark.createDataFrame(List.of(), models);
        Dataset<Row> value;
        try {
            value = empty.select(functions.expr(tag.expression()));
        } catch (Exception e) { // Scala does not declare the checked AnalysisException
            if (e instanceof AnalysisException || e instanceof ParseException) {
                throw new TagException(tag.name(), SweepTables.firstLine(e.getMessage()));
            }
            throw e;
        }
        LogicalPlan plan = value.queryExecution().analyzed();
        if (!(plan instanceof Project)) {
            throw new TagException(tag.name(), "aggregate, window and generator functions are not allowed: "
                    + "a tag is a condition on one models row");
        }
        if (!plan.deterministic()) {
            throw new TagException(tag.name(), "non-deterministic functions (rand, uuid, ...) are not allowed: "
                    + "a tag must give the same value every time");
        }
        DataType type = value.schema().fields()[0].dataType();
        if (!type.equals(DataTypes.BooleanType)) {
            throw new TagException(tag.name(), "is of type " + type.simpleString()
                    + ", not boolean; write a condition such as \"period_ms > 1000\"");
        }
    }

    private static Expression parseQuietly(String text) {
        try {
            return new SparkSqlParser().parseExpression(text);
        } catch (Exception e) { // keywords fail to parse as an expression
            return null;
        }
    }
}
