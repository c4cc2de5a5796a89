package org.circuitsweep.jobs.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The models table of an output as exact text, one line per row sorted by variant: doubles as
 * the hex of their raw bits, so two tables are equal only if every value is bit-identical.
 */
public final class ModelRows {

    private ModelRows() {
    }

    public static List<String> of(SparkSession spark, Path output) {
        return exactLines(spark.read().parquet(output.resolve("models").toUri().toString()).orderBy("variant").collectAsList());
    }

    /** Each row as exact text, doubles as the hex of their bits: equal lists, bit-identical rows. */
    public static List<String> exactLines(List<Row> rows) {
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

    /** The variant column of each line. */
    public static List<Long> variants(List<String> lines) {
        return lines.stream().map(l -> Long.parseLong(l.replaceFirst(".*?\\bvariant=(\\d+) .*", "$1"))).toList();
    }
}
