package org.circuitsweep.jobs.report;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.circuitsweep.jobs.io.Manifest;

/**
 * Everything the page and {@code report.json} are drawn from. Only aggregates of bounded size are
 * here (counts per class, at most {@link Binning#MAX_BINS} bins per histogram axis, a few example
 * variants), never rows of the models table, so a report of 20 million models is as small as one
 * of 60.
 *
 * @param total        rows in the models table
 * @param classes      models per class, in class order (classes with no model included)
 * @param parameters   the swept parameters that are drawn, in spec order (fixed ones are left out)
 * @param fixed        parameters with a single value, column → value
 * @param histograms   per class (with at least one model) and drawn parameter
 * @param maps         per named pair and class
 * @param featureClass the class whose features are drawn ({@link ReportKind#featureClass()})
 * @param features     distributions of the features of the {@code featureClass} models
 * @param combinations classes per neuron combination, or null when the table does not name neurons
 * @param tags         models per boolean tag column, per class; empty when the table has none
 * @param examples     re-simulated example variants, per class in class order, variant order within
 * @param provenance   where the numbers come from
 */
public record ReportData(long total, List<ClassCount> classes, List<Binning> parameters, Map<String, Double> fixed,
                         List<Histogram> histograms, List<DensityMap> maps, String featureClass,
                         List<FeatureSummary> features, Combinations combinations, List<TagCount> tags,
                         List<Example> examples, Provenance provenance) {

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
     * One feature over the models of the feature class where it is not null: n, range,
     * approximate quantiles ({@code percentile_approx}) and a histogram over [min, max].
     */
    public record FeatureSummary(String feature, long n, double min, double p05, double median, double p95, double max,
                                 Histogram histogram) {
    }

    /** Models whose boolean tag column is true, per class in class order, and in all. */
    public record TagCount(String tag, Map<String, Long> byClass, long total) {

        public TagCount {
            byClass = Collections.unmodifiableMap(new LinkedHashMap<>(byClass));
        }
    }

    /**
     * The networks of the most frequent neuron combinations (by pyloric, then pyloric-like networks).
     *
     * @param count the number of distinct combinations in the table
     * @param top   at most {@code ReportQueries.TOP_COMBINATIONS} of them
     */
    public record Combinations(long count, List<Combination> top) {

        public Combinations {
            top = List.copyOf(top);
        }
    }

    /** Networks of one (AB/PD, LP, PY) neuron combination: all, pyloric and pyloric-like. */
    public record Combination(String abpd, String lp, String py, long networks, long pyloric, long pyloricLike) {
    }

    /**
     * One variant simulated again from (spec, seed, index), never read from storage: its stored
     * class, the class of the new run (equal unless the engine changed), what it is (its
     * parameters, or its neurons and strengths) and each cell's V over the analysis window.
     *
     * @param description column → value of what identifies the variant, in table order
     */
    public record Example(String group, long variant, Map<String, Object> description, String resimulatedClass,
                          double windowStartMs, double windowEndMs, List<CellTrace> cells) {

        public Example {
            description = Collections.unmodifiableMap(new LinkedHashMap<>(description));
            cells = List.copyOf(cells);
        }
    }

    /**
     * V of one cell over the analysis window, reduced to the minimum and maximum of each time bucket
     * so that spikes stay visible.
     *
     * @param cell the cell's name in the circuit, or empty for a single neuron
     */
    public record CellTrace(String cell, double[] tMs, double[] vMv) {

        public CellTrace {
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
            sweepsRow = Collections.unmodifiableMap(new LinkedHashMap<>(sweepsRow));
        }
    }
}
