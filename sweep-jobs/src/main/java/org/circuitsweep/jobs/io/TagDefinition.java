package org.circuitsweep.jobs.io;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * A user-defined tag: a named Spark SQL condition on the columns of one {@code models} row. Its
 * value is the condition with NULL taken as false, as a WHERE clause takes it, so that
 * {@code WHERE tag} and {@code WHERE (expression)} select the same rows. Whether the expression is
 * valid is checked by {@code org.circuitsweep.jobs.tag}; this record only holds it. Immutable.
 *
 * @param name       the column name, [A-Za-z_][A-Za-z0-9_]*
 * @param expression the condition as written (stripped of surrounding blanks)
 * @param source     where it was defined
 */
public record TagDefinition(String name, String expression, Source source) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Where a tag was defined: in the sweep spec, or afterwards by {@code sweep tag}. */
    public enum Source {
        SPEC("spec"), ADDED("added");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Source fromLabel(String label) {
            return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("unknown tag source '" + label + "'; allowed: spec, added"));
        }
    }

    public TagDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("tag name '" + name + "': allowed [A-Za-z_][A-Za-z0-9_]*");
        }
        if (expression == null || expression.isBlank() || source == null) {
            throw new IllegalArgumentException("tag " + name + ": needs an expression and a source");
        }
        expression = expression.strip();
    }

    /** Whether {@code text} has the form of a tag name (the other rules need the columns and tags). */
    public static boolean isName(String text) {
        return text != null && NAME.matcher(text).matches();
    }

    /** The tag's value on a models row: {@code coalesce((expression), false) AS name}. */
    public Column value() {
        return functions.coalesce(functions.expr(expression), functions.lit(false)).as(name);
    }
}
