package org.circuitsweep.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.spark.sql.Row;
import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.SharedSpark;
import org.junit.jupiter.api.Test;

/**
 * The numbers of a report equal what SQL and the table say: class counts against
 * {@code sweep query}, every histogram and map against bins computed here from the rows
 * themselves, burst features against min/max/count, examples against the smallest variants.
 */
class ReportNumbersTest {

    private final TinyReport.Made report = TinyReport.get();
    private final JsonNode json = report.json();

    @Test
    void classCountsOnThePageAndInTheJsonEqualTheSqlCounts() {
        Cli.Result r = Cli.run("query", report.reference().output().toString(),
                "SELECT class, count(*) AS n FROM models GROUP BY class", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, Long> sql = new HashMap<>();
        r.out().lines().skip(1).map(l -> l.split(",")).forEach(c -> sql.put(c[0], Long.parseLong(c[1])));

        Map<String, Long> reported = new HashMap<>();
        json.get("classes").forEach(c -> reported.put(c.get("class").asText(), c.get("models").asLong()));
        reported.values().removeIf(n -> n == 0);
        assertThat(reported).isEqualTo(sql);
        assertThat(json.get("total").asLong()).isEqualTo(24);
        assertThat(sql.get("bursting")).as("the spec is chosen to have bursters").isPositive();

        // The table of the page shows the same numbers: "<td>…label</td><td class="n">count</td>".
        Map<String, Long> shown = new HashMap<>();
        Matcher m = Pattern.compile("</span>([a-z_]+)</td><td class=\"n\">([0-9,]+)</td>").matcher(report.html());
        while (m.find()) {
            shown.put(m.group(1), Long.parseLong(m.group(2).replace(",", "")));
        }
        shown.values().removeIf(n -> n == 0);
        assertThat(shown).isEqualTo(sql);
    }

    @Test
    void everyHistogramAndMapEqualsTheBinsOfTheRowsAndSumsToItsClass() {
        List<Row> rows = SharedSpark.get().read().parquet(report.reference().output().resolve("models").toString())
                .select("class", "gCaS", "gH", "gKCa").collectAsList();
        Map<String, Long> perClass = new HashMap<>();
        rows.forEach(r -> perClass.merge(r.getString(0), 1L, Long::sum));

        assertThat(texts(json.get("parameters"))).as("gLeak is fixed").containsExactly("gCaS", "gH", "gKCa");
        assertThat(json.get("fixed").get("gLeak").asDouble()).isZero();
        assertThat(json.get("histograms")).hasSize(perClass.size() * 3);
        for (JsonNode h : json.get("histograms")) {
            String group = h.get("class").asText();
            int column = List.of("class", "gCaS", "gH", "gKCa").indexOf(h.get("column").asText());
            long[] expected = new long[h.get("binning").get("bins").asInt()];
            rows.stream().filter(r -> r.getString(0).equals(group)).forEach(r -> expected[bin(h.get("binning"), r.getDouble(column))]++);
            assertThat(longs(h.get("counts"))).as(group + " " + h.get("column")).containsExactly(expected);
            assertThat(h.get("total").asLong()).isEqualTo(perClass.get(group));
        }
        assertThat(texts(json.get("histograms"), "binning", "scale")).contains("linear", "log10", "values");

        assertThat(json.get("maps")).hasSize(2 * perClass.size());
        for (JsonNode map : json.get("maps")) {
            String group = map.get("class").asText();
            int x = List.of("class", "gCaS", "gH", "gKCa").indexOf(map.get("x").get("column").asText());
            long[][] expected = new long[map.get("x").get("bins").asInt()][map.get("y").get("bins").asInt()];
            rows.stream().filter(r -> r.getString(0).equals(group))
                    .forEach(r -> expected[bin(map.get("x"), r.getDouble(x))][bin(map.get("y"), r.getDouble(3))]++);
            for (int i = 0; i < expected.length; i++) {
                assertThat(longs(map.get("counts").get(i))).as(group + " map row " + i).containsExactly(expected[i]);
            }
            assertThat(map.get("total").asLong()).isEqualTo(perClass.get(group));
        }
    }

    @Test
    void burstFeaturesCountEveryBursterOnce() {
        Row sql = SharedSpark.get().read().parquet(report.reference().output().resolve("models").toString())
                .where("class = 'bursting'")
                .selectExpr("count(period_ms)", "min(period_ms)", "max(period_ms)", "count(duty_cycle)", "count(spikes_per_burst)")
                .collectAsList().get(0);
        JsonNode features = json.get("features");
        assertThat(features.get("class").asText()).isEqualTo("bursting");
        assertThat(texts(features.get("summaries"), "feature")).containsExactly("period_ms", "duty_cycle", "spikes_per_burst");
        JsonNode period = features.get("summaries").get(0);
        assertThat(period.get("n").asLong()).isEqualTo(sql.getLong(0));
        assertThat(period.get("min").asDouble()).isEqualTo(sql.getDouble(1));
        assertThat(period.get("max").asDouble()).isEqualTo(sql.getDouble(2));
        assertThat(period.get("median").asDouble()).isBetween(sql.getDouble(1), sql.getDouble(2));
        for (JsonNode f : features.get("summaries")) {
            assertThat(sum(f.get("histogram").get("counts"))).as(f.get("feature").asText()).isEqualTo(f.get("n").asLong());
        }
        assertThat(features.get("summaries").get(1).get("n").asLong()).isEqualTo(sql.getLong(3));
        assertThat(features.get("summaries").get(2).get("n").asLong()).isEqualTo(sql.getLong(4));
    }

    @Test
    void examplesAreTheSmallestVariantsOfEachClassAndSimulateToTheirStoredClass() {
        Map<String, List<Long>> sql = new HashMap<>();
        SharedSpark.get().read().parquet(report.reference().output().resolve("models").toString())
                .select("class", "variant", "gCaS").orderBy("variant").collectAsList()
                .forEach(r -> sql.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getLong(1)));
        Map<String, List<Long>> shown = new HashMap<>();
        for (JsonNode e : json.get("examples")) {
            shown.computeIfAbsent(e.get("class").asText(), k -> new ArrayList<>()).add(e.get("variant").asLong());
            assertThat(e.get("resimulated_class").asText()).as("variant " + e.get("variant")).isEqualTo(e.get("class").asText());
        }
        sql.replaceAll((c, variants) -> variants.subList(0, Math.min(3, variants.size())));
        assertThat(shown).isEqualTo(sql);
        assertThat(json.get("examples").get(0).get("description").get("gLeak").asDouble()).isZero();
    }

