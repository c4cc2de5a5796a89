package org.circuitsweep.jobs.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;

/** The experiments and selection tables of an experiment output, read by Spark, sorted by unit (or variant). */
public final class ExperimentRows {

    private ExperimentRows() {
    }

    /** Every row as exact text (doubles as the hex of their bits), sorted by unit: equal lists, bit-identical tables. */
    public static List<String> exact(Path output) {
        List<Row> rows = SharedSpark.get().read().parquet(output.resolve("experiments").toUri().toString())
                .orderBy("unit").collectAsList();
        List<String> lines = new ArrayList<>(rows.size());
        for (Row r : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < r.length(); i++) {
                Object v = r.get(i);
                b.append(r.schema().fields()[i].name()).append('=')
                        .append(v instanceof Double d ? Long.toHexString(Double.doubleToRawLongBits(d)) : String.valueOf(v))
                        .append(' ');
            }
            lines.add(b.toString());
        }
        return lines;
    }

    /** The experiments table, one column → value map per row, sorted by unit. */
    public static List<Map<String, Object>> of(Path output) {
        return maps(SharedSpark.get().read().parquet(output.resolve("experiments").toUri().toString())
                .orderBy("unit").collectAsList());
    }

    /** The selection table, sorted by variant. */
    public static List<Map<String, Object>> selection(Path output) {
        return maps(SharedSpark.get().read().parquet(output.resolve("selection").toUri().toString())
                .orderBy("variant").collectAsList());
    }

    private static List<Map<String, Object>> maps(List<Row> rows) {
        List<Map<String, Object>> maps = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String column : r.schema().fieldNames()) {
                m.put(column, r.getAs(column));
            }
            maps.add(m);
        }
        return maps;
    }
}
