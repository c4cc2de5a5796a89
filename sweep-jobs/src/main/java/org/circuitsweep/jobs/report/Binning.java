package org.circuitsweep.jobs.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.circuitsweep.engine.sample.Dimension;

/**
 * How one numeric column is cut into at most {@link #MAX_BINS} bins, and the Spark SQL
 * expression that puts a row into its bin. The bins come from the spec where it says how the
 * values were drawn (so a parameter histogram needs no extra pass over the table), otherwise
 * from a min/max query:
 * <ul>
 *   <li>{@code LINEAR}: equal bins of {@code width} from {@code lo}, bin = floor((x − lo)/width);</li>
 *   <li>{@code LOG10}: the same on log10(x), for log-uniform parameters, whose linear histogram
 *       would crowd into the first bins;</li>
 *   <li>{@code VALUES}: one bin per listed value, for grids and ranges of at most {@code MAX_BINS}
 *       values, whose equal-width bins would be mostly empty.</li>
 * </ul>
 * The bin index is clamped into [0, bins), so floating-point rounding at the top edge never loses a
 * row and the bins of a column always sum to its non-null rows.
 *
 * @param column  the column, as named in the models table
 * @param scale   how the bins are laid out
 * @param bins    number of bins, 1..MAX_BINS
 * @param lo      lower edge of bin 0 (on the log10 scale for LOG10); unused for VALUES
 * @param width   bin width (on the log10 scale for LOG10); unused for VALUES
 * @param values  the values, ascending, for VALUES; empty otherwise
 */
public record Binning(String column, Scale scale, int bins, double lo, double width, double[] values) {

    /** Bounds the bins collected per histogram axis: 40 bins, 40×40 cells per density map. */
    public static final int MAX_BINS = 40;

    /** The layout of the bins. */
    public enum Scale { LINEAR, LOG10, VALUES }

    public Binning {
        if (bins < 1 || bins > MAX_BINS) {
            throw new IllegalArgumentException(column + ": " + bins + " bins, allowed 1.." + MAX_BINS);
        }
        values = values.clone();
    }

    /** Whether a parameter takes more than one value: only those have a histogram or a map. */
    public static boolean swept(Dimension d) {
        return d instanceof Dimension.Uniform || d instanceof Dimension.LogUniform
                || d instanceof Dimension.Values v && Arrays.stream(v.values()).distinct().count() > 1;
    }

    /**
     * Bins for a swept parameter from how the spec draws it.
     *
     * @param column the parameter's column in the models table
     * @param bins   the number of equal bins of a continuous parameter, 1..MAX_BINS; a grid of at
     *               most MAX_BINS values always gets one bin per value
     * @throws IllegalArgumentException for a parameter that is not {@link #swept}
     */
    public static Binning of(String column, Dimension d, int bins) {
        if (!swept(d)) {
            throw new IllegalArgumentException(d.name() + " has a single value: nothing to bin");
        }
        if (d instanceof Dimension.Uniform u) {
            return linear(column, u.min(), u.max(), bins);
        }
        if (d instanceof Dimension.LogUniform l) {
            double lo = Math.log10(l.min());
            return new Binning(column, Scale.LOG10, bins, lo, (Math.log10(l.max()) - lo) / bins, new double[0]);
        }
        Dimension.Values v = (Dimension.Values) d;
        double[] distinct = Arrays.stream(v.values()).distinct().sorted().toArray();
        return distinct.length <= MAX_BINS
                ? new Binning(column, Scale.VALUES, distinct.length, 0, 0, distinct)
                : linear(column, distinct[0], distinct[distinct.length - 1], bins);
    }

    /** {@code bins} equal bins over [min, max]; a single bin when min == max. */
    public static Binning linear(String column, double min, double max, int bins) {
        if (!(max > min)) {
            return new Binning(column, Scale.LINEAR, 1, min - 0.5, 1, new double[0]);
        }
        return new Binning(column, Scale.LINEAR, bins, min, (max - min) / bins, new double[0]);
    }

    /**
     * Bins per axis for {@code rows} values spread over {@code dimensions} axes: about
     * rows^(1/(dimensions + 1)) (the square-root rule for histograms), within [5, MAX_BINS], so
     * that a small sweep is not cut into mostly empty cells and a large one stays bounded.
     */
    public static int binsFor(long rows, int dimensions) {
        double perAxis = Math.ceil(Math.pow(Math.max(1, rows), 1.0 / (dimensions + 1)));
        return (int) Math.max(5, Math.min(MAX_BINS, perAxis));
    }

    /** The SQL expression of the bin of a row (an INT in [0, bins)), null where the column is null. */
    public String sql() {
        String x = quote(column);
        String raw = switch (scale) {
            case LINEAR -> "floor((" + x + " - " + literal(lo) + ") / " + literal(width) + ")";
            case LOG10 -> "floor((log10(" + x + ") - " + literal(lo) + ") / " + literal(width) + ")";
            // array_position is 1-based; a value off the grid would give -1 and be clamped into bin 0.
            case VALUES -> "(array_position(array(" + Arrays.stream(values).mapToObj(Binning::literal)
                    .collect(Collectors.joining(", ")) + "), " + x + ") - 1)";
        };
        return "CAST(least(" + (bins - 1) + ", greatest(0, " + raw + ")) AS INT)";
    }

    /** Where bin {@code k} starts on the chart's axis: data units, log10 units, or the value's index. */
    public double axisLower(int k) {
        return scale == Scale.VALUES ? k - 0.5 : lo + k * width;
    }

    /** The width of every bin on the chart's axis. */
    public double axisWidth() {
        return scale == Scale.VALUES ? 1 : width;
    }

    /** The axis label: the column, with the scale when it is not the data's own. */
    public String axisLabel() {
        return scale == Scale.LOG10 ? "log10 " + column : column;
    }

    /** Bin {@code k} in data units, for tables and alt text: "[a, b)" or the grid value. */
    public String label(int k) {
        return switch (scale) {
            case VALUES -> format(values[k]);
            case LINEAR -> "[" + format(lo + k * width) + ", " + format(lo + (k + 1) * width) + ")";
            case LOG10 -> "[" + format(Math.pow(10, lo + k * width)) + ", " + format(Math.pow(10, lo + (k + 1) * width)) + ")";
        };
    }

    /** A column name in backquotes, so any name the schema allows is one SQL identifier. */
    static String quote(String column) {
        return "`" + column.replace("`", "``") + "`";
    }

    /** A DOUBLE literal: Spark SQL reads a plain 1.5 as DECIMAL, 1.5D as the double written. */
    static String literal(double v) {
        return "(" + Double.toString(v) + "D)";
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Binning b && b.column.equals(column) && b.scale == scale && b.bins == bins
                && Double.compare(b.lo, lo) == 0 && Double.compare(b.width, width) == 0 && Arrays.equals(b.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * column.hashCode() + Arrays.hashCode(values) + bins;
    }

    @Override
    public String toString() {
        return "Binning[" + column + " " + scale + " " + bins + (scale == Scale.VALUES ? " " + Arrays.toString(values)
                : " from " + lo + " by " + width) + "]";
    }
}
