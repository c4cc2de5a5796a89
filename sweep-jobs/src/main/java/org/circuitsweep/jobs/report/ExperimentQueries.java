package org.circuitsweep.jobs.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.classify.NetworkClass;
import org.circuitsweep.jobs.io.ExperimentManifest;
import org.circuitsweep.jobs.io.ExperimentTables;
import org.circuitsweep.jobs.io.TableSchemas;
import org.circuitsweep.jobs.report.ExperimentReportData.Histogram;
import org.circuitsweep.jobs.report.ExperimentReportData.Level;
import org.circuitsweep.jobs.report.ExperimentReportData.Robustness;
import org.circuitsweep.jobs.report.ExperimentReportData.Transition;

/**
 * The aggregations of an experiment's report, each one Spark SQL query over the
 * {@code experiments} and {@code selection} views ({@link ExperimentTables#register}), grouping on
 * the executors and returning a row per level, per transition or per bin. A variant is robust
 * under a condition when it kept its class at every level of it: {@code bool_and(kept)} grouped by
 * (condition, variant), joined to the selection for its parameters.
 */
public final class ExperimentQueries {

    /** Per condition and variant: whether every level kept the class. */
    static final String ROBUSTNESS = "SELECT condition, variant, bool_and(kept) AS robust FROM experiments "
            + "GROUP BY condition, variant";

    private final SparkSession spark;

    public ExperimentQueries(SparkSession spark) {
        this.spark = spark;
    }

    /** Builds the report's data from the registered views. */
    public ExperimentReportData build(ExperimentManifest manifest, String specText, String reportVersion) {
        List<Level> levels = levels();
        List<Transition> transitions = transitions();
        Map<String, Double> fixed = new LinkedHashMap<>();
        List<Binning> parameters = parameters(fixed);
        long units = levels.stream().mapToLong(Level::units).sum();
        return new ExperimentReportData(manifest, specText, units, classOrder(transitions), levels, transitions,
                robustness(), parameters, fixed, histograms(parameters), reportVersion);
    }

    List<Level> levels() {
        return spark.sql("SELECT condition, level_index, first(perturbation), first(kind), first(target), first(level), "
                        + "count(*), count_if(kept) FROM experiments GROUP BY condition, level_index "
                        + "ORDER BY condition, level_index").collectAsList().stream()
                .map(r -> new Level(r.getInt(0), r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                        r.isNullAt(5) ? null : r.getDouble(5), r.getLong(6), r.getLong(7))).toList();
    }

    List<Transition> transitions() {
        return spark.sql("SELECT condition, level_index, class_before, class_after, count(*) FROM experiments "
                        + "GROUP BY condition, level_index, class_before, class_after "
                        + "ORDER BY condition, level_index, class_before, class_after").collectAsList().stream()
                .map(r -> new Transition(r.getInt(0), r.getInt(1), r.getString(2), r.getString(3), r.getLong(4))).toList();
    }

    List<Robustness> robustness() {
        Map<Integer, long[]> counts = new LinkedHashMap<>();
        for (Row r : spark.sql("SELECT condition, robust, count(*) FROM (" + ROBUSTNESS + ") GROUP BY condition, robust "
                + "ORDER BY condition").collectAsList()) {
            counts.computeIfAbsent(r.getInt(0), c -> new long[2])[r.getBoolean(1) ? 0 : 1] = r.getLong(2);
        }
        List<Robustness> result = new ArrayList<>();
        counts.forEach((c, n) -> result.add(new Robustness(c, n[0], n[1])));
        return result;
    }

