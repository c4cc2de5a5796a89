package org.circuitsweep.jobs.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.circuitsweep.jobs.io.SweepTables;
import org.circuitsweep.jobs.report.ReportData.ClassCount;
import org.circuitsweep.jobs.report.ReportData.Combination;
import org.circuitsweep.jobs.report.ReportData.Combinations;
import org.circuitsweep.jobs.report.ReportData.DensityMap;
import org.circuitsweep.jobs.report.ReportData.FeatureSummary;
import org.circuitsweep.jobs.report.ReportData.Histogram;
import org.circuitsweep.jobs.report.ReportData.TagCount;

/**
 * The aggregations of a report, each one Spark SQL query over the {@code models} and
 * {@code sweeps} views ({@link SweepTables#register}). Every query groups on the executors and
 * returns a bounded result (a row per class, per bin or per tag, or k variants), so nothing the
 * size of the table reaches the driver. Several columns are binned in one pass over the table with
 * {@code stack}, which turns each row into one (column, bin) row per column before the grouping.
 */
public final class ReportQueries {

    /** Neuron combinations listed; the rest are counted. */
    public static final int TOP_COMBINATIONS = 30;

    private static final String CLASS = Binning.quote("class");

    private final SparkSession spark;

    /** Queries the views that {@link SweepTables#register} made in {@code spark}. */
    public ReportQueries(SparkSession spark) {
        this.spark = spark;
    }

    /** Models per class: every label of {@code order} (zeros included) in that order, then any other label found. */
    public List<ClassCount> classCounts(List<String> order) {
        Map<String, Long> counted = new HashMap<>();
        for (Row r : spark.sql("SELECT " + CLASS + ", count(*) AS n FROM models GROUP BY " + CLASS).collectAsList()) {
            counted.put(r.getString(0), r.getLong(1));
        }
        List<ClassCount> result = new ArrayList<>();
        order.forEach(label -> result.add(new ClassCount(label, counted.getOrDefault(label, 0L))));
        counted.keySet().stream().filter(l -> !order.contains(l)).sorted()
                .forEach(label -> result.add(new ClassCount(label, counted.get(label))));
        return result;
    }

    /**
     * Histograms of {@code binnings} per class, in one pass:
     * {@code SELECT class, c, bin, count(*) FROM (SELECT class, stack(n, 0, bin0, 1, bin1, ...)) GROUP BY ...}.
     * Rows where a column is null are not counted in its histogram.
     *
     * @param onlyClass count only the models of this class, or null for every class
     * @return one histogram per (class with a counted row, binning), in binning order
     */
    public List<Histogram> histograms(List<Binning> binnings, String onlyClass) {
        if (binnings.isEmpty()) {
            return List.of();
        }
        StringBuilder stack = new StringBuilder("stack(" + binnings.size());
        for (int i = 0; i < binnings.size(); i++) {
            stack.append(", ").append(i).append(", ").append(binnings.get(i).sql());
        }
        String sql = "SELECT " + CLASS + ", c, bin, count(*) AS n FROM (SELECT " + CLASS + ", " + stack
                + ") AS (c, bin) FROM models" + (onlyClass == null ? "" : " WHERE " + CLASS + " = :class")
                + ") WHERE bin IS NOT NULL GROUP BY " + CLASS + ", c, bin";
        Map<String, long[][]> byClass = new LinkedHashMap<>();
        for (Row r : query(sql, onlyClass)) {
            long[][] counts = byClass.computeIfAbsent(r.getString(0), k -> new long[binnings.size()][]);
            int c = r.getInt(1);
            if (counts[c] == null) {
                counts[c] = new long[binnings.get(c).bins()];
            }
            counts[c][r.getInt(2)] = r.getLong(3);
        }
        List<Histogram> result = new ArrayList<>();
        byClass.forEach((group, counts) -> {
            for (int c = 0; c < binnings.size(); c++) {
                long[] bins = counts[c] == null ? new long[binnings.get(c).bins()] : counts[c];
                result.add(new Histogram(group, binnings.get(c), bins));
            }
        });
        return result;
    }

