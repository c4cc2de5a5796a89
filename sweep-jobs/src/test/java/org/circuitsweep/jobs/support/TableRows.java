package org.circuitsweep.jobs.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;

/** The models table of an output read by Spark, one column → value map per row, sorted by variant. */
public final class TableRows {

    private TableRows() {
    }

    public static List<Map<String, Object>> of(Path output) {
        return maps(SharedSpark.get().read().parquet(output.resolve("models").toUri().toString()).orderBy("variant")
                .collectAsList());
    }

    /** Each row as a column → value map, in column order. */
    public static List<Map<String, Object>> maps(List<Row> rows) {
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