    /**
     * The base's swept parameters as the selection holds them: the non-null double columns between
     * {@code variant} and {@code class} (conductances of a neuron sweep, strengths of a network
     * sweep, a circuit's parameters), binned over their values in the selection: one bin per
     * value for at most {@link Binning#MAX_BINS} values, else equal bins over [min, max].
     */
    List<Binning> parameters(Map<String, Double> fixed) {
        StructField[] fields = spark.table(ExperimentTables.SELECTION).schema().fields();
        List<String> columns = new ArrayList<>();
        boolean between = false;
        for (StructField f : fields) {
            if (f.name().equals(TableSchemas.CLASS)) {
                break;
            }
            if (between && f.dataType().equals(DataTypes.DoubleType)) {
                columns.add(f.name());
            }
            between |= f.name().equals(TableSchemas.VARIANT);
        }
        if (columns.isEmpty()) {
            return List.of();
        }
        StringBuilder select = new StringBuilder("SELECT count(*)");
        for (String c : columns) {
            String q = Binning.quote(c);
            select.append(", min(").append(q).append("), max(").append(q).append("), count(DISTINCT ").append(q)
                    .append("), slice(array_sort(collect_set(").append(q).append(")), 1, ").append(Binning.MAX_BINS + 1)
                    .append(")");
        }
        Row r = spark.sql(select + " FROM selection").collectAsList().get(0);
        long rows = r.getLong(0);
        List<Binning> binnings = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int at = 1 + 4 * i;
            long distinct = r.getLong(at + 2);
            if (distinct <= 1) {
                fixed.put(columns.get(i), r.isNullAt(at) ? null : r.getDouble(at));
            } else if (distinct <= Binning.MAX_BINS) {
                double[] values = r.<Double>getList(at + 3).stream().mapToDouble(Double::doubleValue).toArray();
                binnings.add(new Binning(columns.get(i), Binning.Scale.VALUES, values.length, 0, 0, values));
            } else {
                binnings.add(Binning.linear(columns.get(i), r.getDouble(at), r.getDouble(at + 1), Binning.binsFor(rows, 1)));
            }
        }
        return binnings;
    }

    /** Histograms of every parameter per condition and group, in one pass (the stack of {@link ReportQueries}). */
    List<Histogram> histograms(List<Binning> binnings) {
        if (binnings.isEmpty()) {
            return List.of();
        }
        StringBuilder stack = new StringBuilder("stack(" + binnings.size());
        for (int i = 0; i < binnings.size(); i++) {
            stack.append(", ").append(i).append(", ").append(binnings.get(i).sql());
        }
        String sql = "SELECT r.condition, r.robust, s.c, s.bin, count(*) FROM (" + ROBUSTNESS + ") r JOIN (SELECT variant, "
                + stack + ") AS (c, bin) FROM selection) s ON r.variant = s.variant WHERE s.bin IS NOT NULL "
                + "GROUP BY r.condition, r.robust, s.c, s.bin";
        Map<String, long[][]> byGroup = new LinkedHashMap<>();
        for (Row r : spark.sql(sql).collectAsList()) {
            String key = r.getInt(0) + " " + (r.getBoolean(1) ? ExperimentReportData.ROBUST : ExperimentReportData.FRAGILE);
            long[][] counts = byGroup.computeIfAbsent(key, k -> new long[binnings.size()][]);
            int c = r.getInt(2);
            if (counts[c] == null) {
                counts[c] = new long[binnings.get(c).bins()];
            }
            counts[c][r.getInt(3)] = r.getLong(4);
        }
        List<Histogram> result = new ArrayList<>();
        byGroup.keySet().stream().sorted().forEach(key -> {
            int condition = Integer.parseInt(key.substring(0, key.indexOf(' ')));
            String group = key.substring(key.indexOf(' ') + 1);
            long[][] counts = byGroup.get(key);
            for (int c = 0; c < binnings.size(); c++) {
                result.add(new Histogram(condition, group, binnings.get(c),
                        counts[c] == null ? new long[binnings.get(c).bins()] : counts[c]));
            }
        });
        return result;
    }

    /** The classes found, in the order the sweeps print them (neuron classes, then network classes). */
    static List<String> classOrder(List<Transition> transitions) {
        Set<String> found = new HashSet<>();
        transitions.forEach(t -> {
            found.add(t.before());
            found.add(t.after());
        });
        List<String> known = Stream.concat(Arrays.stream(ActivityClass.values()).map(ActivityClass::label),
                Arrays.stream(NetworkClass.values()).map(NetworkClass::label)).distinct().toList();
        List<String> order = new ArrayList<>(known.stream().filter(found::contains).toList());
        found.stream().filter(c -> !order.contains(c)).sorted().forEach(order::add);
        return order;
    }
}