    /** 2-D histograms of each (x, y) pair per class, in one pass, like {@link #histograms}. */
    public List<DensityMap> densityMaps(List<Binning[]> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        StringBuilder stack = new StringBuilder("stack(" + pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            stack.append(", ").append(i).append(", ").append(pairs.get(i)[0].sql()).append(", ").append(pairs.get(i)[1].sql());
        }
        String sql = "SELECT " + CLASS + ", p, x, y, count(*) AS n FROM (SELECT " + CLASS + ", " + stack
                + ") AS (p, x, y) FROM models) GROUP BY " + CLASS + ", p, x, y";
        Map<String, long[][][]> byClass = new LinkedHashMap<>();
        for (Row r : query(sql, null)) {
            long[][][] maps = byClass.computeIfAbsent(r.getString(0), k -> new long[pairs.size()][][]);
            int p = r.getInt(1);
            if (maps[p] == null) {
                maps[p] = new long[pairs.get(p)[0].bins()][pairs.get(p)[1].bins()];
            }
            maps[p][r.getInt(2)][r.getInt(3)] = r.getLong(4);
        }
        List<DensityMap> result = new ArrayList<>();
        for (int p = 0; p < pairs.size(); p++) {
            for (Map.Entry<String, long[][][]> e : byClass.entrySet()) {
                if (e.getValue()[p] != null) {
                    result.add(new DensityMap(e.getKey(), pairs.get(p)[0], pairs.get(p)[1], e.getValue()[p]));
                }
            }
        }
        return result;
    }

    /**
     * Range, approximate 5/50/95 % quantiles and a histogram over [min, max] of each feature
     * column over the models of one class: one query for the ranges, one for every histogram.
     * Features with no non-null value in the class are left out.
     */
    public List<FeatureSummary> features(String group, List<String> columns) {
        List<String> present = columns.stream().filter(this::hasColumn).toList();
        if (present.isEmpty()) {
            return List.of();
        }
        // As doubles, whatever numeric type the column has (spikes is an int, for instance).
        String aggregates = present.stream().map(c -> "CAST(" + Binning.quote(c) + " AS DOUBLE)")
                .map(c -> "count(" + c + "), min(" + c + "), max(" + c + "), percentile_approx(" + c + ", array(0.05D, 0.5D, 0.95D))")
                .collect(Collectors.joining(", "));
        Row r = query("SELECT " + aggregates + " FROM models WHERE " + CLASS + " = :class", group).get(0);
        List<Integer> withValues = IntStream.range(0, present.size()).filter(i -> r.getLong(4 * i) > 0).boxed().toList();
        List<Binning> binnings = withValues.stream().map(i -> Binning.linear(present.get(i), r.getDouble(4 * i + 1),
                r.getDouble(4 * i + 2), Binning.binsFor(r.getLong(4 * i), 1))).toList();
        // One class with rows in every binning: one histogram per binning, in binning order.
        List<Histogram> histograms = histograms(binnings, group);
        List<FeatureSummary> result = new ArrayList<>();
        for (int j = 0; j < withValues.size(); j++) {
            int i = withValues.get(j);
            List<Double> q = r.getList(4 * i + 3);
            result.add(new FeatureSummary(present.get(i), r.getLong(4 * i), r.getDouble(4 * i + 1), q.get(0), q.get(1),
                    q.get(2), r.getDouble(4 * i + 2), histograms.get(j)));
        }
        return result;
    }

