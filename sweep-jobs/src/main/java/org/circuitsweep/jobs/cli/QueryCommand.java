package org.circuitsweep.jobs.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.circuitsweep.jobs.io.ExperimentOutput;
import org.circuitsweep.jobs.io.ExperimentTables;
import org.circuitsweep.jobs.io.QueryException;
import org.circuitsweep.jobs.io.SweepOutput;
import org.circuitsweep.jobs.io.SweepTables;
import org.circuitsweep.jobs.io.TagDefinition;
import org.circuitsweep.jobs.spec.SpecLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sweep query DIR SQL}: one read-only Spark SQL query over the tables of a sweep output. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run one read-only Spark SQL query over a sweep output.",
                "The tables are the views 'models' (one row per variant, with a boolean column per tag), "
                        + "'tags' (variant and every tag) and 'sweeps' (one row per output); of an experiment output, "
                        + "'experiments' (one row per variant and perturbation level) and 'selection' (the selected base rows)."})
final class QueryCommand extends SparkCommand {

    /** How results are printed. */
    enum Format { table, csv, json }

    /** Rows the table format prints; the CSV and JSON formats stream every row. */
    static final int TABLE_ROWS = 1000;

    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep or experiment output directory or URI.")
    private String dir;

    @Parameters(index = "1", paramLabel = "SQL", description = "One query, for example \"SELECT class, count(*) FROM models GROUP BY class\".")
    private String sql;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (aligned, first " + TABLE_ROWS + " rows), csv (with a header line) or json (one object per line); default: ${DEFAULT-VALUE}.")
    private Format format;

    private SweepOutput output;
    private ExperimentOutput experiment;
    private List<TagDefinition> specTags;

    @Override
    protected void prepare(Configuration hadoopConf) {
        SweepTables.requireReadOnlyQuery(sql);
        if (ExperimentOutput.isExperiment(dir, hadoopConf)) {
            experiment = ExperimentOutput.at(dir, hadoopConf);
            experiment.requireManifest();
            return;
        }
        output = SweepOutput.at(dir, hadoopConf);
        output.requireManifest();
        specTags = SpecLoader.tags(output.readSpec(), output + "/" + SweepOutput.SPEC);
    }

    @Override
    protected String name() {
        return "query";
    }

    @Override
    protected int run(SparkSession spark) {
        if (experiment != null) {
            ExperimentTables.register(spark, experiment);
        } else {
            SweepTables.register(spark, output, specTags);
        }
        Dataset<Row> result;
        try {
            result = spark.sql(sql);
        } catch (Exception e) { // Scala does not declare the checked AnalysisException
            if (e instanceof AnalysisException) {
                throw new QueryException("SQL: " + SweepTables.firstLine(e.getMessage()));
            }
            throw e;
        }
        switch (format) {
            case table -> table(result);
            case csv -> csv(result);
            // Nulls stay explicit, so every line has every column.
            case json -> result.select(functions.to_json(functions.struct(functions.col("*")),
                            Map.of("ignoreNullFields", "false"))).as(Encoders.STRING())
                    .toLocalIterator().forEachRemaining(out()::println);
        }
        out().flush();
        return 0;
    }

    private void table(Dataset<Row> result) {
        List<Row> rows = asText(result).takeAsList(TABLE_ROWS + 1);
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows.subList(0, Math.min(rows.size(), TABLE_ROWS))) {
            cells.add(cells(r));
        }
        List<Boolean> right = Arrays.stream(result.schema().fields()).map(f -> f.dataType() instanceof NumericType).toList();
        TextTable.print(out(), Arrays.asList(result.columns()), right, cells);
        if (rows.size() > TABLE_ROWS) {
            err().println("(first " + TABLE_ROWS + " rows shown; add LIMIT or use --format csv for all)");
        }
    }

    private void csv(Dataset<Row> result) {
        PrintWriter out = out();
        out.println(String.join(",", Arrays.stream(result.columns()).map(QueryCommand::csvField).toList()));
        for (Iterator<Row> it = asText(result).toLocalIterator(); it.hasNext(); ) {
            out.println(String.join(",", cells(it.next()).stream().map(c -> c == null ? "" : csvField(c)).toList()));
        }
    }

    /** Every column cast to text by Spark, so values print as Spark SQL shows them. */
    private static Dataset<Row> asText(Dataset<Row> result) {
        StructField[] fields = result.schema().fields();
        String[] positional = new String[fields.length];
        Column[] text = new Column[fields.length];
        for (int i = 0; i < fields.length; i++) {
            positional[i] = "c" + i; // renamed so duplicate or odd column names cannot clash
            text[i] = new Column(positional[i]).cast("string");
        }
        return result.toDF(positional).select(text);
    }

    private static List<String> cells(Row r) {
        List<String> c = new ArrayList<>(r.length());
        for (int i = 0; i < r.length(); i++) {
            c.add(r.isNullAt(i) ? null : r.getString(i));
        }
        return c;
    }

    /** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
    static String csvField(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
