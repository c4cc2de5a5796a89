package org.circuitsweep.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.ReferenceRuns.Reference;
import org.circuitsweep.jobs.support.TableRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a pyloric network sweep: network classes, classes per neuron combination, the
 * synapses as parameters, P04 features of the pyloric networks and networks simulated again.
 */
class NetworkReportTest {

    @TempDir
    Path tmp;

    private final Reference ref = ReferenceRuns.of("tiny-network.yaml");

    @Test
    void aNetworkReportCountsClassesAndNeuronCombinationsAsTheRowsDo() throws Exception {
        Path dir = tmp.resolve("report");
        Cli.Result r = Cli.run("report", ref.output().toString(), "--out", dir.toString(), "--examples", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        List<Map<String, Object>> rows = TableRows.of(ref.output());

        Map<String, Long> perClass = new HashMap<>();
        Map<String, long[]> perCombination = new TreeMap<>();
        for (Map<String, Object> row : rows) {
            String c = (String) row.get("class");
            perClass.merge(c, 1L, Long::sum);
            long[] n = perCombination.computeIfAbsent(row.get("abpd_neuron") + "," + row.get("lp_neuron") + ","
                    + row.get("py_neuron"), k -> new long[3]);
            n[0]++;
            n[1] += c.equals("pyloric") ? 1 : 0;
            n[2] += c.equals("pyloric-like") ? 1 : 0;
        }
        Map<String, Long> reported = new HashMap<>();
        json.get("classes").forEach(c -> reported.put(c.get("class").asText(), c.get("models").asLong()));
        assertThat(reported.keySet()).as("every network class, in the run's order")
                .contains("pyloric", "pyloric-like", "triphasic-wrong-order", "non-triphasic", "silent");
        reported.values().removeIf(n -> n == 0);
        assertThat(reported).isEqualTo(perClass);

        JsonNode combinations = json.get("neuron_combinations");
        assertThat(combinations.get("count").asLong()).isEqualTo(perCombination.size());
        Map<String, long[]> shown = new TreeMap<>();
        combinations.get("top").forEach(c -> shown.put(c.get("abpd_neuron").asText() + "," + c.get("lp_neuron").asText()
                + "," + c.get("py_neuron").asText(), new long[] {c.get("networks").asLong(), c.get("pyloric").asLong(),
                c.get("pyloric_like").asLong()}));
        assertThat(shown).containsOnlyKeys(perCombination.keySet());
        perCombination.forEach((k, n) -> assertThat(shown.get(k)).as(k).containsExactly(n));

        // The swept synapses are the parameters; the fixed ones are listed.
        assertThat(json.get("parameters")).extracting(JsonNode::asText).containsExactly("ABPY", "LPPM", "PYLP");
        assertThat(json.get("fixed").get("ABLP").asDouble()).isEqualTo(30);
        for (JsonNode h : json.get("histograms")) {
            assertThat(h.get("total").asLong()).isEqualTo(perClass.get(h.get("class").asText()));
        }
        assertThat(json.get("maps").get(0).get("x").get("column").asText()).isEqualTo("ABPY");

        assertThat(json.get("features").get("class").asText()).isEqualTo("pyloric");
        for (JsonNode e : json.get("examples")) {
            assertThat(e.get("resimulated_class").asText()).as("variant " + e.get("variant")).isEqualTo(e.get("class").asText());
            assertThat(e.get("description").get("lp_neuron").asText()).isEqualTo("LP4");
        }
        assertThat(json.get("examples")).hasSize(perClass.size());
        String html = Files.readString(dir.resolve("index.html"));
        assertThat(html).contains("<table id=\"combinations\">").contains("src=\"traces-");
    }

    @Test
    void pairsOfANetworkSweepAreItsSweptSynapses() {
        Cli.Result r = Cli.run("report", ref.output().toString(), "--out", tmp.resolve("x").toString(), "--pairs", "ABLP:PYLP");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("--pairs").contains("'ABLP' is not a swept parameter")
                .contains("ABPY, LPPM, PYLP");
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
