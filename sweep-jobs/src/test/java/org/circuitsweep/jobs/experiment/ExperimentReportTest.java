package org.circuitsweep.jobs.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.TestSpecs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sweep query} and {@code sweep report} on an experiment output: the views experiments and
 * selection, and a report whose page, images and report.json hold the numbers SQL gives (kept per
 * level, transitions, robust and fragile variants and their parameter histograms).
 */
class ExperimentReportTest {

    @TempDir
    static Path tmp;
    private static Path out;
    private static Path report;
    private static JsonNode json;
    private static String html;

    @BeforeAll
    static void runAndReport() throws IOException {
        out = tmp.resolve("gcas-block");
        Cli.Result run = Cli.run("experiment", ReferenceRuns.of(TestSpecs.TINY).output().toString(), "--where", "true",
                "--perturb", "gCaS*=0..1:0.5", "--perturb", "none", "--chunk-size", "40", "--output", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        report = tmp.resolve("report");
        Cli.Result r = Cli.run("report", out.toString(), "--out", report.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("report of 240 units (60 variants × 4 levels)");
        json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
        html = Files.readString(report.resolve("index.html"));
    }

    @Test
    void theViewsAreQueryable() {
        assertThat(query("SELECT count(*) AS n, count(DISTINCT variant) AS v, count_if(kept) AS k FROM experiments "
                + "WHERE perturbation = 'none'")).containsExactly(List.of("60", "60", "60"));
        assertThat(query("SELECT count(*), min(variant), max(variant), min(gLeak) FROM selection"))
                .containsExactly(List.of("60", "0", "59", "0.01"));
        assertThat(query("SELECT count(*) FROM experiments e JOIN selection s USING (variant) "
                + "WHERE e.class_before <> s.class")).containsExactly(List.of("0"));
    }

    @Test
    void theFilesOfThePageAreThere() {
        for (String file : List.of("index.html", "report.json", "dose-response.png", "robust-fragile-0.png",
                "robust-fragile-1.png")) {
            assertThat(report.resolve(file)).as(file).isNotEmptyFile();
        }
        Matcher img = Pattern.compile("<img src=\"([^\"]+)\" alt=\"([^\"]+)\">").matcher(html);
        int images = 0;
        while (img.find()) {
            assertThat(report.resolve(img.group(1))).exists();
            assertThat(img.group(2)).isNotBlank();
            images++;
        }
        assertThat(images).isEqualTo(3);
        assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void keptSharesAndTransitionsEqualTheSqlCounts() {
        Map<String, Long> kept = new HashMap<>();
        Map<String, Long> units = new HashMap<>();
        for (List<String> r : query("SELECT condition, level_index, count(*), count_if(kept) FROM experiments "
                + "GROUP BY condition, level_index")) {
            units.put(r.get(0) + "/" + r.get(1), Long.parseLong(r.get(2)));
            kept.put(r.get(0) + "/" + r.get(1), Long.parseLong(r.get(3)));
        }
        Map<String, Long> reportedKept = new HashMap<>();
        for (JsonNode c : json.get("conditions")) {
            for (JsonNode l : c.get("levels")) {
                String key = c.get("condition").asText() + "/" + l.get("level_index").asText();
                assertThat(l.get("units").asLong()).isEqualTo(units.get(key));
                reportedKept.put(key, l.get("kept").asLong());
            }
        }
        assertThat(reportedKept).isEqualTo(kept);
        assertThat(kept.get("0/2")).as("gCaS*=1 changes nothing").isEqualTo(60);
        assertThat(kept.get("1/0")).as("none changes nothing").isEqualTo(60);

        Map<String, Long> sql = new HashMap<>();
        query("SELECT condition, level_index, class_before, class_after, count(*) FROM experiments "
                + "GROUP BY 1, 2, 3, 4").forEach(r -> sql.put(String.join("/", r.subList(0, 4)), Long.parseLong(r.get(4))));
        Map<String, Long> reported = new HashMap<>();
        json.get("transitions").forEach(t -> reported.put(t.get("condition").asText() + "/" + t.get("level_index").asText()
                + "/" + t.get("class_before").asText() + "/" + t.get("class_after").asText(), t.get("units").asLong()));
        assertThat(reported).isEqualTo(sql);
        assertThat(html.split("<table class=\"transitions\"", -1)).hasSize(1 + 4);
    }

    @Test
    void robustAndFragileVariantsAndTheirHistogramsEqualTheSqlCounts() {
        Map<String, Long> sql = new HashMap<>();
        query("SELECT condition, robust, count(*) FROM (SELECT condition, variant, bool_and(kept) AS robust "
                + "FROM experiments GROUP BY condition, variant) GROUP BY condition, robust")
                .forEach(r -> sql.put(r.get(0) + "/" + (r.get(1).equals("true") ? "robust" : "fragile"), Long.parseLong(r.get(2))));
        Map<String, Long> reported = new HashMap<>();
        for (JsonNode c : json.get("conditions")) {
            for (String group : List.of("robust", "fragile")) {
                if (c.get(group).asLong() > 0) {
                    reported.put(c.get("condition").asText() + "/" + group, c.get(group).asLong());
                }
            }
        }
        assertThat(reported).isEqualTo(sql);
        assertThat(sql.get("1/robust")).isEqualTo(60);

        List<String> columns = new ArrayList<>();
        json.get("parameters").forEach(p -> columns.add(p.get("column").asText()));
        assertThat(columns).containsExactly("gNa", "gCaS", "gKd");
        assertThat(json.get("fixed").get("gLeak").asDouble()).isEqualTo(0.01);
        for (JsonNode h : json.get("histograms")) {
            assertThat(h.get("total").asLong()).as(h.toString())
                    .isEqualTo(sql.get(h.get("condition").asText() + "/" + h.get("group").asText()));
        }
        // gCaS of the fragile variants under the gCaS series, bin by bin, against SQL over the selection.
        JsonNode binning = json.get("parameters").get(1);
        double lo = binning.get("lo").asDouble();
        double width = binning.get("width").asDouble();
        int bins = binning.get("bins").asInt();
        long[] expected = new long[bins];
        for (List<String> r : query("SELECT s.gCaS FROM selection s JOIN (SELECT variant FROM experiments "
                + "WHERE condition = 0 GROUP BY variant HAVING NOT bool_and(kept)) f USING (variant)")) {
            expected[(int) Math.max(0, Math.min(bins - 1, Math.floor((Double.parseDouble(r.get(0)) - lo) / width)))]++;
        }
        JsonNode fragile = null;
        for (JsonNode h : json.get("histograms")) {
            if (h.get("condition").asInt() == 0 && h.get("group").asText().equals("fragile")
                    && h.get("column").asText().equals("gCaS")) {
                fragile = h;
            }
        }
        assertThat(fragile).as("condition 0 has fragile variants").isNotNull();
        long[] counts = new long[bins];
        for (int k = 0; k < bins; k++) {
            counts[k] = fragile.get("counts").get(k).asLong();
        }
        assertThat(counts).containsExactly(expected);
    }

    private static List<List<String>> query(String sql) {
        Cli.Result r = Cli.run("query", out.toString(), sql, "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out().lines().skip(1).map(l -> List.of(l.split(",", -1))).toList();
    }
}
