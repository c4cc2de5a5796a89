package org.circuitsweep.jobs.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.circuitsweep.jobs.io.ExperimentManifest;

/**
 * Everything an experiment's report page and {@code report.json} are drawn from: counts per level,
 * per class transition and per parameter bin, never rows, so the report of a million units is as
 * small as that of a hundred.
 *
 * @param manifest    the experiment's manifest
 * @param specText    the experiment spec as stored with the output
 * @param units       rows of the experiments table
 * @param classOrder  the classes found before or after, in the order the sweep prints them
 * @param levels      every level of every condition, in condition and level order
 * @param transitions units per (level, class before, class after), for the pairs that occur
 * @param robustness  per condition: variants kept at every level (robust) and the others (fragile)
 * @param parameters  the base's swept parameters that take more than one value in the selection
 * @param fixed       parameters with a single value in the selection, column → value
 * @param histograms  per condition, group (robust or fragile) and parameter
 * @param reportVersion the version of circuit-sweep that made the report
 */
public record ExperimentReportData(ExperimentManifest manifest, String specText, long units, List<String> classOrder,
                                   List<Level> levels, List<Transition> transitions, List<Robustness> robustness,
                                   List<Binning> parameters, Map<String, Double> fixed, List<Histogram> histograms,
                                   String reportVersion) {

    public ExperimentReportData {
        classOrder = List.copyOf(classOrder);
        levels = List.copyOf(levels);
        transitions = List.copyOf(transitions);
        robustness = List.copyOf(robustness);
        parameters = List.copyOf(parameters);
        fixed = Map.copyOf(fixed);
        histograms = List.copyOf(histograms);
    }

    /** The group of the variants of a condition that kept their class at every level. */
    public static final String ROBUST = "robust";
    /** ... and of those that changed class at some level. */
    public static final String FRAGILE = "fragile";

    /**
     * One level of one condition.
     *
     * @param level the numeric level, or null where the perturbation has none
     * @param kept  units whose class after equals the class before
     */
    public record Level(int condition, int levelIndex, String perturbation, String kind, String target, Double level,
                        long units, long kept) {

        public double keptShare() {
            return units == 0 ? 0 : (double) kept / units;
        }
    }

    /** Units of one level that went from {@code before} to {@code after}. */
    public record Transition(int condition, int levelIndex, String before, String after, long units) {
    }

    /** The variants of one condition: robust (kept at every level) and fragile. */
    public record Robustness(int condition, long robust, long fragile) {
    }

    /**
     * One histogram of a parameter over the robust or fragile variants of a condition.
     *
     * @param group {@link #ROBUST} or {@link #FRAGILE}
     */
    public record Histogram(int condition, String group, Binning binning, long[] counts) {

        public Histogram {
            counts = counts.clone();
        }

        public long total() {
            return java.util.Arrays.stream(counts).sum();
        }
    }

    /** The levels of one condition. */
    public List<Level> levelsOf(int condition) {
        return levels.stream().filter(l -> l.condition() == condition).toList();
    }

    /** The transitions of one level. */
    public List<Transition> transitionsOf(int condition, int levelIndex) {
        return transitions.stream().filter(t -> t.condition() == condition && t.levelIndex() == levelIndex).toList();
    }

    public Optional<Robustness> robustnessOf(int condition) {
        return robustness.stream().filter(r -> r.condition() == condition).findFirst();
    }

    /** The histograms of one condition and group, in parameter order. */
    public List<Histogram> histogramsOf(int condition, String group) {
        return histograms.stream().filter(h -> h.condition() == condition && h.group().equals(group)).toList();
    }
}
