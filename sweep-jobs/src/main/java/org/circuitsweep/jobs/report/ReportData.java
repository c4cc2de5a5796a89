package org.circuitsweep.jobs.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.circuitsweep.jobs.io.Manifest;

/**
 * Everything the page and {@code report.json} are drawn from. Only aggregates of bounded size are
 * here (counts per class, at most {@link Binning#MAX_BINS} bins per histogram axis, a few example
 * variants), never rows of the models table, so a report of 20 million models is as small as one
 * of 60.
 *
 * @param total      rows in the models table
 * @param classes    models per class, in class order (classes with no model included)
 * @param parameters the swept parameters that are drawn, in spec order (fixed ones are left out)
 * @param fixed      parameters with a single value, name → value
 * @param histograms per class (with at least one model) and drawn parameter
 * @param maps       per named pair and class
 * @param features   distributions of the burst features of {@link #FEATURE_CLASS} models
 * @param tags       models per boolean tag column, per class; empty when the table has none
 * @param examples   re-simulated example variants, per class in class order, variant order within
 * @param provenance where the numbers come from
 */
public record ReportData(long total, List<ClassCount> classes, List<Binning> parameters, Map<String, Double> fixed,
                         List<Histogram> histograms, List<DensityMap> maps, List<FeatureSummary> features,
                         List<TagCount> tags, List<Example> examples, Provenance provenance) {

    /** The class whose features are drawn: Prinz 2003 drew the degeneracy of bursters. */
    public static final String FEATURE_CLASS = "bursting";
    /** The burst features whose distributions are drawn, as named in the models table. */
    public static final List<String> FEATURE_COLUMNS = List.of("period_ms", "duty_cycle", "spikes_per_burst");

    public ReportData {
        classes = List.copyOf(classes);
        parameters = List.copyOf(parameters);
        fixed = Map.copyOf(fixed);
        histograms = List.copyOf(histograms);
        maps = List.copyOf(maps);
        features = List.copyOf(features);
        tags = List.copyOf(tags);
        examples = List.copyOf(examples);
    }

    /** The classes with at least one model, in class order. */
    public List<ClassCount> presentClasses() {
        return classes.stream().filter(c -> c.models() > 0).toList();
    }

    /** Models of one class. */
    public record ClassCount(String label, long models) {

        public double fraction(long total) {
            return total == 0 ? 0 : (double) models / total;
        }
    }

    /** Models of class {@code group} per bin of one column. */
    public record Histogram(String group, Binning binning, long[] counts) {

        public Histogram {
            counts = counts.clone();
        }

        public long total() {
            return Arrays.stream(counts).sum();
        }
    }

    /** Models of class {@code group} per cell of two parameters: {@code counts[xBin][yBin]}. */
    public record DensityMap(String group, Binning x, Binning y, long[][] counts) {

        public DensityMap {
            counts = Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new);
        }

        public long total() {
            return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
        }

        public long max() {
            return Arrays.stream(counts).flatMapToLong(Arrays::stream).max().orElse(0);
        }
    }

    /**
     * One feature over the models of {@link #FEATURE_CLASS} where it is not null: n, range,
     * approximate quantiles ({@code percentile_approx}) and a histogram over [min, max].
     */
    public record FeatureSummary(String feature, long n, double min, double p05, double median, double p95, double max,
                                 Histogram histogram) {
    }

    /** Models whose boolean tag column is true, per class in class order, and in all. */
    public record TagCount(String tag, Map<String, Long> byClass, long total) {

        public TagCount {
            byClass = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byClass));
        }
    }

    /**
     * One variant simulated again from (spec, seed, index), never read from storage: its stored
     * class, the class of the new run (equal unless the engine changed), and V over the analysis
     * window, reduced to the minimum and maximum of each time bucket so spikes stay visible.
     */
    public record Example(String group, long variant, double[] parameterValues, String resimulatedClass,
                          double windowStartMs, double windowEndMs, double[] tMs, double[] vMv) {

        public Example {
            parameterValues = parameterValues.clone();
            tMs = tMs.clone();
            vMv = vMv.clone();
        }
    }

    /**
     * @param manifest      the output's manifest
     * @param sweepsRow     the columns of the sweeps row (written when a run or resume finishes), in
     *                      table order; empty when no run has finished
     * @param specText      the spec as stored with the output
     * @param reportVersion the version of circuit-sweep that re-simulated the examples
     */
    public record Provenance(Manifest manifest, Map<String, Object> sweepsRow, String specText, String reportVersion) {

        public Provenance {
            sweepsRow = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sweepsRow));
        }
    }
}
