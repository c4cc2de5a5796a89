package org.circuitsweep.jobs.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.spark.sql.SparkSession;
import org.circuitsweep.jobs.io.Manifest;
import org.circuitsweep.jobs.report.ParameterPairs.Pair;
import org.circuitsweep.jobs.report.ReportData.ClassCount;
import org.circuitsweep.jobs.report.ReportData.DensityMap;
import org.circuitsweep.jobs.report.ReportData.Example;
import org.circuitsweep.jobs.report.ReportData.Histogram;
import org.circuitsweep.jobs.spec.SweepSpec;

/**
 * Gathers a report: the aggregates from {@link ReportQueries}, ordered by class, and the examples
 * simulated again by {@link ExampleTraces}. The bins of each parameter come from the spec.
 *
 * @param manifest      the output's manifest
 * @param kind          what the output's kind of table is drawn as
 * @param pairs         the density maps to draw
 * @param examples      example variants per class
 * @param reportVersion the version of this build, for the provenance
 */
public record ReportBuilder(Manifest manifest, ReportKind kind, List<Pair> pairs, int examples, String reportVersion) {

    /**
     * Runs the queries over the views registered in {@code spark} and simulates the examples.
     *
     * @param spec the output's spec, resolved (see {@code CellSelections}) when examples are asked for
     */
    public ReportData build(SparkSession spark, SweepSpec spec) {
        ReportQueries queries = new ReportQueries(spark);
        List<ClassCount> classes = queries.classCounts(kind.classOrder());
        List<String> classOrder = classes.stream().map(ClassCount::label).toList();
        long total = classes.stream().mapToLong(ClassCount::models).sum();

        Map<String, Double> fixed = new LinkedHashMap<>();
        List<Binning> drawn = new ArrayList<>();
        Map<String, Binning> mapAxes = new LinkedHashMap<>();
        for (ReportKind.Parameter p : kind.parameters()) {
            if (p.swept()) {
                drawn.add(Binning.of(p.column(), p.dimension(), Binning.binsFor(total, 1)));
                mapAxes.put(p.column(), Binning.of(p.column(), p.dimension(), Binning.binsFor(total, 2)));
            } else {
                fixed.put(p.column(), p.dimension().quantile(0));
            }
        }
        List<Histogram> histograms = inClassOrder(queries.histograms(drawn, null), Histogram::group, classOrder);
        List<Binning[]> mapped = pairs.stream().map(p -> new Binning[] {mapAxes.get(p.x()), mapAxes.get(p.y())}).toList();
        List<DensityMap> maps = inClassOrder(queries.densityMaps(mapped), DensityMap::group, classOrder);

        List<Example> simulated = new ArrayList<>();
        if (examples > 0) {
            ExampleTraces traces = new ExampleTraces(spec, kind);
            for (ClassCount c : classes) {
                if (c.models() > 0) {
                    queries.firstVariants(c.label(), examples).forEach(v -> simulated.add(traces.simulate(c.label(), v)));
                }
            }
        }
        return new ReportData(total, classes, drawn, fixed, histograms, maps, kind.featureClass(),
                queries.features(kind.featureClass(), kind.featureColumns()),
                kind.hasNeuronCombinations() ? queries.combinations() : null, queries.tags(classOrder), simulated,
                new ReportData.Provenance(manifest, queries.sweepsRow(), spec.text(), reportVersion));
    }

    /** Sorted by class order; the sort is stable, so within a class the query's order (parameter, pair) stays. */
    private static <T> List<T> inClassOrder(List<T> items, Function<T, String> group, List<String> classOrder) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(t -> classOrder.indexOf(group.apply(t))));
        return sorted;
    }
}
