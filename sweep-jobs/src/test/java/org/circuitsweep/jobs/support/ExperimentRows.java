package org.circuitsweep.jobs.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The experiments and selection tables of an experiment output, read by Spark, sorted by unit (or variant). */
public final class ExperimentRows {

    private ExperimentRows() {
    }

    /** Every row as exact text (doubles as the hex of their bits), sorted by unit: equal lists, bit-identical tables. */
    public static List<String> exact(Path output) {
        return ModelRows.exactLines(SharedSpark.get().read().parquet(output.resolve("experiments").toUri().toString())
                .orderBy("unit").collectAsList());
    }

    /** The experiments table, one column → value map per row, sorted by unit. */
    public static List<Map<String, Object>> of(Path output) {
        return TableRows.maps(SharedSpark.get().read().parquet(output.resolve("experiments").toUri().toString())
                .orderBy("unit").collectAsList());
    }

    /** The selection table, sorted by variant. */
    public static List<Map<String, Object>> selection(Path output) {
        return TableRows.maps(SharedSpark.get().read().parquet(output.resolve("selection").toUri().toString())
                .orderBy("variant").collectAsList());
    }
}