    /**
     * Networks, pyloric and pyloric-like networks per (AB/PD, LP, PY) neuron combination, the
     * {@link #TOP_COMBINATIONS} with most pyloric networks, and how many combinations there are
     * (a window over the grouped rows): a grid of P04 neurons has 150, a selection from a neuron
     * sweep may have far more.
     */
    public Combinations combinations() {
        List<Row> rows = spark.sql("SELECT abpd_neuron, lp_neuron, py_neuron, count(*) AS networks, "
                + "count_if(" + CLASS + " = 'pyloric') AS pyloric, count_if(" + CLASS + " = 'pyloric-like') AS pyloric_like, "
                + "count(*) OVER () AS combinations FROM models GROUP BY abpd_neuron, lp_neuron, py_neuron "
                + "ORDER BY pyloric DESC, pyloric_like DESC, networks DESC, abpd_neuron, lp_neuron, py_neuron "
                + "LIMIT " + TOP_COMBINATIONS).collectAsList();
        return new Combinations(rows.isEmpty() ? 0 : rows.get(0).getLong(6), rows.stream()
                .map(r -> new Combination(r.getString(0), r.getString(1), r.getString(2), r.getLong(3), r.getLong(4),
                        r.getLong(5))).toList());
    }

    /** The {@code k} smallest variant indices of a class: a top-k per partition, never a sort of the table. */
    public List<Long> firstVariants(String group, int k) {
        return query("SELECT variant FROM models WHERE " + CLASS + " = :class ORDER BY variant LIMIT " + k, group)
                .stream().map(r -> r.getLong(0)).toList();
    }

    /** The boolean columns of models (outcome tags), counted true per class; empty when there are none. */
    public List<TagCount> tags(List<String> classOrder) {
        List<String> tags = Arrays.stream(spark.table(SweepTables.MODELS).schema().fields())
                .filter(f -> f.dataType() instanceof BooleanType).map(StructField::name).toList();
        if (tags.isEmpty()) {
            return List.of();
        }
        String counts = tags.stream().map(t -> "count_if(" + Binning.quote(t) + ")").collect(Collectors.joining(", "));
        Map<String, Row> byClass = new HashMap<>();
        for (Row r : spark.sql("SELECT " + CLASS + ", " + counts + " FROM models GROUP BY " + CLASS).collectAsList()) {
            byClass.put(r.getString(0), r);
        }
        List<TagCount> result = new ArrayList<>();
        for (int t = 0; t < tags.size(); t++) {
            Map<String, Long> perClass = new LinkedHashMap<>();
            long total = 0;
            for (String label : classOrder) {
                Row r = byClass.get(label);
                long n = r == null ? 0 : r.getLong(t + 1);
                perClass.put(label, n);
                total += n;
            }
            result.add(new TagCount(tags.get(t), perClass, total));
        }
        return result;
    }

    /** The columns of the one sweeps row, in table order; empty when no run has finished yet. */
    public Map<String, Object> sweepsRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        if (!spark.catalog().tableExists(SweepTables.SWEEPS)) {
            return row;
        }
        List<Row> rows = spark.sql("SELECT * FROM sweeps LIMIT 1").collectAsList();
        if (!rows.isEmpty()) {
            Row r = rows.get(0);
            StructField[] fields = r.schema().fields();
            for (int i = 0; i < fields.length; i++) {
                DataType type = fields[i].dataType();
                Object v = r.isNullAt(i) ? null
                        : type instanceof MapType ? new LinkedHashMap<>(r.getJavaMap(i))
                        : type instanceof ArrayType ? r.getList(i)
                        : r.get(i) instanceof java.sql.Timestamp t ? t.toInstant()
                        : r.get(i);
                row.put(fields[i].name(), v);
            }
        }
        return row;
    }

    private boolean hasColumn(String column) {
        return Arrays.asList(spark.table(SweepTables.MODELS).columns()).contains(column);
    }

    /** Runs {@code sql}, with {@code :class} bound to {@code group} when given, and collects its (small) result. */
    private List<Row> query(String sql, String group) {
        return (group == null ? spark.sql(sql) : spark.sql(sql, Map.<String, Object>of("class", group))).collectAsList();
    }
}