    @Test
    void provenanceComesFromTheManifestAndTheSweepsTable() {
        JsonNode p = json.get("provenance");
        assertThat(p.get("spec_hash").asText()).hasSize(64);
        assertThat(p.get("sweeps").get("seed").asLong()).isEqualTo(20031201L);
        assertThat(p.get("sweeps").get("variants_done").asLong()).isEqualTo(24);
        assertThat(p.get("sweeps").get("spec_hash").asText()).isEqualTo(p.get("spec_hash").asText());
        assertThat(report.html()).contains(p.get("spec_hash").asText()).contains("name: tiny-report")
                .contains("<th>seed</th><td>20031201</td>");
    }

    /** The bin of {@code x}, computed here as the binning's JSON describes it. */
    private static int bin(JsonNode binning, double x) {
        int bins = binning.get("bins").asInt();
        double k = switch (binning.get("scale").asText()) {
            case "linear" -> Math.floor((x - binning.get("lo").asDouble()) / binning.get("width").asDouble());
            case "log10" -> Math.floor((Math.log10(x) - binning.get("lo").asDouble()) / binning.get("width").asDouble());
            default -> texts(binning.get("values")).indexOf(Double.toString(x));
        };
        assertThat(k).as(x + " in " + binning).isBetween(-1e-9, (double) bins);
        return (int) Math.min(bins - 1, k);
    }

    private static List<String> texts(JsonNode array) {
        List<String> t = new ArrayList<>();
        array.forEach(n -> t.add(n.isNumber() ? Double.toString(n.asDouble()) : n.asText()));
        return t;
    }

    private static List<String> texts(JsonNode array, String... path) {
        List<String> t = new ArrayList<>();
        array.forEach(n -> {
            JsonNode v = n;
            for (String p : path) {
                v = v.get(p);
            }
            t.add(v.asText());
        });
        return t;
    }

    private static long[] longs(JsonNode array) {
        long[] l = new long[array.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = array.get(i).asLong();
        }
        return l;
    }

    private static long sum(JsonNode array) {
        long s = 0;
        for (JsonNode n : array) {
            s += n.asLong();
        }
        return s;
    }
}
